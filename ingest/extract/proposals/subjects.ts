// Who does what a verb says, for the proposal pass: the clause reader's subjects, and "it" read the
// way wire copy uses it ("Acme said it would bid ...", "the company said it is offering ...").
import type { Clauses } from '../clauses';
import { ABILITY_WORDS, AUXILIARY_TAGS, PAIR_WORDS, SPEECH_VERBS } from '../lexicon';

const SPEECH = new Set(SPEECH_VERBS);

/** The subjects of the verb at v; "it" before the verb stands for a company, union or country. */
export function proposerSubjects(clauses: Clauses, v: number, si: number): string[] {
  const pair = pairSubject(clauses, v, si);
  // "Lenders could force both firms to strike a deal": the pair is the object, the deal a goal of others.
  if (pair) return pair.object ? [] : clauses.pairOf(pair.noun);
  const it = itBefore(clauses, v, si);
  if (it < 0) return clauses.subjectsOf(v, si);
  const ref = itReferent(clauses, it, si);
  return ref ? [ref] : [];
}

/**
 * "the two sides could settle", "both firms agreed": the two sides of the story are the subject, and
 * not a speaker named before them. The plural noun that says which, and whether the pair is the object
 * of a verb before it ("push the two firms to settle"); null without a pair.
 */
function pairSubject(clauses: Clauses, v: number, si: number): { noun: string; object: boolean } | null {
  const { tokens } = clauses.doc;
  const [from] = clauses.sentenceRange(si);
  let k = v - 1;
  // Over auxiliaries and "were able to": "the two sides were able to settle".
  while (k > from && (AUXILIARY_TAGS.has(tokens[k]!.pos) || ABILITY_WORDS.has(tokens[k]!.lower))) k--;
  const t = tokens[k];
  if (!t || t.pos !== 'NOUN' || t.cap || !PAIR_WORDS.has(tokens[k - 1]?.lower ?? '')) return null;
  const before = tokens[k - 2]?.lower === 'the' ? tokens[k - 3] : tokens[k - 2];
  // "push the two firms to settle" (the pair, then "to"), not "said both sides agreed".
  return { noun: t.lower, object: before?.pos === 'VERB' && tokens[k + 1]?.lower === 'to' };
}

/** Token index of an "it" that is the verb's subject ("it would bid", "it has offered"), or -1. */
function itBefore(clauses: Clauses, v: number, si: number): number {
  const { tokens } = clauses.doc;
  const [from] = clauses.sentenceRange(si);
  let k = v - 1;
  while (k > from && AUXILIARY_TAGS.has(tokens[k]!.pos)) k--;
  return tokens[k]?.lower === 'it' ? k : -1;
}

/** "X said it ...": the speaker, or the sentence's subject when it is a body; none when neither is named. */
function itReferent(clauses: Clauses, it: number, si: number): string | null {
  const { tokens } = clauses.doc;
  const isBody = (ref: string) => clauses.index.actors.get(ref)?.kind !== 'person';
  let k = it - 1;
  if (tokens[k]?.lower === 'that') k--;
  if (SPEECH.has(tokens[k]?.lower ?? '')) {
    const speaker = clauses.subjectOf(k, si);
    if (speaker && isBody(speaker)) return speaker;
  }
  const main = clauses.mainSubject(si);
  return main?.span && main.span.to <= it && isBody(main.ref) ? main.ref : null;
}
