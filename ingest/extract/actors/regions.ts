// The government of a region no list knows, named by its officials: "officials in the state of
// Varnia", "authorities in Ostland's province of Kell". The region speaks through them.
import type { Doc } from '../document';
import { REGION_WORDS, REGIONAL_OFFICIALS } from '../lexicon';
import type { Registry } from './registry';
import { capitalisedRun, forEachToken } from './runs';

/** "Senior officials in Ostland's state of Varnia objected": a mention of Varnia, an organisation. */
export function regionalAuthorities(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  forEachToken(doc, (t, i, si) => {
    if (!REGIONAL_OFFICIALS.has(t.lower) || tokens[i + 1]?.lower !== 'in' || reg.claimed.has(i)) return;
    let k = i + 2;
    if (tokens[k]?.lower === 'the') k++;
    else if (tokens[k]?.cap && tokens[k + 1]?.kind === 'possessive') k += 2;
    if (!REGION_WORDS.has(tokens[k]?.lower ?? '') || tokens[k + 1]?.lower !== 'of') return;
    const [, end] = doc.sentenceTokens[si] ?? [0, 0];
    const run = capitalisedRun(tokens, k + 2, end);
    if (run === k + 2 || reg.claimed.has(k + 2)) return;
    // The officials' phrase opens with the words that qualify them ("senior regional officials").
    let from = i;
    while (
      from > i - 3 &&
      tokens[from - 1]?.kind === 'word' &&
      (tokens[from - 1]!.pos === 'ADJ' || tokens[from - 1]!.pos === 'NOUN')
    )
      from--;
    const region = reg.organisation(doc.text.slice(tokens[k + 2]!.start, tokens[run - 1]!.end));
    reg.addMention(region, from, run, si, 'collective');
  });
}
