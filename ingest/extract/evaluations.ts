// Judgements: stances carried by an evaluative adjective, after a verb of judging ("called the plan
// unrealistic", "does not consider the terms reasonable") or after "be" in reported speech ("X said the
// offer was inadequate", "X and Y said it was unworkable"), and a proposal said to harm or to benefit
// ("X said the plan would hurt farmers"). The article's own voice holds none.
import type { Polarity } from '../../schema';
import type { EntitySpan } from './clauses';
import type { Token } from '../text/language';
import {
  CONSEQUENCE_LEMMAS,
  COPULAS,
  EVALUATIONS,
  EVALUATIVE_BLOCKERS,
  EVALUATIVE_VERBS,
  EXCESS_WORDS,
  HARM_PUT_OBJECTS,
  NEGATIONS,
  PRONOUN_OBJECTS,
} from './lexicon';
import { attributedSpeakers, holdersOf, type Reader } from './speakers';
import { latestProposal, stanceObject } from './stance-targets';
import { spanOf, stancesToward, summaryOf, verbNegated, type StanceDraft } from './stances';

/** Articles that may open a judging phrase after "be" ("was an insult"). */
const ARTICLES = new Set(['a', 'an']);

/** Words after an adjective that open the clause a dummy "it" before it stands for. */
const EXTRAPOSED = new Set(['to', 'that']);

type Target = { type: 'actor' | 'proposal'; ref: string; from: number; to: number };

/** Every judgement in sentence si. */
export function evaluationStances(reader: Reader, si: number): StanceDraft[] {
  const { tokens } = reader.doc;
  const [from, to] = reader.doc.sentenceTokens[si] ?? [0, 0];
  const out: StanceDraft[] = [];
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (
      EVALUATIVE_VERBS.has(t.lemma) &&
      t.pos === 'VERB' &&
      !EVALUATIVE_BLOCKERS.has(tokens[k + 1]?.lower ?? '')
    )
      out.push(...judgingVerb(reader, si, k));
    else if (EVALUATIONS.has(t.lower))
      out.push(...reportedJudgement(reader, si, k, EVALUATIONS.get(t.lower)!, false));
    else if (EXCESS_WORDS.has(t.lower) && tokens[k + 1]?.pos === 'ADJ' && tokens[k + 2]?.lower !== 'to')
      // "the offer was too low": the measure of a named proposal found wanting ("too early to say" is not).
      out.push(...reportedJudgement(reader, si, k + 1, 'oppose', true));
    else if (t.pos === 'VERB') out.push(...reportedConsequence(reader, si, k));
  }
  return out;
}

/** "called the plan unworkable", "deems the demand excessive": the verb's subjects judge its object. */
function judgingVerb(reader: Reader, si: number, v: number): StanceDraft[] {
  const { doc, clauses } = reader;
  const { tokens } = doc;
  const [, to] = clauses.sentenceRange(si);
  let target: Target | null = null;
  if (PRONOUN_OBJECTS.has(tokens[v + 1]?.lower ?? '')) {
    const p = latestProposal(clauses, v);
    target = p && { ...p, from: v + 1, to: v + 2 };
  } else {
    const object = stanceObject(reader, v + 1, to);
    // The object comes right after the verb, perhaps after a determiner or an adjective.
    const gap = object ? tokens.slice(v + 1, object.from) : [];
    if (object && gap.every((t) => t.pos === 'DET' || t.pos === 'ADJ' || t.pos === 'PUNCT')) target = object;
  }
  if (!target) return [];
  const a = evaluationAfter(reader, target.to, Math.min(to, target.to + 20));
  if (a === null) return [];
  const polarity = judged(
    EVALUATIONS.get(tokens[a]!.lower)!,
    verbNegated(tokens, v),
    negatedBefore(reader, a, target.to),
  );
  if (!polarity) return [];
  const evidence = spanOf(doc, v, a + 1);
  return stancesToward(holdersOf(reader, v, si), target, polarity, evidence, summaryOf(doc, v, a + 1));
}

/**
 * "X said the offer was inadequate", "it is unrealistic, X said": an evaluative adjective after "be"
 * (or "seem"), whose subject is a proposal, an actor or "it", in a clause attributed to a speaker.
 */
function reportedJudgement(
  reader: Reader,
  si: number,
  a: number,
  side: Polarity,
  namedOnly: boolean,
): StanceDraft[] {
  const { doc, clauses } = reader;
  const { tokens } = doc;
  const [from] = clauses.sentenceRange(si);
  let c = a - 1;
  // "was an insult", "is a bad deal": an article may open the judging phrase.
  const skipped = (t: Token) =>
    t.pos === 'ADV' || t.pos === 'PUNCT' || t.pos === 'PART' || ARTICLES.has(t.lower);
  while (c > from && skipped(tokens[c]!)) c--;
  if (!COPULAS.has(tokens[c]!.lemma)) return [];
  let s = c - 1;
  while (s > from && (tokens[s]!.pos === 'AUX' || tokens[s]!.pos === 'ADV' || tokens[s]!.pos === 'PART')) s--;
  // "it is unrealistic to expect ...", "it is unfair that ...": "it" stands for the clause after.
  const extraposed = tokens[s]!.lower === 'it' && EXTRAPOSED.has(tokens[a + 1]?.lower ?? '');
  const target = extraposed ? null : copulaSubject(reader, si, s);
  if (!target || (namedOnly && (target.type !== 'proposal' || PRONOUN_OBJECTS.has(tokens[s]!.lower))))
    return [];
  const polarity = judged(side, false, negatedBefore(reader, a, target.to));
  if (!polarity) return [];
  const q = reader.quoteAt[a];
  const speakers = q ? [q.speaker] : attributedSpeakers(doc, clauses, si, c);
  const evidence = spanOf(doc, target.from, a + 1);
  return stancesToward(speakers, target, polarity, evidence);
}

/**
 * "X said the plan would hurt farmers", "saying the offer would put small firms at a disadvantage": a
 * proposal (or "it") as the subject of a verb of harm or benefit, in a clause attributed to a speaker.
 */
function reportedConsequence(reader: Reader, si: number, v: number): StanceDraft[] {
  const { doc, clauses } = reader;
  const { tokens } = doc;
  const [from, to] = clauses.sentenceRange(si);
  const put =
    tokens[v]!.lemma === 'put' &&
    tokens.slice(v + 1, Math.min(to, v + 6)).some((t) => HARM_PUT_OBJECTS.has(t.lower));
  const side = put ? 'oppose' : CONSEQUENCE_LEMMAS.get(tokens[v]!.lemma);
  if (!side) return [];
  let s = v - 1;
  while (s > from && (tokens[s]!.pos === 'AUX' || tokens[s]!.pos === 'ADV' || tokens[s]!.pos === 'PART')) s--;
  const target = copulaSubject(reader, si, s);
  if (!target || target.type !== 'proposal') return [];
  const negated = tokens[v]!.negated || tokens.slice(s + 1, v).some((t) => NEGATIONS.has(t.lower));
  const polarity = judged(side, negated);
  if (!polarity) return [];
  const q = reader.quoteAt[v];
  const speakers = q ? [q.speaker] : attributedSpeakers(doc, clauses, si, target.from);
  // "would hurt farmers, the union said": whoever is harmed is no speaker.
  const end = clauses.clauseEnd(v + 1, si);
  const harmed = clauses.entities.filter((e) => e.from > v && e.to <= end).map((e) => e.ref);
  const holders = speakers.filter((x) => !harmed.includes(x));
  return stancesToward(holders, target, polarity, spanOf(doc, target.from, v + 1));
}

/** The subject of "be" ending at token s: "it"/"this", or a proposal or actor ending a few tokens before. */
function copulaSubject(reader: Reader, si: number, s: number): Target | null {
  const { doc, clauses } = reader;
  const { tokens } = doc;
  const [from] = clauses.sentenceRange(si);
  // "said that was impossible": a "that" standing before "be" is a pronoun, not one opening a clause.
  const demonstrative = tokens[s]?.lower === 'that' && tokens[s]!.pos === 'PRON';
  if (PRONOUN_OBJECTS.has(tokens[s]?.lower ?? '') || demonstrative) {
    const p = latestProposal(clauses, s);
    return p && { ...p, from: s, to: s + 1 };
  }
  const direct = clauses.entityEndingAt(s + 1);
  if (direct && !direct.possessive) return direct;
  // "the offer to reopen the plant was an insult": a proposal with its complement before "be".
  for (let k = s; k >= Math.max(from, s - 6); k--) {
    if (tokens[k]!.text === ',' || tokens[k]!.lower === 'that') return null;
    const p: EntitySpan | null = clauses.entityEndingAt(k, 'proposal');
    if (p) return p;
  }
  return null;
}

/** The first evaluative adjective in [i, end), before the clause ends. */
function evaluationAfter(reader: Reader, i: number, end: number): number | null {
  const { tokens } = reader.doc;
  for (let k = i; k < end; k++) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === ':' || t.text === '.') return null;
    if (EVALUATIONS.has(t.lower)) return k;
  }
  return null;
}

/** "not reasonable", "never acceptable": a negation in the two words before the adjective. */
function negatedBefore(reader: Reader, a: number, limit: number): boolean {
  const { tokens } = reader.doc;
  for (let k = a - 1; k >= Math.max(limit, a - 2); k--) if (NEGATIONS.has(tokens[k]!.lower)) return true;
  return false;
}

/** The side a judgement takes: a negated praise is opposition, a negated criticism says too little. */
function judged(polarity: Polarity, ...negations: boolean[]): Polarity | null {
  const negated = negations.filter(Boolean).length % 2 === 1;
  if (!negated) return polarity;
  return polarity === 'support' ? 'oppose' : null;
}
