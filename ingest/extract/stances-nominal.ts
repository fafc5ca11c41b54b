// Stances named by a noun after their holder's possessive: "the union's opposition to the plan", "its
// support for Ruiz", "Northfield's rejection of the offer". The holder is the possessor (or the subject a
// possessive pronoun points back at), the target follows the noun's preposition.
import type { Token } from '../text/language';
import type { EntitySpan } from './clauses';
import {
  MEETING_NOUNS,
  NOMINAL_STANCES,
  POSSESSIVE_PRONOUNS,
  PRONOUN_OBJECTS,
  STANCE_DROPPING_LEMMAS,
} from './lexicon';
import type { Reader } from './speakers';
import { latestProposal, stanceObject } from './stance-targets';
import { spanOf, stancesToward, type StanceDraft } from './stances';

const APOSTROPHES = new Set(["'", '’']);

/** Every possessive stance noun in sentence si. */
export function nominalStances(reader: Reader, si: number): StanceDraft[] {
  const { tokens } = reader.doc;
  const [from, to] = reader.doc.sentenceTokens[si] ?? [0, 0];
  const out: StanceDraft[] = [];
  for (let n = from + 1; n < to - 1; n++) {
    const senses = NOMINAL_STANCES.get(tokens[n]!.lower);
    const sense = senses?.find((x) => x.preposition === tokens[n + 1]!.lower);
    if (!sense || tokens[n]!.pos !== 'NOUN') continue;
    const holder = possessorOf(reader, si, n);
    if (!holder || droppedBy(tokens, holder.at, from)) continue;
    const target = targetAfter(reader, si, n + 2);
    if (!target) continue;
    const evidence = spanOf(reader.doc, holder.from, Math.max(target.to, n + 2));
    out.push(...stancesToward(holder.refs, target, sense.polarity, evidence));
  }
  return out;
}

/** The holders of a stance noun, where their possessive starts, and where the quote starts. */
interface Possessor {
  refs: string[];
  at: number;
  from: number;
}

/**
 * Who owns the stance noun at n: the actor with "'s" before it, or the subjects a possessive pronoun
 * before it stands for; adjectives may come between ("the union's strong opposition").
 */
function possessorOf(reader: Reader, si: number, n: number): Possessor | null {
  const { doc, clauses } = reader;
  const { tokens } = doc;
  const [from] = doc.sentenceTokens[si] ?? [0, 0];
  let k = n - 1;
  while (k > from && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'ADV')) k--;
  const t = tokens[k]!;
  if (POSSESSIVE_PRONOUNS.has(t.lower)) {
    const refs = clauses.subjectsOf(k, si);
    // The quote runs from the subject the pronoun points back at, when it is named in this sentence.
    const subject = clauses.subjectSpan(k, si)?.span;
    return refs.length > 0 ? { refs, at: k, from: subject && subject.from >= from ? subject.from : k } : null;
  }
  if (t.kind !== 'possessive' && !APOSTROPHES.has(t.text)) return null;
  const owner = clauses.entityEndingAt(k, 'actor');
  return owner ? { refs: [owner.ref], at: owner.from, from: owner.from } : null;
}

/** "dropped its objection to", "withdrew their support for": a verb just before that gives it up. */
function droppedBy(tokens: Token[], at: number, from: number): boolean {
  for (let k = at - 1; k >= Math.max(from, at - 3); k--)
    if (STANCE_DROPPING_LEMMAS.has(tokens[k]!.lemma) || tokens[k]!.lower === 'no') return true;
  return false;
}

/** What the preposition at i - 1 points at: a proposal "it" refers back to, an actor or a proposal. */
function targetAfter(reader: Reader, si: number, i: number): EntitySpan | null {
  const { doc, clauses } = reader;
  const { tokens } = doc;
  if (PRONOUN_OBJECTS.has(tokens[i]?.lower ?? '')) {
    const p = latestProposal(clauses, i);
    return p && { ...p, from: i, to: i + 1 };
  }
  const end = clauses.clauseEnd(i, si);
  // "support for talks": a meeting sought, not a side taken.
  if (tokens.slice(i, Math.min(end, i + 4)).some((t) => MEETING_NOUNS.has(t.lower))) return null;
  return stanceObject(doc, clauses, i, end);
}
