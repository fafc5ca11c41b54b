// Proposals made by a verb: "X put forward changes", "a wage rise offered by X".
import type { Clauses } from '../clauses';
import type { Doc } from '../document';
import {
  BE_FORMS,
  DESIRE_LEMMAS,
  DETERMINERS,
  EXCHANGE_CONNECTORS,
  MEETING_TO_COME_VERBS,
  NEGATIONS,
  NEGOTIATION_NOUNS,
  OBJECT_START_TAGS,
  OBTAINING_LEMMAS,
  PHRASE_OPENERS,
  PROPOSING_VERBS,
  READINESS_WORDS,
  SOUGHT_NON_TERMS,
  TERM_STOP_WORDS,
  THAT_CLAUSE_PROPOSING_LEMMAS,
  INTERPOSED_ADVERBS,
  TIME_DEICTICS,
  TIME_SPANS,
  WANTING_LEMMAS,
} from '../lexicon';
import { isMonthName, WEEKDAYS } from '../../text/dates';
import type { Token } from '../../text/language';
import type { ProposalMention } from './drafts';
import { proposerSubjects } from './subjects';
import { TERM_BOUNDARY, topicWords } from './topics';

/** "Kyiv put forward changes to the offer": the object of a proposing verb is a proposal of its own. */
export function findVerbProposals(
  doc: Doc,
  clauses: Clauses,
  existing: ProposalMention[],
): ProposalMention[] {
  const { tokens } = doc;
  const out: ProposalMention[] = [];
  doc.sentences.forEach((_, si) => {
    if (doc.skip[si]) return;
    const [from, to] = doc.sentenceTokens[si] ?? [0, 0];
    for (let v = from; v < to; v++) {
      const trade = readyTrade(doc, clauses, si, v);
      if (trade) out.push(trade);
      const phrase = proposingVerb(doc, v);
      // "could not agree to serve", "did not propose cuts": a refusal or a denial proposes nothing.
      if (!phrase || [v - 1, v - 2].some((k) => NEGATIONS.has(tokens[k]?.lower ?? ''))) continue;
      let objFrom = afterTimePhrase(tokens, v + phrase.split(' ').length);
      // "proposed that each side take half": the clause after "that" is what was proposed.
      if (proposedClause(doc, v, objFrom)) objFrom++;
      if (objFrom >= to) continue;
      if (tokens[objFrom]!.lower === 'by') {
        const passive = passiveProposal(doc, clauses, existing, si, v, objFrom);
        if (passive) out.push(passive);
        continue;
      }
      if (!acceptsObject(doc, phrase, objFrom) || objectIsProposal(doc, existing, objFrom)) continue;
      const mention = verbObject(doc, si, objFrom);
      if (!mention) continue;
      mention.proposers = proposerSubjects(clauses, v, si);
      mention.quoteStart = tokens[v]!.start;
      if (mention.proposers.length > 0) out.push(mention, ...gappedObject(doc, clauses, mention));
    }
  });
  return out;
}

/** Tokens a that-clause's verb may stand after "that" ("that the two national carriers merge"). */
const THAT_CLAUSE_REACH = 8;

/**
 * "proposed that each side take half", "demanded that the fee should fall": a that-clause after a
 * proposing verb at v, with a verb in the base form or "should", says what is proposed.
 */
function proposedClause(doc: Doc, v: number, k: number): boolean {
  const { tokens } = doc;
  if (tokens[k]?.lower !== 'that' || !THAT_CLAUSE_PROPOSING_LEMMAS.has(tokens[v]!.lemma)) return false;
  for (let j = k + 2; j < k + THAT_CLAUSE_REACH && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.lower === 'should' || (t.pos === 'VERB' && t.lower === t.lemma)) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.kind === 'punct') return false;
  }
  return false;
}

/**
 * "proposed last spring that ...", "offered on Monday a cut", "proposes instead a cut": the object starts
 * after a time phrase or an adverb that stands between the verb and it; else at k.
 */
function afterTimePhrase(tokens: Token[], k: number): number {
  const t = tokens[k]?.lower ?? '';
  const next = tokens[k + 1]?.lower ?? '';
  if (INTERPOSED_ADVERBS.has(t)) return k + 1;
  if (TIME_DEICTICS.has(t) && (TIME_SPANS.has(next) || WEEKDAYS.includes(next))) return k + 2;
  if ((t === 'on' || t === 'in') && (WEEKDAYS.includes(next) || isMonthName(next))) return k + 2;
  return k;
}

/**
 * "Acme may be willing to drop its claim in return for cash", "Norland is prepared to cut tariffs in
 * exchange for access": what a side is ready to give for something in return is its offer. From the
 * verb to the end of what it asks back; null unless the verb at v follows "willing to" or the like.
 */
function readyTrade(doc: Doc, clauses: Clauses, si: number, v: number): ProposalMention | null {
  const { tokens } = doc;
  const [, to] = doc.sentenceTokens[si] ?? [0, 0];
  if (tokens[v]!.pos !== 'VERB' || tokens[v - 1]?.lower !== 'to') return null;
  if (!READINESS_WORDS.has(tokens[v - 2]?.lower ?? '')) return null;
  let end = v + 1;
  let joined = false;
  while (end < to && end - v < 24 && !TERM_BOUNDARY.has(tokens[end]!.text)) {
    joined ||= EXCHANGE_CONNECTORS.some((c) => c.every((w, i) => tokens[end + i]?.lower === w));
    end++;
  }
  const proposers = joined ? proposerSubjects(clauses, v - 2, si) : [];
  if (proposers.length === 0) return null;
  return { ...offerPhrase(doc, si, v, end), proposers, complementTo: end, fromVerb: false };
}

/**
 * The proposing verb (a lemma, or a lemma and the word after it) at token v, or null. By lemma and as a
 * verb: "offered", "offers" and "offering" are one rule; "the offers" is none, and neither is "the
 * proposed deal" (a participle after a determiner or possessor).
 */
function proposingVerb(doc: Doc, v: number): string | null {
  const { tokens } = doc;
  const before = tokens[v - 1];
  // "Acme's proposed takeover": a participle after a possessor describes a noun.
  if (tokens[v]!.pos !== 'VERB' || DETERMINERS.has(before?.lower ?? '') || before?.kind === 'possessive')
    return null;
  // "was tabled", "is formally submitted": a passive, whose maker follows "by" if anywhere.
  const passive = before?.pos === 'AUX' && BE_FORMS.has(before.lower) && !tokens[v]!.lower.endsWith('ing');
  if (passive && tokens[v + 1]?.lower !== 'by') return null;
  const one = tokens[v]!.lemma;
  const two = `${one} ${tokens[v + 1]?.lower ?? ''}`;
  if (PROPOSING_VERBS.has(two)) return two;
  if (PROPOSING_VERBS.has(one) || wantsToObtain(doc, v) || wantsAmountSet(doc, v)) return one;
  return null;
}

/**
 * "X want the levy to be capped at 2%": what a side wants done to a thing, to a stated amount, is its
 * demand. Without an amount ("want the talks to be held") it is left alone.
 */
function wantsAmountSet(doc: Doc, v: number): boolean {
  const { tokens } = doc;
  if (!WANTING_LEMMAS.has(tokens[v]!.lemma)) return false;
  let k = v + 1;
  while (k < v + 6 && tokens[k] && tokens[k]!.lower !== 'to' && tokens[k]!.pos !== 'VERB') k++;
  if (k === v + 1 || tokens[k]?.lower !== 'to' || tokens[k + 1]?.lower !== 'be') return false;
  if (tokens[k + 2]?.pos !== 'VERB') return false;
  for (let a = k + 3; a < k + 6; a++) if (doc.amountStarts.has(a)) return true;
  return false;
}

/** "hoped to secure X", "wants to win X": what a side sets out to obtain is its demand. */
function wantsToObtain(doc: Doc, v: number): boolean {
  const { tokens } = doc;
  if (!OBTAINING_LEMMAS.has(tokens[v]!.lemma) || tokens[v - 1]?.lower !== 'to') return false;
  return DESIRE_LEMMAS.has(tokens[v - 2]?.lemma ?? '');
}

/** Whether the words at objFrom can be what the verb proposes. */
function acceptsObject(doc: Doc, phrase: string, objFrom: number): boolean {
  const first = doc.tokens[objFrom]!;
  // "proposed at the summit", "submitted and ...": no object.
  if (!OBJECT_START_TAGS.has(first.pos) && doc.amountStarts.has(objFrom) === false) return false;
  // "agreed to" needs a verb after it ("agreed to establish ..."), not "agreed to a deal".
  if (phrase.startsWith('agree') && DETERMINERS.has(first.lower)) return false;
  // "sought support from", "seeks talks": asking for help or a hearing, not for terms.
  if (phrase === 'seek' && soughtNonTerm(doc, objFrom)) return false;
  // "urged the board to refuse ...": someone urged to act, not a proposal.
  if (phrase === 'urge' && urgesSomeone(doc, objFrom)) return false;
  // "agreed to hold talks", "proposed to meet": a meeting to come, which the meeting reader takes.
  if (MEETING_TO_COME_VERBS.has(first.lower)) return false;
  // "agreed to keep the door open for more talks": a side consenting to further talks proposes no terms.
  return !(phrase.startsWith('agree') && talksObject(doc, objFrom));
}

/** Whether the object from objFrom comes to a meeting noun within its first few words ("keep open for talks"). */
function talksObject(doc: Doc, objFrom: number): boolean {
  for (let k = objFrom + 1; k < objFrom + 7; k++) {
    const t = doc.tokens[k];
    if (!t || TERM_BOUNDARY.has(t.text) || t.lower === 'to' || t.lower === 'that') return false;
    if (NEGOTIATION_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/** "urged them to ...", "urged the board to ...": an object that is told to act. */
function urgesSomeone(doc: Doc, objFrom: number): boolean {
  const { tokens } = doc;
  if (tokens[objFrom]!.pos === 'PRON' || tokens[objFrom]!.pos === 'PROPN') return true;
  for (let k = objFrom; k < objFrom + 6; k++) {
    if (tokens[k]?.lower === 'to' && tokens[k + 1]?.pos === 'VERB') return true;
  }
  return false;
}

/** Whether the object's first noun ("more support", "a meeting") is one that asks for no terms. */
function soughtNonTerm(doc: Doc, objFrom: number): boolean {
  for (let k = objFrom; k < objFrom + 4; k++) {
    const t = doc.tokens[k];
    if (!t || t.pos === 'NOUN' || t.pos === 'PROPN') return !!t && SOUGHT_NON_TERMS.has(t.lemma);
  }
  return false;
}

/**
 * An object that is already a proposal phrase ("proposed a deal", "offered the firm a package") is
 * that proposal, and so is one the verb modifies ("the EU's proposed deal").
 */
function objectIsProposal(doc: Doc, existing: ProposalMention[], objFrom: number): boolean {
  const { tokens } = doc;
  let k = objFrom;
  // Over an indirect object: "offering Acme a package".
  while (k < objFrom + 3 && (tokens[k]?.pos === 'PROPN' || tokens[k]?.pos === 'PRON')) k++;
  return existing.some(
    (p) =>
      (p.from <= objFrom && objFrom < p.to) ||
      p.from === k ||
      (p.from === k + 1 && DETERMINERS.has(tokens[k]!.lower)),
  );
}

/**
 * "A is seeking a 6% rise and B a 7% rise": a second subject and object after "and", with the verb left
 * out, are a second proposal, B's. The first object then ends before "and".
 */
function gappedObject(doc: Doc, clauses: Clauses, first: ProposalMention): ProposalMention[] {
  const { tokens } = doc;
  for (let k = first.from + 1; k < first.complementTo - 2; k++) {
    if (tokens[k]!.lower !== 'and') continue;
    const at = tokens[k + 1]!.lower === 'the' ? k + 2 : k + 1; // "and the Tellers Guild a ..."
    const other = clauses.index.mentionsFrom.get(at)?.[0];
    if (!other || other.to >= first.complementTo) continue;
    const opens = DETERMINERS.has(tokens[other.to]!.lower) || doc.amountStarts.has(other.to);
    if (!opens || first.proposers.includes(other.actor)) continue;
    const second = verbObject(doc, first.sentence, other.to);
    if (!second) return [];
    if (first.to > k) Object.assign(first, { to: k, end: tokens[k - 1]!.end, head: tokens[k - 1]!.lower });
    first.complementTo = Math.min(first.complementTo, k);
    first.topics = topicWords(tokens.slice(first.from, k));
    second.proposers = [other.actor];
    second.quoteStart = tokens[k + 1]!.start;
    return [second];
  }
  return [];
}

/** The object from objFrom to a clause boundary, as a proposal; its label stops before a relative clause. */
function verbObject(doc: Doc, si: number, objFrom: number): ProposalMention | null {
  const { tokens } = doc;
  const [, to] = doc.sentenceTokens[si] ?? [0, 0];
  let end = objFrom;
  while (end < to && end - objFrom < 16 && !TERM_BOUNDARY.has(tokens[end]!.text) && !isDash(tokens[end]!))
    end++;
  let labelEnd = objFrom;
  while (labelEnd < end && !TERM_STOP_WORDS.has(tokens[labelEnd]!.lower)) labelEnd++;
  if (labelEnd === objFrom) return null;
  return { ...offerPhrase(doc, si, objFrom, labelEnd), proposers: [], complementTo: end, fromVerb: true };
}

/** " - ": a hyphen between spaces is a dash that ends a phrase. */
const isDash = (t: Token): boolean => t.text === '-' && t.spaced;

/** Tokens [from, to) of sentence si as an offer phrase whose head is its last word. */
function offerPhrase(
  doc: Doc,
  si: number,
  from: number,
  to: number,
): Omit<ProposalMention, 'proposers' | 'complementTo' | 'fromVerb'> {
  const { tokens } = doc;
  return {
    from,
    to,
    start: tokens[from]!.start,
    end: tokens[to - 1]!.end,
    sentence: si,
    head: tokens[to - 1]!.lower,
    kind: 'offer',
    definite: false,
    marked: true,
    topics: topicWords(tokens.slice(from, to)),
  };
}

/**
 * "a 50% wage increase offered by the alliance": what was offered comes before the verb, from its
 * determiner; who offered it follows "by". Returns an offer of the agent's, or null.
 */
function passiveProposal(
  doc: Doc,
  clauses: Clauses,
  existing: ProposalMention[],
  si: number,
  v: number,
  by: number,
): ProposalMention | null {
  const { tokens } = doc;
  const [from, to] = doc.sentenceTokens[si] ?? [0, 0];
  let s = v - 1;
  while (s > from && v - s < 10 && !PHRASE_OPENERS.has(tokens[s]!.lower)) {
    if (TERM_BOUNDARY.has(tokens[s]!.text)) return null;
    s--;
  }
  if (!PHRASE_OPENERS.has(tokens[s]?.lower ?? '') || s >= v - 1) return null;
  if (existing.some((p) => p.from >= s && p.to <= v)) return null; // "the draft presented by X": a known phrase
  const agents = clauses.coordinatedAfter(by + 1, Math.min(to, by + 12));
  if (agents.length === 0) return null;
  return { ...offerPhrase(doc, si, s, v), proposers: agents, complementTo: v, fromVerb: false };
}
