// One-word names that no list knows and that carry no organisation word ("Corvex said", "Corvex, which
// runs the port", "Corvex made an offer", "an offer from Corvex"): a body that speaks or proposes for
// itself, when the name is never a common word and recurs, or names who made an offer.
import type { Doc } from '../document';
import {
  AUXILIARY_TAGS,
  NOT_NAMES,
  PROPOSAL_HEAD_KINDS,
  PROPOSING_LEMMAS,
  RELATIVES,
  SPEECH_VERBS,
} from '../lexicon';
import type { Token } from '../../text/language';
import type { Registry } from './registry';
import { forEachToken } from './runs';

const SPEECH = new Set(SPEECH_VERBS);

/** lone names of bodies that speak; see the module comment. */
export function speakingLoneNames(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  const uses = new Map<string, [number, number][]>();
  const speaks = new Set<string>();
  const common = new Set<string>();
  const offered = new Set<string>();
  forEachToken(doc, (t, i, si) => {
    if (t.kind !== 'word') return;
    if (!t.cap) common.add(t.lower);
    // A capitalised word that opens a sentence may be any word, unless it makes a proposal ("Corvex
    // offered ..."); one that is part of a longer name is no name alone.
    const first = i === (doc.sentenceTokens[si] ?? [0])[0];
    const offers = proposes(tokens, i);
    if (!t.cap || (first && !offers) || t.text.length < 3 || reg.claimed.has(i) || NOT_NAMES.has(t.text))
      return;
    if (tokens[i - 1]?.cap || tokens[i + 1]?.cap || tokens[i + 1]?.kind === 'possessive') return;
    if (reg.gazetteer.at(tokens, i, i + 1)) return;
    const list = uses.get(t.text) ?? [];
    list.push([i, si]);
    uses.set(t.text, list);
    const next = tokens[i + 1];
    const afterComma = next?.text === ',' ? tokens[i + 2]?.lower : undefined;
    if (SPEECH.has(next?.lower ?? '') || (afterComma && RELATIVES.has(afterComma))) speaks.add(t.text);
    if (offers) speaks.add(t.text);
    if (offerFrom(tokens, i)) offered.add(t.text);
  });
  // "Dome" after "Dome Petroleum" is a short form of a known name, which shortForms reads.
  const known = new Set([...reg.actors.values()].flatMap((a) => a.name.split(' ')));
  for (const [name, at] of uses) {
    const recurs = at.length >= 2 && speaks.has(name);
    if ((!recurs && !offered.has(name)) || common.has(name.toLowerCase()) || known.has(name)) continue;
    const org = reg.organisation(name);
    for (const [i, si] of at) reg.addMention(org, i, i + 1, si, 'name');
  }
}

/** "Corvex made an offer", "Corvex has proposed ...": the subject of a proposing verb at token i. */
function proposes(tokens: Token[], i: number): boolean {
  let k = i + 1;
  while (k < i + 3 && AUXILIARY_TAGS.has(tokens[k]?.pos ?? '')) k++;
  const verb = tokens[k];
  return verb?.pos === 'VERB' && PROPOSING_LEMMAS.has(verb.lemma);
}

/** "the offer from Corvex", "a new bid from Corvex": the maker of a proposal named after "from". */
function offerFrom(tokens: Token[], i: number): boolean {
  return tokens[i - 1]?.lower === 'from' && PROPOSAL_HEAD_KINDS.has(tokens[i - 2]?.lower ?? '');
}
