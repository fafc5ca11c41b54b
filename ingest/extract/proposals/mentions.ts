// Proposal noun phrases: "an initial US offer", "Kyiv’s plan", "a bid by X", "the Minsk Agreement",
// with the proposers named inside or right after them.
import type { ActorIndex } from '../actors';
import type { Clauses } from '../clauses';
import type { Doc } from '../document';
import {
  COMPLEMENT_PREPS,
  COMPLEMENT_STOPS,
  CONCLUDED_PARTICIPLES,
  DETERMINERS,
  DRAFT_MARKERS,
  FUNCTION_TAGS,
  IN_FORCE_MARKERS,
  LED_BY_LEMMAS,
  OFFER_MARKERS,
  ORIGINAL_MARKERS,
  PROPOSAL_HEAD_KINDS,
  PROPOSAL_PEOPLE_NOUNS,
  RAISING_LEMMAS,
  REFERRING_NOUNS,
  REVISED_MARKERS,
  STOP_MODIFIERS,
  VERBAL_HEADS,
} from '../lexicon';
import type { Token } from '../../text/language';
import type { ProposalMention } from './drafts';
import { governingVerb, offerMakers } from './proposers';
import { singular, TERM_BOUNDARY, topicWords, withHead } from './topics';

/**
 * The actors named inside a proposal phrase, read as its proposers ("US offer", "Kyiv’s plan"). A
 * capitalised word the actor reader left unread there is looked up among the names already found:
 * "the Acme offer" after "Acme Corp", unless another capitalised word follows it.
 */
function proposersInside(doc: Doc, index: ActorIndex, from: number, headAt: number): string[] {
  const out: string[] = [];
  let covered = from;
  for (let k = from; k < headAt; k++) {
    for (const m of index.mentionsFrom.get(k) ?? []) {
      if (m.to > headAt) continue;
      out.push(m.actor);
      covered = Math.max(covered, m.to);
    }
    const t = doc.tokens[k]!;
    // Not inside a longer name: "Northern" of "the Northern Grain Accord" is no short name of a body.
    const inName = doc.tokens[k + 1]?.cap === true && doc.tokens[k + 1]?.kind === 'word';
    if (k >= covered && t.cap && t.kind === 'word' && !inName) {
      const known = shortNames(index).get(t.lower);
      if (known) out.push(known);
    }
  }
  return out;
}

const shortNameCache = new WeakMap<ActorIndex, Map<string, string>>();

/** Bodies by their full name, their aliases and the first word of a company's name ("Acme" of "Acme Corp"). */
function shortNames(index: ActorIndex): Map<string, string> {
  const cached = shortNameCache.get(index);
  if (cached) return cached;
  const out = new Map<string, string>();
  for (const a of index.actors.values()) {
    if (a.kind === 'person') continue;
    for (const n of [a.name, ...a.aliases]) if (!out.has(n.toLowerCase())) out.set(n.toLowerCase(), a.key);
    const first = a.name.split(' ')[0] ?? '';
    if (
      a.kind === 'organization' &&
      a.name.includes(' ') &&
      first.length > 2 &&
      !out.has(first.toLowerCase())
    )
      out.set(first.toLowerCase(), a.key);
  }
  shortNameCache.set(index, out);
  return out;
}

/** Finds proposal noun phrases in every sentence. */
export function findProposalMentions(doc: Doc, index: ActorIndex, clauses: Clauses): ProposalMention[] {
  const out: ProposalMention[] = [];
  doc.sentences.forEach((_, si) => {
    if (doc.skip[si]) return;
    const [from, to] = doc.sentenceTokens[si] ?? [0, 0];
    for (let h = from; h < to; h++) {
      const mention = proposalAt(doc, index, clauses, si, h) ?? referenceAt(doc, si, h);
      if (mention) out.push(mention);
    }
  });
  return out;
}

/** "the move", "this cut": a noun that names again a proposal named before (joined in clustering). */
function referenceAt(doc: Doc, si: number, h: number): ProposalMention | null {
  const { tokens } = doc;
  const head = tokens[h]!;
  const det = tokens[h - 1]?.lower ?? '';
  if (!REFERRING_NOUNS.has(head.lower) || head.pos !== 'NOUN' || !REFERRING_DETERMINERS.has(det)) return null;
  const next = tokens[h + 1];
  // "the rise of", "the cut rate", "the move to cut fees": a complement makes it a new thing, not a reference.
  if (next?.lower === 'of' || next?.lower === 'to' || next?.pos === 'NOUN') return null;
  return {
    from: h - 1,
    to: h + 1,
    start: tokens[h - 1]!.start,
    end: head.end,
    sentence: si,
    head: head.lower,
    kind: 'offer',
    definite: true,
    marked: false,
    proposers: [],
    topics: new Set(),
    complementTo: h + 1,
    fromVerb: false,
    refersBack: true,
  };
}

const REFERRING_DETERMINERS = new Set(['the', 'this', 'that']);

/** The proposal phrase whose head noun is token h ("an initial US offer"), or null. */
function proposalAt(
  doc: Doc,
  index: ActorIndex,
  clauses: Clauses,
  si: number,
  h: number,
): ProposalMention | null {
  const { tokens } = doc;
  const [from, to] = doc.sentenceTokens[si] ?? [0, 0];
  const head = tokens[h]!;
  // By lemma, as a noun: "the offers" is a proposal, "offered" is a verb (read in findVerbProposals).
  const kind = PROPOSAL_HEAD_KINDS.get(head.lower) ?? PROPOSAL_HEAD_KINDS.get(head.lemma);
  if (!kind || ((head.pos === 'VERB' || head.pos === 'AUX') && !pluralAfterBe(tokens, h))) return null;
  // A named proposal: "the Indus Waters Treaty", "the Minsk Agreement".
  if (head.cap) return namedProposal(doc, index, si, h);
  if (modifiesLaterHead(tokens, h)) return null; // "draft agreement": the head is the last noun
  if (PROPOSAL_PEOPLE_NOUNS.has(tokens[h + 1]?.lower ?? '')) return null; // "coalition partner"
  const { s, definite, marked } = phraseStart(doc, from, h);
  if (kind === 'deal' && genericDeal(tokens, s, h)) return null;
  // "the current agreement", "an extension of the existing deal": in force, not put forward.
  if (kind === 'deal' && tokens.slice(s, h).some((t) => IN_FORCE_MARKERS.has(t.lower))) return null;
  // "plans to meet", "offer to help": a verb, unless a determiner or possessor makes it a noun
  // ("its offer to buy the firm", "the plan to end subsidies").
  if (tokens[h + 1]?.lower === 'to' && !nounBeforeTo(tokens, s, h)) return null;
  const concluded = kind === 'deal' && CONCLUDED_PARTICIPLES.has(tokens[h + 1]?.lower ?? '');
  // "with a consensus reached": the participle saying the deal was arrived at belongs to its phrase.
  const complementTo = concluded ? h + 2 : complementEnd(doc, h, to);
  // "a draft deal", "the proposed accord": one side's version, an offer until it is agreed.
  const isDraftDeal = tokens.slice(s, h).some((t) => DRAFT_MARKERS.has(t.lower));
  return {
    from: s,
    to: h + 1,
    start: tokens[s]!.start,
    end: concluded ? tokens[h + 1]!.end : head.end,
    sentence: si,
    head: head.lower,
    kind: isDraftDeal ? 'offer' : kind,
    definite,
    marked: marked || isDraftDeal,
    proposers: [
      ...proposersInside(doc, index, s, h),
      ...possessivePronounOwner(clauses, s, si),
      ...offerMakers(clauses, s, si),
      ...agentAfter(clauses, h + 1, to),
    ],
    topics: withHead(topicWords(tokens.slice(s, complementTo)), head.lower),
    complementTo,
    fromVerb: false,
    revision: kind === 'offer' && !isDraftDeal ? revisionOf(doc, s, h, complementTo, si) : undefined,
  };
}

/**
 * Whether the offer phrase from s to head h replaces an earlier offer of its maker ("a sweetened bid",
 * "raised its offer for Vela to $5 a share") or is the one replaced ("its initial offer"). "Refused to
 * raise its offer" names the standing offer: raising says a new one only with the amount it goes to.
 */
function revisionOf(
  doc: Doc,
  s: number,
  h: number,
  complementTo: number,
  si: number,
): 'revised' | 'original' | undefined {
  const { tokens } = doc;
  const modifiers = tokens.slice(s, h).map((t) => t.lower);
  if (modifiers.some((w) => ORIGINAL_MARKERS.has(w))) return 'original';
  if (modifiers.some((w) => REVISED_MARKERS.has(w))) return 'revised';
  const v = governingVerb(doc, s, si);
  if (v < 0 || !RAISING_LEMMAS.has(tokens[v]!.lemma)) return undefined;
  for (let k = h + 1; k < Math.max(h + 2, complementTo); k++)
    if (tokens[k]?.lower === 'to' && doc.amountStarts.has(k + 1)) return 'revised';
  return undefined;
}

/**
 * Where the phrase ending at head h starts: back to its determiner ("an initial US offer"), or, with
 * none, over the names and markers right before the head ("US proposals", "Kyiv’s proposal").
 */
function phraseStart(doc: Doc, from: number, h: number): { s: number; definite: boolean; marked: boolean } {
  const { tokens } = doc;
  let marked = false;
  for (let k = h - 1; k >= Math.max(from, h - 6); k--) {
    const t = tokens[k]!;
    if (DETERMINERS.has(t.lower)) {
      const definite = t.lower !== 'a' && t.lower !== 'an' && t.lower !== 'another';
      return { s: k, definite, marked };
    }
    if (t.kind === 'possessive') continue;
    // A currency sign belongs to the phrase: "a £2bn bid".
    const joiner = t.text === '-' && !t.spaced; // "a 30-day extension"
    if ((t.kind === 'punct' && !doc.amountStarts.has(k) && !joiner) || STOP_MODIFIERS.has(t.lower)) break;
    if (OFFER_MARKERS.has(t.lower)) marked = true;
  }
  let s = h;
  // Over names, not over a capitalised word that opens the sentence ("Among sweeteners").
  while (
    s > from &&
    (OFFER_MARKERS.has(tokens[s - 1]!.lower) ||
      (tokens[s - 1]!.cap && !FUNCTION_TAGS.has(tokens[s - 1]!.pos)) ||
      tokens[s - 1]!.kind === 'possessive')
  )
    s--;
  if (tokens[s]?.kind === 'possessive') s++;
  return { s, definite: false, marked };
}

/**
 * End of what follows head h and says what the proposal is: "a deal on critical minerals", "an offer
 * to buy the firm for $5 a share"; h + 1 without one.
 */
function complementEnd(doc: Doc, h: number, to: number): number {
  const { tokens } = doc;
  const next = tokens[h + 1]?.lower ?? '';
  const infinitive = next === 'to' && tokens[h + 2]?.pos === 'VERB';
  // "a package of measures", "a set of reforms": "of" and a bare plural say what the proposal holds.
  const contents =
    next === 'of' && tokens[h + 2]?.pos === 'NOUN' && tokens[h + 2]!.lower !== tokens[h + 2]!.lemma;
  if (!COMPLEMENT_PREPS.has(next) && !infinitive && !contents) return h + 1;
  let k = h + 2;
  while (
    k < to &&
    k - h < 14 &&
    !COMPLEMENT_STOPS.has(tokens[k]!.lower) &&
    !TERM_BOUNDARY.has(tokens[k]!.text) &&
    !beforeProposalPhrase(tokens, k)
  )
    k++;
  return k > h + 2 ? k : h + 1;
}

/** "... to $5 from its initial offer": a preposition that opens another proposal phrase ends a complement. */
function beforeProposalPhrase(tokens: Token[], k: number): boolean {
  if (tokens[k]!.pos !== 'ADP' || !DETERMINERS.has(tokens[k + 1]?.lower ?? '')) return false;
  for (let j = k + 2; j < k + 7; j++) {
    const t = tokens[j];
    if (!t || t.kind === 'punct') return false;
    if (PROPOSAL_HEAD_KINDS.has(t.lower) && t.pos === 'NOUN') return true;
  }
  return false;
}

/** "Among the options were plans to sell": a plural after a form of "be" is a noun, however tagged. */
function pluralAfterBe(tokens: Token[], h: number): boolean {
  const head = tokens[h]!;
  return tokens[h - 1]?.lemma === 'be' && head.lower !== head.lemma && head.lower.endsWith('s');
}

/**
 * Whether head h, followed by "to", is a noun: with a determiner or possessor ("its offer to buy"), and
 * not the idiom of trying ("in a bid to end the strike"). A bare verbal head ("plans to meet") is a verb.
 */
function nounBeforeTo(tokens: Token[], s: number, h: number): boolean {
  if (tokens[s - 1]?.lower === 'in' && DETERMINERS.has(tokens[s]!.lower)) return false;
  // "Norland plans to meet": a name with no determiner before it is the verb's subject, not the plan's owner.
  const names = tokens.slice(s, h).every((t) => t.kind === 'word' && t.cap && !DETERMINERS.has(t.lower));
  // "Among the options were plans to sell": after a form of "be" the head is a noun, not a verb.
  const bare = names && tokens[h - 1]?.kind !== 'possessive' && tokens[s - 1]?.lemma !== 'be';
  return !bare || !VERBAL_HEADS.has(tokens[h]!.lemma);
}

/**
 * "to reach agreement on X", "came to agreement": agreement as a state to arrive at (a bare singular right after its verb)
 * names no particular deal anyone put forward.
 */
function genericDeal(tokens: Token[], s: number, h: number): boolean {
  const head = tokens[h]!;
  // "to come to agreement" is "to reach agreement".
  const cameTo = tokens[h - 1]?.lower === 'to' && tokens[h - 2]?.lemma === 'come';
  return s === h && head.lower === head.lemma && (tokens[h - 1]?.pos === 'VERB' || cameTo);
}

/** "draft agreement", "compromise interim proposal": a head noun that modifies a later one. */
function modifiesLaterHead(tokens: Token[], h: number): boolean {
  const next = tokens[h + 1];
  if (!next) return false;
  // "the draft offer", not "the plan offers 2 pct", where the next head is the verb.
  if (PROPOSAL_HEAD_KINDS.has(next.lower) && next.pos !== 'VERB' && next.pos !== 'AUX') return true;
  const after = tokens[h + 2];
  return (
    (next.pos === 'ADJ' || next.pos === 'NOUN') &&
    !!after &&
    PROPOSAL_HEAD_KINDS.has(after.lower) &&
    after.pos === 'NOUN'
  );
}

/** "its offer", "their plan": who the possessive pronoun opening the phrase stands for. */
function possessivePronounOwner(clauses: Clauses, s: number, si: number): string[] {
  const w = clauses.doc.tokens[s]?.lower ?? '';
  if (w === 'his' || w === 'her') {
    const ref = clauses.resolvePronoun(s, si);
    return ref ? [ref] : [];
  }
  if (w !== 'its' && w !== 'their') return [];
  // The sentence's subject when it is a body named before ("the exchange held ... its bid"), else the
  // nearest body.
  const main = clauses.mainSubject(si);
  const subject = main?.span && main.span.to <= s ? main.ref : null;
  const kind = subject ? clauses.index.actors.get(subject)?.kind : undefined;
  const ref = subject && kind !== 'person' ? subject : clauses.resolvePlural(s, si);
  return ref ? [ref] : [];
}

/** "an offer from X", "a bid by X and Y": the agent named right after the head. */
function agentAfter(clauses: Clauses, k: number, to: number): string[] {
  const w = clauses.doc.tokens[k]?.lower ?? '';
  if (w !== 'from' && w !== 'by') return [];
  const end = Math.min(to, k + 12);
  if (describedByCountry(clauses, k + 1, end)) return [];
  return [...clauses.coordinatedAfter(k + 1, end), ...ledBody(clauses, k + 1, end)];
}

/**
 * "from the Danish investor", "by the Korean carmaker": a country named before a common noun only describes
 * the agent, who is someone else (a later "the offer" then joins the offer named before).
 */
function describedByCountry(clauses: Clauses, from: number, to: number): boolean {
  const e = clauses.firstEntityAfter(from, to, 'actor');
  if (!e || e.from > from + 1 || clauses.index.actors.get(e.ref)?.kind !== 'country') return false;
  const next = clauses.doc.tokens[e.to];
  return !!next && next.pos === 'NOUN' && !next.cap && !PROPOSAL_HEAD_KINDS.has(next.lower);
}

/** "a bid by the Vance-led Acme": the body a person leads or backs is an agent too. */
function ledBody(clauses: Clauses, from: number, to: number): string[] {
  const { tokens } = clauses.doc;
  for (let j = from; j < to - 2; j++) {
    const t = tokens[j]!;
    if (t.text !== '-' || t.spaced || !LED_BY_LEMMAS.has(tokens[j + 1]!.lemma)) continue;
    const body = clauses.index.mentionsFrom.get(j + 2)?.[0];
    return body ? [body.actor] : [];
  }
  return [];
}

function namedProposal(doc: Doc, index: ActorIndex, si: number, h: number): ProposalMention | null {
  const { tokens } = doc;
  const [from] = doc.sentenceTokens[si] ?? [0, 0];
  let s = h;
  while (s > from && tokens[s - 1]!.cap && tokens[s - 1]!.kind === 'word') s--;
  if (s === h || s === from) return null; // one word, or the start of a sentence: not a name
  const nameFrom = s;
  if (tokens[s - 1]?.lower === 'the') s--;
  return {
    from: s,
    to: h + 1,
    start: tokens[s]!.start,
    end: tokens[h]!.end,
    sentence: si,
    head: tokens[h]!.lower,
    kind: 'deal',
    definite: true,
    marked: false,
    proposers: proposersInside(doc, index, nameFrom, h),
    topics: new Set(tokens.slice(nameFrom, h).map((t) => singular(t.lower))),
    complementTo: h + 1,
    fromVerb: false,
  };
}
