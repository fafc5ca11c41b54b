// Organisations and countries the article names only in passing: kept only if a meeting, proposal or
// stance uses them. One named as an actor does something, or is named again other than as a place.
import type { Token } from '../../text/language';
import type { Doc } from '../document';
import {
  EXAMPLE_LEMMAS,
  PARTNER_PREPOSITIONS,
  PLACE_NOUNS,
  PLACE_PREPOSITIONS,
  STATE_FORM_WORDS,
} from '../lexicon';
import type { Registry } from './registry';
import { groupBy } from './runs';
import { titleEndingAt } from './titles';
import type { Mention } from './types';

/**
 * Named once after a preposition ("owned by Acme", "a member of Acme", "in Norway"), as a modifier of a
 * noun ("Acme approval"), in angle brackets or as an example; or named only as a place, however often
 * ("incursions into Norland territory", "envoys from Norland"): a weak actor.
 */
export function namedInPassing(doc: Doc, reg: Registry): void {
  for (const [key, list] of groupBy(reg.mentions, (m) => m.actor)) {
    const actor = reg.actors.get(key);
    if (!actor || (actor.kind !== 'organization' && actor.kind !== 'country')) continue;
    const passing =
      list.length === 1
        ? namedOnceInPassing(doc, reg, list[0]!)
        : list.every((m) => namedAsPlace(doc.tokens, m));
    if (passing) actor.weak = true;
  }
}

function namedOnceInPassing(doc: Doc, reg: Registry, m: Mention): boolean {
  const { tokens } = doc;
  let before = m.from - 1;
  if (tokens[before]?.lower === 'the') before--;
  // "the chairman of Acme" and "Minister Ann Vo of Norland" name the body a person speaks for, not a
  // bystander; "the Republic of Norland" is the state itself.
  const office =
    tokens[before]?.lower === 'of' &&
    (titleEndingAt(tokens, before, 0) !== null ||
      reg.claimedByPerson.has(before - 1) ||
      STATE_FORM_WORDS.has(tokens[before - 1]?.text ?? ''));
  const prep = tokens[before]?.pos === 'ADP' && !PARTNER_PREPOSITIONS.has(tokens[before]!.lower) && !office;
  // Wire copy puts a company in angle brackets where it gives no ticker: "<Acme Ltd>".
  const bracketed = tokens[m.from - 1]?.text === '<' && tokens[m.to]?.text === '>';
  // "the Group of Twenty (G20) finance meeting": an acronym in brackets modifies the noun after them.
  const after = tokens[m.to]?.text === ')' ? tokens[m.to + 1] : tokens[m.to];
  const modifier = m.via === 'name' && after?.pos === 'NOUN';
  return prep || modifier || bracketed || namedAsExample(doc, m);
}

/** "in Norland", "envoys from Norland", "Norland territory": the name says where, not who. */
function namedAsPlace(tokens: Token[], m: Mention): boolean {
  if (m.via !== 'name' && m.via !== 'capital') return false;
  let before = m.from - 1;
  if (tokens[before]?.lower === 'the') before--;
  return PLACE_PREPOSITIONS.has(tokens[before]?.lower ?? '') || PLACE_NOUNS.has(tokens[m.to]?.lower ?? '');
}

/** "Possible buyers include Acme, Vela and ...": a name listed after "include" or "such as" is an example. */
function namedAsExample(doc: Doc, m: Mention): boolean {
  const { tokens } = doc;
  const [from] = doc.sentenceTokens[m.sentence] ?? [0, 0];
  for (let k = m.from - 1; k >= from; k--) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === ':') return false;
    if (EXAMPLE_LEMMAS.has(t.lemma) || (t.lower === 'as' && tokens[k - 1]?.lower === 'such')) return true;
  }
  return false;
}
