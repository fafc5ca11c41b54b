// One-word names that no list knows and that carry no organisation word ("Corvex said", "Corvex, which
// runs the port", "Corvex made an offer", "an offer from Corvex"): a body that speaks or proposes for
// itself, when the name is never a common word and recurs, or names who made an offer.
import type { Doc } from '../document';
import {
  AUXILIARY_TAGS,
  NOT_NAMES,
  ORGANIZATION_PLURALS,
  PARTY_ADJECTIVES,
  PERSONAL,
  PROPOSAL_HEAD_KINDS,
  PROPOSING_LEMMAS,
  RELATIVES,
  SPEECH_VERBS,
} from '../lexicon';
import type { Token } from '../../text/language';
import type { Registry } from './registry';
import { forEachToken } from './runs';
import { titleEndingAt } from './titles';
import { nameKey } from './types';

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

/** Tokens after a lone name within which an apposition's title must end ("Vik, the Norwegian trade minister,"). */
const APPOSITION_SPAN = 8;

/**
 * Surnames the article never gives in full: "Halvorsen, the trade minister, said", or "Halvorsen said
 * ... He added": a one-word name that is the subject of a verb and that a title in apposition or a
 * personal pronoun after it shows to be a person. Its other uses are the same person.
 */
export function lonePeople(doc: Doc, reg: Registry, bySurname: Map<string, string>): void {
  const { tokens } = doc;
  const uses = new Map<string, [number, number][]>();
  const common = new Set<string>();
  const people = new Set<string>();
  forEachToken(doc, (t, i, si) => {
    if (t.kind !== 'word') return;
    if (!t.cap) common.add(t.lower);
    if (!t.cap || t.pos !== 'PROPN' || t.text.length < 3 || reg.claimed.has(i) || NOT_NAMES.has(t.text))
      return;
    if (tokens[i - 1]?.cap || tokens[i + 1]?.cap || reg.gazetteer.at(tokens, i, i + 1)) return;
    // "the Greens said", "Labour gained": a party or a body, not a surname.
    if (tokens[i - 1]?.lower === 'the' || ORGANIZATION_PLURALS.has(t.lower) || PARTY_ADJECTIVES.has(t.text))
      return;
    uses.set(t.text, [...(uses.get(t.text) ?? []), [i, si]]);
    if (titledInApposition(tokens, i) || (actsAsSubject(tokens, i) && pronounFollows(doc, reg, i, si)))
      people.add(t.text);
  });
  // "Mira said" after "Mira Talvik": a known person's first name is no new person.
  const known = new Set([...reg.actors.values()].flatMap((a) => a.name.split(' ')));
  for (const name of people) {
    if (common.has(name.toLowerCase()) || bySurname.has(name) || known.has(name)) continue;
    const key = 'person:' + nameKey(name);
    const person = reg.ensureActor(key, name, 'person');
    bySurname.set(name, key);
    for (const [i, si] of uses.get(name) ?? []) reg.addMention(person, i, i + 1, si, 'surname');
  }
}

/** "Vik, the trade minister,", "Vik, Norway's chief negotiator,": a title closes an apposition after token i. */
function titledInApposition(tokens: Token[], i: number): boolean {
  if (tokens[i + 1]?.text !== ',') return false;
  for (let k = i + 3; k < i + 2 + APPOSITION_SPAN && tokens[k]; k++) {
    if (tokens[k]!.text !== ',') continue;
    return !!titleEndingAt(tokens, k, i + 2);
  }
  return false;
}

/** "Vik said", "Vik rejected", "Vik has said": a verb right after the name at i. */
function actsAsSubject(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  const verb = next?.pos === 'AUX' ? tokens[i + 2] : next;
  return !!verb && (verb.pos === 'VERB' || SPEECH.has(verb.lower));
}

/**
 * "he" or "she" (or "his", "her") later in sentence si or opening the next one, with no other person
 * named between ("Labour gained, but leader Ann Vo said her party ..." points at Ann Vo).
 */
function pronounFollows(doc: Doc, reg: Registry, i: number, si: number): boolean {
  const [, to] = doc.sentenceTokens[si] ?? [0, 0];
  const next = doc.sentenceTokens[si + 1];
  const last = next && PERSONAL.has(doc.tokens[next[0]]?.lower ?? '') ? next[0] + 1 : to;
  for (let k = i + 1; k < last; k++) {
    if (reg.claimedByPerson.has(k)) return false;
    if (PERSONAL.has(doc.tokens[k]!.lower)) return true;
  }
  return false;
}
