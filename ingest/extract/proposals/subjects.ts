// Who does what a verb says, for the proposal pass: the clause reader's subjects, and "it" read the
// way wire copy uses it ("Acme said it would bid ...", "the company said it is offering ...").
import type { Clauses } from '../clauses';
import { SPEECH_VERBS } from '../lexicon';

const SPEECH = new Set(SPEECH_VERBS);

/** The subjects of the verb at v; "it" before the verb stands for a company, union or country. */
export function proposerSubjects(clauses: Clauses, v: number, si: number): string[] {
  const it = itBefore(clauses, v, si);
  if (it < 0) return clauses.subjectsOf(v, si);
  const ref = itReferent(clauses, it, si);
  return ref ? [ref] : [];
}

/** Token index of an "it" that is the verb's subject ("it would bid", "it has offered"), or -1. */
function itBefore(clauses: Clauses, v: number, si: number): number {
  const { tokens } = clauses.doc;
  const [from] = clauses.sentenceRange(si);
  let k = v - 1;
  while (k > from && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) k--;
  return tokens[k]?.lower === 'it' ? k : -1;
}

/** "X said it ...": the speaker; otherwise the sentence's subject or the nearest body named before. */
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
  if (main?.span && main.span.to <= it && isBody(main.ref)) return main.ref;
  return clauses.resolvePlural(it, si);
}
