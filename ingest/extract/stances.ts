// Stances: who stands for or against whom or what. Reads stance verbs ("rejected", "pushed for"),
// stance nouns ("outrage from NATO allies") and what speakers say inside quotation marks, and ties each
// to its holder (the verb's subject) and target (its object: a proposal, "it", or a person).
import type { Polarity, Span } from '../../schema';
import type { ActorIndex } from './actors';
import type { Clauses, EntitySpan } from './clauses';
import type { Doc } from './document';
import type { Token } from '../text/language';
import { evaluationStances } from './evaluations';
import { fromStances, nominalStances, ofHolderStances } from './stances-nominal';
import {
  attributedSpeakers,
  holdersOf,
  isSpeechVerb,
  quotationIndex,
  quotations,
  type Reader,
} from './speakers';
import { curtailedObject, effortMakers } from './stance-efforts';
import { reportedPassive } from './stances-passive';
import { wishStances } from './stance-wishes';
import { sideGroupStances } from './stance-groups';
import {
  anaphoricProposal,
  gapAntecedent,
  latestProposal,
  personObject,
  stanceObject,
} from './stance-targets';
import {
  ADVISING_LEMMAS,
  COLLECTIVE_NOUNS,
  COPULAR_STANCES,
  COPULAS,
  DUTY_MODALS,
  HEDGES_BEFORE,
  HYPOTHETICAL_MARKERS,
  MEETING_NOUNS,
  NEGATIONS,
  NEGOTIATION_NOUNS,
  PASSIVE_AUXILIARIES,
  PERSUADING_VERBS,
  RELATIVE_THINGS,
  POSSESSIVE_PRONOUNS,
  PRONOUN_OBJECTS,
  QUOTED_SUPPORT,
  RECIPROCALS,
  SPLIT_PARTICLES,
  STANCE_ADJECTIVES,
  STANCE_VERBS,
  SUPPORT_REVERSAL,
  type StanceVerb,
} from './lexicon';

export interface StanceDraft {
  holder: string;
  target: { type: 'actor' | 'proposal'; ref: string };
  polarity: Polarity;
  evidence: Span[];
  summary: string;
}

export function findStances(
  doc: Doc,
  index: ActorIndex,
  clauses: Clauses,
  proposers: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
): StanceDraft[] {
  const { tokens } = doc;
  const out: StanceDraft[] = [];
  const quotes = quotations(doc, clauses);
  const none: ReadonlySet<string> = new Set();
  const reader: Reader = {
    doc,
    index,
    clauses,
    quoteAt: quotationIndex(doc, quotes),
    proposersOf: (ref) => proposers.get(ref) ?? none,
  };
  doc.sentences.forEach((_, si) => {
    // "Will Norland accept the offer?": a question asks about a stance; it takes none.
    if (doc.skip[si] || tokens[(doc.sentenceTokens[si]?.[1] ?? 0) - 1]?.text === '?') return;
    const [from, to] = doc.sentenceTokens[si] ?? [0, 0];
    for (let v = from; v < to; v++) {
      const match = stanceVerbAt(tokens, v, to);
      if (!match) {
        out.push(...splitParticleStances(reader, si, v));
        continue;
      }
      const passive =
        passiveAgent(doc, clauses, v, match, si) ??
        dutyPassive(reader, si, v, match.verb, match.length) ??
        reportedPassive(reader, si, v, match.length, polarityAt(doc, si, v, match.verb));
      out.push(...(passive ?? verbStances(reader, si, v, match.verb, match.length)));
    }
    out.push(...fromStances(reader, si));
    out.push(...evaluationStances(reader, si));
    out.push(...nominalStances(reader, si));
    out.push(...ofHolderStances(reader, si));
    out.push(...wishStances(reader, si));
    out.push(...sideGroupStances(reader, si));
  });

  // Quoted speech: “We need strong agreements ...,” X said.
  for (const q of quotes) {
    const words = tokens.slice(q.from, q.to).map((t) => t.lower);
    for (let k = 0; k < words.length - 1; k++) {
      if (words[k] !== 'we' || !QUOTED_SUPPORT.has(words[k + 1] ?? '')) continue;
      const target = clauses.firstEntityAfter(q.from + k + 2, Math.min(q.to, q.from + k + 8), 'proposal');
      if (!target) continue;
      const span = { start: tokens[q.from]!.start, end: tokens[q.to - 1]!.end, text: '' };
      span.text = doc.text.slice(span.start, span.end);
      out.push({
        holder: q.speaker,
        target: { type: 'proposal', ref: target.ref },
        polarity: 'support',
        evidence: [span],
        summary: span.text,
      });
    }
  }
  return mergeStances(out);
}

type PhraseIndex = Map<string, { rest: string[]; verb: StanceVerb }[]>;
function byFirstWord(phrases: Map<string, StanceVerb>): PhraseIndex {
  const index: PhraseIndex = new Map();
  for (const [phrase, verb] of phrases) {
    const [first = '', ...rest] = phrase.split(' ');
    const list = index.get(first) ?? [];
    list.push({ rest, verb });
    list.sort((x, y) => y.rest.length - x.rest.length);
    index.set(first, list);
  }
  return index;
}
const STANCE_BY_LEMMA = byFirstWord(STANCE_VERBS);
const STANCE_ADJECTIVE_INDEX = byFirstWord(STANCE_ADJECTIVES);
const COPULAR_STANCE_INDEX = byFirstWord(COPULAR_STANCES);
/** Tags a stance verb cannot carry ("the support of", "a block of"). */
const NOT_VERB_TAGS = new Set(['NOUN', 'PROPN', 'DET', 'ADP', 'ADJ', 'NUM']);

/**
 * The stance verb or phrase starting at token v, by lemma ("rejected" and "rejects" are "reject"), a
 * stance adjective with its preposition ("critical of"), or a phrase after "be" ("was against").
 */
function stanceVerbAt(tokens: Token[], v: number, to: number): { verb: StanceVerb; length: number } | null {
  const t = tokens[v]!;
  const lists = [
    COPULAR_STANCE_INDEX.get(t.lower)?.filter(() => afterCopula(tokens, v)),
    STANCE_ADJECTIVE_INDEX.get(t.lower),
    NOT_VERB_TAGS.has(t.pos) ? undefined : STANCE_BY_LEMMA.get(t.lemma),
  ];
  for (const candidates of lists) {
    for (const { rest, verb } of candidates ?? []) {
      if (v + 1 + rest.length > to) continue;
      const fits = (w: string, k: number) =>
        w === '*' ? POSSESSIVE_PRONOUNS.has(tokens[v + 1 + k]!.lower) : tokens[v + 1 + k]!.lower === w;
      // "refused to back", "agreed to meet": an infinitive after the verb is no object of it.
      if (rest.every(fits))
        return infinitiveAt(tokens, v + 1 + rest.length) ? null : { verb, length: 1 + rest.length };
    }
  }
  return null;
}

/** "to back", or "back" after a phrase ending in "to": an infinitive starting at token i. */
function infinitiveAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t?.lower === 'to') return INFINITIVE_TAGS.has(tokens[i + 1]?.pos ?? '');
  return tokens[i - 1]?.lower === 'to' && INFINITIVE_TAGS.has(t?.pos ?? '');
}
const INFINITIVE_TAGS = new Set(['VERB', 'AUX']);

/** "is against", "were not all in favour of", "remains firmly open to": a copula a few words before v. */
function afterCopula(tokens: Token[], v: number): boolean {
  for (let k = v - 1; k >= Math.max(0, v - 4); k--) {
    const t = tokens[k]!;
    if (COPULAS.has(t.lemma) && (t.pos === 'AUX' || t.pos === 'VERB')) return true;
    if (t.pos !== 'ADV' && t.pos !== 'PART' && t.lower !== 'all' && t.lower !== 'both') return false;
  }
  return false;
}

/** "did not accept", "never backed": the verb at v is negated, by itself or by one of the two words before it. */
export function verbNegated(tokens: readonly Token[], v: number): boolean {
  return (
    tokens[v]!.negated || [tokens[v - 1]?.lower, tokens[v - 2]?.lower].some((w) => w && NEGATIONS.has(w))
  );
}

/** "rejected", "did not accept", "refused to back": the verb's polarity after negation, or null to drop it. */
function polarityAt(doc: Doc, si: number, v: number, verb: StanceVerb): Polarity | null {
  const { tokens } = doc;
  const hedge = hedgeBefore(tokens, v);
  if (hedge === 'held back') return null;
  // "ruled out accepting the offer": against what the gerund would do.
  if (hedge === 'ruled out') return verb.polarity === 'support' ? 'oppose' : null;
  if (verbNegated(tokens, v)) return verb.polarity === 'oppose' ? null : 'oppose';
  if (verb.negatedOnly) return null;
  // "assured ... but then demurred": a reversal in the same sentence cancels support.
  const rest = doc.sentences[si]!.text.slice(tokens[v]!.start - doc.sentences[si]!.start);
  if (verb.polarity === 'support' && SUPPORT_REVERSAL.test(rest)) return null;
  return verb.polarity;
}

/**
 * What stands just before the stance verb at v: a hedge that holds it back ("stopped short of backing",
 * "has yet to accept", "did not rule out accepting"), "ruled out" before it, or nothing of the kind.
 */
function hedgeBefore(tokens: readonly Token[], v: number): 'held back' | 'ruled out' | null {
  const before = `${tokens[v - 2]?.lower} ${tokens[v - 1]?.lower}`;
  if (HEDGES_BEFORE.has(before)) return 'held back';
  const rule = v - 2;
  if (tokens[v - 1]?.lower !== 'out' || tokens[rule]?.lemma !== 'rule') return null;
  return verbNegated(tokens, rule) ? 'held back' : 'ruled out';
}

/** A stance verb in the active voice: its subjects hold it, toward its object. */
function verbStances(reader: Reader, si: number, v: number, verb: StanceVerb, length: number): StanceDraft[] {
  const { doc, clauses } = reader;
  const { tokens } = doc;
  const [from, to] = doc.sentenceTokens[si] ?? [0, 0];
  const after = v + length;
  // "the talks broke off": the talks themselves, not a side leaving them.
  if (verb.leavesTalks && talksBefore(tokens, v, from)) return [];
  const urger = persuaderBefore(doc, si, v);
  if (urger === null && gerundClauseSubject(doc, si, v)) return [];
  if (hypothetical(doc, si, urger ?? v)) return [];
  // "A urged B to reject the bid": A holds the stance the infinitive names, not B; "an attempt by A to
  // block it": A does.
  const makers = urger === null ? effortMakers(reader, v, from) : [];
  const holders = makers.length > 0 ? makers : holdersOf(reader, urger ?? v, si);
  if (holders.length === 0) return [];
  const end = clauses.clauseEnd(after, si);
  const pair = tokens
    .slice(after, after + 2)
    .map((t) => t.lower)
    .join(' ');
  if (verb.kind === 'transitive' && RECIPROCALS.has(pair) && holders.length >= 2)
    return reciprocalStances(doc, si, v, verb, holders, after + 2);
  // "blocked any move to cut the levy": a stance on the levy, the other way round.
  const curtailed = verb.kind === 'transitive' ? curtailedObject(reader, after, end) : null;
  let target: Target | 'meeting' | null;
  if (curtailed) target = curtailed;
  else if (verb.kind === 'transitive') {
    const subject = clauses.subjectSpan(urger ?? v, si)?.span ?? null;
    target = transitiveTarget(reader, si, v, verb, holders, subject);
  } else {
    // "fired back, saying the US president ...": the next person named.
    const next = clauses.firstEntityAfter(after, to, 'actor');
    target = next && next.ref !== holders[0] ? next : null;
  }
  if (!target || target === 'meeting' || target.ref === holders[0]) return [];
  const stated = polarityAt(doc, si, v, verb);
  if (!stated) return [];
  const polarity = curtailed ? OPPOSITE[stated] : stated;
  const summaryEnd = 'to' in target && target.from > v ? target.to : Math.min(end, after + 10);
  // The quote is the clause itself: from its subject (when named close by) through the target.
  const subject = clauses.subjectSpan(urger ?? v, si)?.span;
  const quoteFrom = subject && subject.from >= from && v - subject.from <= 25 ? subject.from : v;
  const evidence = spanOf(doc, quoteFrom, Math.max(summaryEnd, after));
  return stancesToward(holders, target, polarity, evidence, summaryOf(doc, v, summaryEnd));
}

/**
 * "turned the offer down", "ruled it out", "voted the plan down": a phrasal stance verb with its object
 * between the verb and the particle. The object is the target; the verb's subjects hold the stance.
 */
function splitParticleStances(reader: Reader, si: number, v: number): StanceDraft[] {
  const { doc, clauses } = reader;
  const { tokens } = doc;
  if (tokens[v]!.pos !== 'VERB') return [];
  const phrases = STANCE_BY_LEMMA.get(tokens[v]!.lemma) ?? [];
  const found = phrases.find(({ rest }) => rest.length === 1 && SPLIT_PARTICLES.has(rest[0]!));
  if (!found) return [];
  const particle = found.rest[0]!;
  let target: EntitySpan | null;
  if (PRONOUN_OBJECTS.has(tokens[v + 1]?.lower ?? '')) {
    const p = latestProposal(clauses, v + 1);
    target = p && { ...p, from: v + 1, to: v + 2 };
  } else target = clauses.entityStartingAt(v + 1);
  if (!target || tokens[target.to]?.lower !== particle || hypothetical(doc, si, v)) return [];
  const holders = holdersOf(reader, v, si);
  const polarity = polarityAt(doc, si, v, found.verb);
  if (!polarity || holders.length === 0) return [];
  const [from] = doc.sentenceTokens[si] ?? [0, 0];
  const subject = clauses.subjectSpan(v, si)?.span;
  const quoteFrom = subject && subject.from >= from && v - subject.from <= 25 ? subject.from : v;
  return stancesToward(holders, target, polarity, spanOf(doc, quoteFrom, target.to + 1));
}

type Target = EntitySpan | { type: 'actor' | 'proposal'; ref: string };
const OPPOSITE: Record<Polarity, Polarity> = {
  support: 'oppose',
  oppose: 'support',
  mixed: 'mixed',
  neutral: 'neutral',
};

/**
 * The object of a transitive stance verb at v: a proposal "it" points back at, a person "him" points at,
 * the actor or proposal named after it, or the antecedent of a relative clause it closes; 'meeting' when
 * the object is a meeting sought ("pushed for a meeting"), which is no stance.
 */
function transitiveTarget(
  reader: Reader,
  si: number,
  v: number,
  verb: StanceVerb,
  holders: string[],
  subject: EntitySpan | null,
): Target | 'meeting' | null {
  const { doc, clauses } = reader;
  const { tokens } = doc;
  const [, to] = doc.sentenceTokens[si] ?? [0, 0];
  const after = v + (stanceVerbAt(tokens, v, to)?.length ?? 1);
  const end = clauses.clauseEnd(after, si);
  // "rejected it", "will not accept this" (not "this offer", where "this" opens the object's name).
  const next = tokens[after + 1];
  const pointing = tokens[after]?.lower === 'this' && !(next && NAME_TAGS.has(next.pos));
  if (tokens[after]?.lower === 'it' || tokens[after]?.lower === 'them' || pointing)
    return latestProposal(clauses, after);
  let target: Target | null = personObject(clauses, after, si, holders, subject);
  const objectWords = tokens.slice(after, Math.min(end, after + 4)).map((t) => t.lower);
  // "pushed for a meeting": a meeting, not a stance; "pulled out of the talks": against their deal.
  if (!target && objectWords.some((w) => MEETING_NOUNS.has(w))) {
    if (!verb.leavesTalks || !objectWords.some((w) => NEGOTIATION_NOUNS.has(w))) return 'meeting';
    target = clauses.firstEntityAfter(after, end, 'proposal') ?? latestProposal(clauses, v);
  }
  target ??= stanceObject(reader, after, end);
  target ??= anaphoricProposal(clauses, after);
  // "the offer, which the union rejected (on Monday)": no object, so the relative's antecedent.
  if (!target && (after >= to || GAP_FOLLOWERS.has(tokens[after]!.pos)))
    target = gapAntecedent(clauses, si, v);
  return verb.proposalOnly && target?.type !== 'proposal' ? null : target;
}

/**
 * "urged the club (not) to reject", "called on lawmakers to back": the persuading verb whose infinitive
 * the stance verb at v is, or null.
 */
function persuaderBefore(doc: Doc, si: number, v: number): number | null {
  const { tokens } = doc;
  const [from] = doc.sentenceTokens[si] ?? [0, 0];
  if (tokens[v - 1]?.lower !== 'to') return adviserBefore(doc, from, v);
  for (let c = v - 2; c >= Math.max(from, v - 8); c--) {
    const t = tokens[c]!;
    if (CLAUSE_STOPS.has(t.text)) return null;
    if (PERSUADING_VERBS.has(t.lower) && t.pos === 'VERB') return c;
  }
  return null;
}

/**
 * "recommended that shareholders reject the offer", "urged that the union accept it": the verb of advising
 * whose "that" clause the stance verb at v heads, or null.
 */
function adviserBefore(doc: Doc, from: number, v: number): number | null {
  const { tokens } = doc;
  for (let c = v - 1; c > Math.max(from, v - ADVICE_REACH); c--) {
    if (CLAUSE_STOPS.has(tokens[c]!.text)) return null;
    if (tokens[c]!.lower !== 'that') continue;
    const verb = tokens[c - 1]!;
    return ADVISING_LEMMAS.has(verb.lemma) && verb.pos === 'VERB' ? c - 1 : null;
  }
  return null;
}
/** How far back from a stance verb the "that" of advice may stand ("that all the shareholders should"). */
const ADVICE_REACH = 7;
const CLAUSE_STOPS = new Set([',', ';', ':', '—', '–']);
/** Tags of a word that makes "this" before it a determiner ("this offer"), not the object itself. */
const NAME_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
/** Tags after a verb that show it has no object of its own: punctuation, an adverb, a preposition. */
const GAP_FOLLOWERS = new Set(['PUNCT', 'ADV', 'ADP']);

/**
 * "saying that rejecting it would leave ...": a gerund that opens a clause as its subject names an act
 * weighed, not one done.
 */
function gerundClauseSubject(doc: Doc, si: number, v: number): boolean {
  const { tokens } = doc;
  const [from] = doc.sentenceTokens[si] ?? [0, 0];
  if (!/ing$/.test(tokens[v]!.lower)) return false;
  const before = tokens[v - 1];
  return v === from || (!!before && (before.lower === 'that' || isSpeechVerb(doc, v - 1)));
}

/** "the talks had broken off": a meeting noun as the subject, just before the verb at v or its auxiliaries. */
function talksBefore(tokens: readonly Token[], v: number, from: number): boolean {
  let k = v - 1;
  while (k > from && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV')) k--;
  return MEETING_NOUNS.has(tokens[k]?.lower ?? '');
}

/** "whether X would back the bid", "if the union accepts it": a clause that asks or supposes. */
function hypothetical(doc: Doc, si: number, v: number): boolean {
  const { tokens } = doc;
  const [from] = doc.sentenceTokens[si] ?? [0, 0];
  for (let k = v - 1; k >= Math.max(from, v - 12); k--) {
    if (CLAUSE_STOPS.has(tokens[k]!.text)) return false;
    if (HYPOTHETICAL_MARKERS.has(tokens[k]!.lower)) return true;
  }
  return false;
}

/**
 * One stance for each holder toward the target, all read from the same span; a holder is never its own
 * target.
 */
export function stancesToward(
  holders: Iterable<string>,
  target: { type: EntitySpan['type']; ref: string },
  polarity: Polarity,
  evidence: Span,
  summary = evidence.text,
): StanceDraft[] {
  return [...holders]
    .filter((h) => h !== target.ref)
    .map((holder) => ({
      holder,
      target: { type: target.type, ref: target.ref },
      polarity,
      evidence: [evidence],
      summary,
    }));
}

/** "A and B each blamed the other": each subject holds the stance toward every other one. */
function reciprocalStances(
  doc: Doc,
  si: number,
  v: number,
  verb: StanceVerb,
  holders: string[],
  end: number,
): StanceDraft[] {
  const polarity = polarityAt(doc, si, v, verb);
  if (!polarity) return [];
  const evidence = spanOf(doc, v, end);
  // Each side in turn holds a stance toward every other side.
  return holders.flatMap((holder) =>
    holders
      .filter((other) => other !== holder)
      .flatMap((other) => stancesToward([holder], { type: 'actor', ref: other }, polarity, evidence)),
  );
}

/**
 * "The offer was rejected by the union", "a plan backed by the board": the agent after "by" holds the
 * stance toward what stands before the verb. Null when the verb is not a passive with an agent.
 */
function passiveAgent(
  doc: Doc,
  clauses: Clauses,
  v: number,
  { verb, length }: { verb: StanceVerb; length: number },
  si: number,
): StanceDraft[] | null {
  const { tokens } = doc;
  const [from, to] = doc.sentenceTokens[si] ?? [0, 0];
  const by = v + length;
  if (tokens[by]?.lower !== 'by' || tokens[v]!.lower === tokens[v]!.lemma) return null;
  const agents = clauses.coordinatedAfter(by + 1, Math.min(to, by + 12));
  if (agents.length === 0) return null;
  if (placeModifier(clauses, by + 1, to)) return [];
  let k = v - 1;
  while (k > from && (PASSIVE_AUXILIARIES.has(tokens[k]!.lemma) || tokens[k]!.pos === 'ADV')) k--;
  const target =
    clauses.entityEndingAt(k + 1) ??
    (tokens[k]?.text === ',' ? clauses.entityEndingAt(k) : null) ??
    relativeAntecedent(clauses, k, from);
  if (!target) return [];
  const polarity = polarityAt(doc, si, v, verb);
  if (!polarity) return [];
  const last = clauses.firstEntityAfter(by + 1, to, 'actor');
  const evidence = spanOf(doc, target.from, last ? last.to : by + 1);
  return stancesToward(agents, target, polarity, evidence);
}

/**
 * "the offer should be rejected, the union said", "X said the plan must be accepted": a passive with no
 * agent after a modal of duty is the stance of whoever the clause is attributed to, toward the proposal
 * (or the "it") before the modal. Null when the verb is not such a passive.
 */
function dutyPassive(
  reader: Reader,
  si: number,
  v: number,
  verb: StanceVerb,
  length: number,
): StanceDraft[] | null {
  const { doc, clauses } = reader;
  const { tokens } = doc;
  const [from] = doc.sentenceTokens[si] ?? [0, 0];
  if (tokens[v]!.lower === tokens[v]!.lemma || tokens[v + length]?.lower === 'by') return null;
  let k = v - 1;
  while (k > from && tokens[k]!.pos === 'ADV') k--;
  if (tokens[k]?.lower !== 'be') return null;
  let m = k - 1;
  while (
    m > from &&
    (tokens[m]!.lower === 'to' || NEGATIONS.has(tokens[m]!.lower) || tokens[m]!.pos === 'ADV')
  )
    m--;
  if (!DUTY_MODALS.has(tokens[m]?.lower ?? '') || m <= from) return null;
  const target = PRONOUN_OBJECTS.has(tokens[m - 1]!.lower)
    ? latestProposal(clauses, m - 1)
    : clauses.entityEndingAt(m, 'proposal');
  if (!target) return [];
  const q = reader.quoteAt[v];
  const speakers = q ? [q.speaker] : attributedSpeakers(doc, clauses, si, v);
  const polarity = polarityAt(doc, si, v, verb);
  if (!polarity || speakers.length === 0) return [];
  const evidence = spanOf(doc, 'from' in target && target.from < m ? target.from : m - 1, v + length);
  return stancesToward(speakers, target, polarity, evidence);
}

/**
 * "by the Oslo exchange", "by Helsinki bankers": a country named as the place of a body that is not
 * its government, which is then the agent, not the country.
 */
function placeModifier(clauses: Clauses, i: number, to: number): boolean {
  const e = clauses.firstEntityAfter(i, to, 'actor');
  const next = e ? clauses.doc.tokens[e.to] : undefined;
  if (!e || !next || clauses.index.actors.get(e.ref)?.kind !== 'country') return false;
  return next.pos === 'NOUN' && !next.cap && !COUNTRY_SIDE_NOUNS.has(next.lower);
}
const COUNTRY_SIDE_NOUNS = new Set(COLLECTIVE_NOUNS);

/**
 * "a bid, which was voted down by X", "the plan of May that was refused by X": the proposal a
 * relative pronoun at k stands for, a few words back at most, with no other clause between.
 */
function relativeAntecedent(clauses: Clauses, k: number, from: number): EntitySpan | null {
  const { tokens } = clauses.doc;
  if (!RELATIVE_THINGS.has(tokens[k]?.lower ?? '')) return null;
  let j = tokens[k - 1]?.text === ',' ? k - 1 : k;
  for (const stop = Math.max(from, j - 4); j > stop; j--) {
    const found = clauses.entityEndingAt(j, 'proposal');
    if (found) return found;
    if (TERM_BREAKS.has(tokens[j - 1]!.text)) return null;
  }
  return null;
}

export const TERM_BREAKS = new Set([',', ';', '.', ':', '—', '–']);

/** The text of tokens [from, to) as a span. */
export function spanOf(doc: Doc, from: number, to: number): Span {
  const start = doc.tokens[from]!.start;
  const end = doc.tokens[Math.max(from, to - 1)]!.end;
  return { start, end, text: doc.text.slice(start, end) };
}

export function summaryOf(doc: Doc, from: number, to: number): string {
  const a = doc.tokens[from]!.start;
  const b = doc.tokens[Math.max(from, to - 1)]!.end;
  return doc.text.slice(a, b);
}

/** One stance per holder, target and polarity, with all its evidence. */
function mergeStances(list: StanceDraft[]): StanceDraft[] {
  const out = new Map<string, StanceDraft>();
  for (const s of list) {
    const key = `${s.holder}|${s.target.type}:${s.target.ref}|${s.polarity}`;
    const twin = out.get(key);
    if (!twin) out.set(key, s);
    else
      for (const e of s.evidence)
        if (!twin.evidence.some((x) => x.start === e.start && x.end === e.end)) twin.evidence.push(e);
  }
  return [...out.values()];
}
