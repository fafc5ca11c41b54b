// Stances named by a noun. After their holder's possessive: "the union's opposition to the plan", "its
// support for Ruiz", "Northfield's rejection of the offer"; the holder is the possessor (or the subject a
// possessive pronoun points back at), the target follows the noun's preposition. After a verb that voices
// them: "the union voiced opposition to the plan"; the holder is the verb's subject. With "from": "the plan
// drew opposition from the union", "opposition from the union to the plan"; the holder follows "from".
import type { Token } from '../text/language';
import type { EntitySpan } from './clauses';
import {
  MEETING_NOUNS,
  NEGATIONS,
  NOMINAL_STANCES,
  OF_HOLDER_STANCES,
  POSSESSIVE_PRONOUNS,
  PRONOUN_OBJECTS,
  STANCE_DROPPING_LEMMAS,
  STANCE_NOUN_TARGETS,
  STANCE_NOUNS,
  VOICING_LEMMAS,
} from './lexicon';
import { holdersOf, type Reader } from './speakers';
import { anaphoricProposal, latestProposal, stanceObject } from './stance-targets';
import { spanOf, stancesToward, summaryOf, TERM_BREAKS, type StanceDraft } from './stances';

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
    const holder = possessorOf(reader, si, n) ?? voicedBy(reader, si, n);
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

/**
 * "the union voiced strong opposition to", "Ruiz expressed support for": the subjects of a verb that
 * voices the stance noun at n, with at most a determiner or adjectives between; not when the verb is
 * negated ("did not express support" takes no side).
 */
function voicedBy(reader: Reader, si: number, n: number): Possessor | null {
  const { doc, clauses } = reader;
  const { tokens } = doc;
  const [from] = doc.sentenceTokens[si] ?? [0, 0];
  let k = n - 1;
  while (k > from && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'DET')) k--;
  const verb = tokens[k]!;
  if (!VOICING_LEMMAS.has(verb.lemma) || verb.pos !== 'VERB' || verb.negated) return null;
  if ([tokens[k - 1]?.lower, tokens[k - 2]?.lower].some((w) => w && NEGATIONS.has(w))) return null;
  const refs = holdersOf(reader, k, si);
  const subject = clauses.subjectSpan(k, si)?.span;
  const quoteFrom = subject && subject.from >= from && k - subject.from <= 25 ? subject.from : k;
  return refs.length > 0 ? { refs, at: k, from: quoteFrom } : null;
}

/** "dropped its objection to", "withdrew their support for": a verb just before that gives it up. */
function droppedBy(tokens: Token[], at: number, from: number): boolean {
  for (let k = at - 1; k >= Math.max(from, at - 3); k--)
    if (STANCE_DROPPING_LEMMAS.has(tokens[k]!.lemma) || tokens[k]!.lower === 'no') return true;
  return false;
}

/** What the preposition at i - 1 points at: a proposal "it" refers back to, an actor or a proposal. */
function targetAfter(reader: Reader, si: number, i: number, limit = Infinity): EntitySpan | null {
  const { doc, clauses } = reader;
  const { tokens } = doc;
  if (PRONOUN_OBJECTS.has(tokens[i]?.lower ?? '')) {
    const p = latestProposal(clauses, i);
    return p && { ...p, from: i, to: i + 1 };
  }
  const end = Math.min(limit, clauses.clauseEnd(i, si));
  // "support for talks": a meeting sought, not a side taken.
  if (tokens.slice(i, Math.min(end, i + 4)).some((t) => MEETING_NOUNS.has(t.lower))) return null;
  return stanceObject(reader, i, end) ?? anaphoricProposal(clauses, i);
}

/**
 * Every stance noun with its holder after "from" in sentence si: "opposition from the union to the
 * plan", "support for the plan from X" (the target after the noun's preposition), or "the plan drew
 * criticism from X", "Ruiz received praise from X" (the target is what the governing verb's subject is).
 */
export function fromStances(reader: Reader, si: number): StanceDraft[] {
  const { doc, clauses } = reader;
  const { tokens } = doc;
  const [from, to] = doc.sentenceTokens[si] ?? [0, 0];
  const out: StanceDraft[] = [];
  for (let n = from; n < to; n++) {
    const polarity = STANCE_NOUNS.get(tokens[n]!.lower);
    if (!polarity) continue;
    let f = n + 1;
    while (f < Math.min(to, n + 7) && tokens[f]!.lower !== 'from' && !TERM_BREAKS.has(tokens[f]!.text)) f++;
    if (tokens[f]?.lower !== 'from') continue;
    const found = clauses.firstEntityAfter(f + 1, Math.min(to, f + 5), 'actor');
    const first = found ? clauses.personAfter(found) : null;
    if (!first) continue;
    const governing = /ing$/.test(tokens[n - 1]?.lower ?? '') ? n - 1 : n;
    const before = namedTarget(reader, si, n + 1, f);
    // "support for the offer from X": "from X" names who made the offer, not who supports it.
    if (before?.type === 'proposal' && before.to === f) continue;
    const target =
      before ??
      namedTarget(reader, si, holdersEnd(reader, first.to, to), to) ??
      subjectTarget(reader, si, governing);
    if (!target) continue;
    const holders = new Set([first.ref, ...clauses.coordinatedAfter(first.from, to)]);
    const end = 'to' in target && target.from > first.to ? target.to : first.to;
    // The quote opens at a target named just before the noun ("the offer drew ..."), else at the noun.
    const near = 'from' in target && target.from < governing && governing - target.from <= 12;
    const evidence = spanOf(doc, near ? target.from : governing, end);
    const summary = summaryOf(doc, n, Math.min(to, first.to));
    out.push(...stancesToward(holders, target, polarity, evidence, summary));
  }
  return out;
}

/** Where the holders named from `at` on end: past names joined by "and" or commas, up to `to`. */
function holdersEnd(reader: Reader, at: number, to: number): number {
  const { clauses } = reader;
  const { tokens } = reader.doc;
  let k = at;
  while (k < to && (tokens[k]!.lower === 'and' || tokens[k]!.text === ',')) {
    const next = clauses.firstEntityAfter(k + 1, Math.min(to, k + 3), 'actor');
    if (!next) break;
    k = next.to;
  }
  return k;
}

/** The target a stance noun's preposition ("to", "for", "over") names at token i, before `limit`. */
function namedTarget(reader: Reader, si: number, i: number, limit: number): EntitySpan | null {
  const { tokens } = reader.doc;
  if (i >= limit || !STANCE_NOUN_TARGETS.has(tokens[i]?.lower ?? '')) return null;
  return targetAfter(reader, si, i + 1, limit);
}

/**
 * What the subject of the verb governing the stance noun at g is: an actor ("Ruiz drew praise from X")
 * or a proposal named nearer the verb ("the offer drew opposition from X"), or one "it" stands for.
 */
function subjectTarget(
  reader: Reader,
  si: number,
  g: number,
): EntitySpan | { type: 'actor'; ref: string } | null {
  const { clauses } = reader;
  const { tokens } = reader.doc;
  const [from] = reader.doc.sentenceTokens[si] ?? [0, 0];
  const actor = clauses.subjectSpan(g, si);
  const actorEnd = actor?.span?.to ?? from;
  for (let k = g; k > Math.max(from, actorEnd); k--) {
    if (TERM_BREAKS.has(tokens[k - 1]!.text)) break;
    const p = clauses.entityEndingAt(k, 'proposal');
    if (p) return p;
    if (tokens[k - 1]!.lower === 'it' && k - 1 === from) {
      const earlier = latestProposal(clauses, k - 1);
      return earlier && { ...earlier, from: k - 1, to: k };
    }
  }
  return actor ? (actor.span ?? { type: 'actor', ref: actor.ref }) : null;
}

/**
 * Stance nouns whose "of" names the holder: "the opposition of the unions to the plan" (the target after
 * "to" or "for"), "X would not sign the pact, owing to the hostility of Y", "passed with the backing of
 * Y" (no target of its own: the proposal the sentence names, the nearest before the noun first).
 */
export function ofHolderStances(reader: Reader, si: number): StanceDraft[] {
  const { doc, clauses } = reader;
  const { tokens } = doc;
  const [from, to] = doc.sentenceTokens[si] ?? [0, 0];
  const out: StanceDraft[] = [];
  for (let n = from; n < to - 2; n++) {
    const polarity = OF_HOLDER_STANCES.get(tokens[n]!.lower);
    // "in support of the plan" names what is supported, not who supports it.
    if (!polarity || tokens[n]!.pos !== 'NOUN' || tokens[n + 1]!.lower !== 'of') continue;
    if (tokens[n - 1]?.lower === 'in') continue;
    const found = clauses.firstEntityAfter(n + 2, to);
    const first = found && found.from <= n + 3 ? found : null;
    // "the opposition of the Harbour board": a name that modifies a noun is not the holder.
    if (first?.type !== 'actor' || tokens[first.to]?.pos === 'NOUN' || tokens[first.to]?.pos === 'VERB')
      continue;
    const holders = clauses.coordinatedAfter(first.from, to);
    const end = holdersEnd(reader, first.to, to);
    const target = namedTarget(reader, si, end, to) ?? proposalOfSentence(reader, si, n);
    if (!target) continue;
    const evidence = spanOf(doc, n, target.from > n ? target.to : end);
    out.push(...stancesToward(holders, target, polarity, evidence));
  }
  return out;
}

/** The proposal sentence si names, the nearest before token n first, else the first after it. */
function proposalOfSentence(reader: Reader, si: number, n: number): EntitySpan | null {
  const { clauses } = reader;
  const [from, to] = reader.doc.sentenceTokens[si] ?? [0, 0];
  for (let k = n; k > from; k--) {
    const found = clauses.entityEndingAt(k, 'proposal');
    if (found) return found;
  }
  return clauses.firstEntityAfter(n, to, 'proposal');
}
