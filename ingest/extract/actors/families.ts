// "the Halden family, which controls the bank": a family named by its surname acts as one group.
import type { Doc } from '../document';
import type { Registry } from './registry';
import { forEachToken } from './runs';
import { nameKey } from './types';

/** Families named "the <Surname> family"; weak unless the family itself does something in the sentence. */
export function namedFamilies(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  const { claimed, ensureActor, addMention } = reg;
  forEachToken(doc, (t, i, si) => {
    if (t.lower !== 'family' || claimed.has(i)) return;
    let s = i;
    while (s > i - 3 && tokens[s - 1]?.cap && tokens[s - 1]!.lower !== 'the' && !claimed.has(s - 1)) s--;
    if (s === i || tokens[s - 1]?.lower !== 'the') return;
    const next = tokens[i + 1];
    // "the Halden family home": the family qualifies a noun and is no side.
    if (next?.kind === 'word' && next.pos === 'NOUN') return;
    const acts = next?.text === ',' || next?.pos === 'VERB' || next?.pos === 'AUX';
    const name = doc.text.slice(tokens[s]!.start, t.end);
    addMention(ensureActor(`group:${nameKey(name)}`, name, 'group', !acts), s - 1, i + 1, si, 'group');
  });
}
