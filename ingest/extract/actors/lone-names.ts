// One-word names that no list knows and that carry no organisation word ("Corvex said", "Corvex, which
// runs the port"): a body that speaks for itself, when the name recurs and is never a common word.
import type { Doc } from '../document';
import { NOT_NAMES, RELATIVES, SPEECH_VERBS } from '../lexicon';
import type { Registry } from './registry';
import { forEachToken } from './runs';

const SPEECH = new Set(SPEECH_VERBS);

/** lone names of bodies that speak; see the module comment. */
export function speakingLoneNames(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  const uses = new Map<string, [number, number][]>();
  const speaks = new Set<string>();
  const common = new Set<string>();
  forEachToken(doc, (t, i, si) => {
    if (t.kind !== 'word') return;
    if (!t.cap) common.add(t.lower);
    // A capitalised word that opens a sentence may be any word; one that is part of a longer name is no name alone.
    const first = i === (doc.sentenceTokens[si] ?? [0])[0];
    if (!t.cap || first || t.text.length < 3 || reg.claimed.has(i) || NOT_NAMES.has(t.text)) return;
    if (tokens[i - 1]?.cap || tokens[i + 1]?.cap || tokens[i + 1]?.kind === 'possessive') return;
    if (reg.gazetteer.at(tokens, i, i + 1)) return;
    const list = uses.get(t.text) ?? [];
    list.push([i, si]);
    uses.set(t.text, list);
    const next = tokens[i + 1];
    const afterComma = next?.text === ',' ? tokens[i + 2]?.lower : undefined;
    if (SPEECH.has(next?.lower ?? '') || (afterComma && RELATIVES.has(afterComma))) speaks.add(t.text);
  });
  // "Dome" after "Dome Petroleum" is a short form of a known name, which shortForms reads.
  const known = new Set([...reg.actors.values()].flatMap((a) => a.name.split(' ')));
  for (const [name, at] of uses) {
    if (at.length < 2 || !speaks.has(name) || common.has(name.toLowerCase()) || known.has(name)) continue;
    const org = reg.organisation(name);
    for (const [i, si] of at) reg.addMention(org, i, i + 1, si, 'name');
  }
}
