// Proposers found after the proposals are known: passive agents, the parties pursuing a deal, those
// who state a demand, and those who met over a deal.
import { nameKey, type ActorIndex } from '../actors';
import type { Clauses } from '../clauses';
import type { Doc } from '../document';
import {
  ASSENT_LEMMAS,
  CALL_FOR_LEMMAS,
  DEMAND_END_WORDS,
  DEMAND_LEAD_WORDS,
  DEMAND_VERBS,
  DISCUSSING_LEMMAS,
  EFFORT_NOUNS,
  GOVERNED_GAP_TAGS,
  MAKING_LEMMAS,
  NEGOTIATION_NOUNS,
  PROPOSING_LEMMAS,
  PURSUIT_LEMMAS,
} from '../lexicon';
import type { MeetingDraft } from '../meetings';
import type { ProposalDraft, ProposalMention } from './drafts';
import { proposerSubjects } from './subjects';

/** Passive proposers: "a draft presented by X", "the deal, negotiated by X and other officials". */
export function addPassiveProposers(doc: Doc, clauses: Clauses, drafts: ProposalDraft[]): void {
  for (const d of drafts) {
    // "Plans discussed by X with Y": one who discusses a proposal put it forward when nobody else did.
    const lemmas = d.proposers.size === 0 ? [PROPOSING_LEMMAS, DISCUSSING_LEMMAS] : [PROPOSING_LEMMAS];
    for (const m of d.mentions) {
      const [, to] = doc.sentenceTokens[m.sentence] ?? [0, 0];
      // Right after the phrase or after what it holds: "a plan to share the river was discussed by X".
      const limit = Math.max(m.to, m.complementTo) + 6;
      for (let k = m.to; k < Math.min(to, limit); k++) {
        if (doc.tokens[k]!.lower !== 'by') continue;
        // Only a verb of making a proposal: "rejected by X" names an opponent, not the author.
        const verbs = [k - 1, k - 2, k - 3].filter((i) => i >= m.to && doc.tokens[i]!.pos === 'VERB');
        if (!verbs.some((i) => lemmas.some((set) => set.has(doc.tokens[i]!.lemma)))) break;
        for (const agent of clauses.coordinatedAfter(k + 1, Math.min(to, k + 14))) d.proposers.add(agent);
        break;
      }
    }
  }
}

/**
 * The parties to a deal: those who sign, forge or call for it ("X signed a deal"), and "a deal with Y".
 * An offer nobody is said to make that sides agree to ("both sides agreed to a 30-day extension") is
 * theirs too.
 */
export function addDealParties(doc: Doc, clauses: Clauses, drafts: ProposalDraft[]): void {
  for (const d of drafts) {
    for (const m of d.mentions) {
      // "a programme with the IMF", "a pact with the bloc": the other side, whatever the head.
      if (!m.fromVerb) for (const p of partiesWith(doc, clauses, m)) d.proposers.add(p);
      const v = governingVerb(doc, m.from, m.sentence);
      if (d.kind !== 'deal' && !(v >= 0 && unmadeOffer(doc, d, m, v))) continue;
      if (v >= 0 && (PURSUIT_LEMMAS.has(doc.tokens[v]!.lemma) || callsFor(doc, v) || comesTo(doc, v)))
        for (const s of proposerSubjects(clauses, v, m.sentence)) d.proposers.add(s);
    }
  }
}

/** "agreed to a 30-day extension": an offer nobody is said to make, first named as what sides assent to. */
function unmadeOffer(doc: Doc, d: ProposalDraft, m: ProposalMention, v: number): boolean {
  const assent = ASSENT_LEMMAS.has(doc.tokens[v]!.lemma);
  return assent && d.kind === 'offer' && d.proposers.size === 0 && !m.definite && !m.fromVerb;
}

/** The maker of an offer phrase starting at token s: "X announced an offer", "X said it is offering Y a package". */
export function offerMakers(clauses: Clauses, s: number, si: number): string[] {
  const v = governingVerb(clauses.doc, s, si);
  if (v < 0 || !MAKING_LEMMAS.has(clauses.doc.tokens[v]!.lemma)) return [];
  return proposerSubjects(clauses, v, si);
}

/** The nearest verb before the phrase starting at token s, over adverbs and an indirect object. */
export function governingVerb(doc: Doc, s: number, si: number): number {
  const [from] = doc.sentenceTokens[si] ?? [0, 0];
  for (let k = s - 1; k >= Math.max(from, s - 5); k--) {
    const t = doc.tokens[k]!;
    if (t.pos === 'VERB') return k;
    if (t.kind === 'punct' || !GOVERNED_GAP_TAGS.has(t.pos)) return -1;
  }
  return -1;
}

/** "came to an agreement", "come to terms on a deal": arriving at a deal, as "reached" is. */
function comesTo(doc: Doc, v: number): boolean {
  return doc.tokens[v]!.lemma === 'come' && doc.tokens[v + 1]?.lower === 'to';
}

/** "called for", "pressed for": a verb whose "for" takes the proposal. */
function callsFor(doc: Doc, v: number): boolean {
  return CALL_FOR_LEMMAS.has(doc.tokens[v]!.lemma) && doc.tokens[v + 1]?.lower === 'for';
}

/** "a pact with the bloc", "an agreement (FTA) with X": the other side named after the head. */
function partiesWith(doc: Doc, clauses: Clauses, m: ProposalMention): string[] {
  const { tokens } = doc;
  const [, to] = doc.sentenceTokens[m.sentence] ?? [0, 0];
  let k = m.to;
  // Over an acronym in parentheses: "a customs union pact (CUP) with ...".
  if (tokens[k]?.text === '(' && tokens[k + 2]?.text === ')') k += 3;
  if (tokens[k]?.lower !== 'with') return [];
  return clauses.coordinatedAfter(k + 1, Math.min(to, k + 12));
}

/**
 * "Trump has said he wanted $500 billion worth of rare earths": an amount someone wants is a term of
 * the offer their side made, or a demand of its own when their side made none.
 */
export function addStatedDemands(
  doc: Doc,
  index: ActorIndex,
  clauses: Clauses,
  drafts: ProposalDraft[],
): void {
  const { tokens } = doc;
  doc.sentences.forEach((_, si) => {
    if (doc.skip[si]) return;
    const [from, to] = doc.sentenceTokens[si] ?? [0, 0];
    for (let v = from; v < to; v++) {
      if (!DEMAND_VERBS.has(tokens[v]!.lower)) continue;
      let a = v + 1;
      while (a < Math.min(to, v + 5) && !doc.amountStarts.has(a)) a++;
      if (a >= Math.min(to, v + 5)) continue;
      const who = clauses.subjectOf(v, si);
      if (!who) continue;
      let start = v + 1;
      while (start < a && DEMAND_LEAD_WORDS.has(tokens[start]!.lower)) start++;
      let end = a + 1;
      while (
        end < to &&
        end - a < 10 &&
        !/^[,.;:—–]$/.test(tokens[end]!.text) &&
        !DEMAND_END_WORDS.has(tokens[end]!.lower)
      )
        end++;
      const span = { start: tokens[start]!.start, end: tokens[end - 1]!.end, text: '' };
      span.text = doc.text.slice(span.start, span.end);
      const actor = index.actors.get(who);
      const side = actor?.affiliation ? `country:${nameKey(actor.affiliation)}` : null;
      const offer = drafts.find(
        (d) => d.kind === 'offer' && (d.proposers.has(who) || (side !== null && d.proposers.has(side))),
      );
      if (offer) {
        offer.proposers.add(who);
        offer.terms.push(span);
        offer.evidence.push(span);
      }
    }
  });
}

/**
 * A deal nobody is said to pursue belongs to those who met to discuss it; when one of them has already
 * offered to take over or join the other ("talks with Vela on a definitive merger agreement" after
 * "Acme's offer to acquire Vela"), the deal is that offer's aim, and joins it.
 */
export function addMeetingDealParties(
  doc: Doc,
  index: ActorIndex,
  drafts: ProposalDraft[],
  meetings: MeetingDraft[],
): void {
  for (const d of drafts) {
    if (d.proposers.size > 0 || (d.kind !== 'deal' && !pursuedAtMeeting(doc, d))) continue;
    const meeting =
      meetings.find((m) =>
        d.mentions.some(
          (x) =>
            x.sentence === m.sentence && m.trigger >= 0 && x.from > m.trigger && x.from - m.trigger <= 16,
        ),
      ) ?? talksReferredTo(doc, d, meetings);
    if (!meeting) continue;
    const offer = offerBetween(index, drafts, [...meeting.participants]);
    if (offer) {
      offer.evidence.push(...d.evidence);
      offer.terms.push(...d.evidence);
    } else for (const p of meeting.participants) d.proposers.add(p);
  }
}

/**
 * "Officials hailed progress in the talks, with a broad consensus reached": a deal told in one sentence with
 * "the talks" before it came out of the latest talks held between two sides or more up to there.
 */
function talksReferredTo(doc: Doc, d: ProposalDraft, meetings: MeetingDraft[]): MeetingDraft | undefined {
  if (d.kind !== 'deal') return undefined;
  const { tokens } = doc;
  for (const x of d.mentions) {
    const [from] = doc.sentenceTokens[x.sentence] ?? [0, 0];
    const told = tokens
      .slice(from, x.from)
      .some((t, i) => NEGOTIATION_NOUNS.has(t.lower) && tokens[from + i - 1]?.lower === 'the');
    if (!told) continue;
    return meetings.findLast(
      (m) =>
        m.sentence <= x.sentence &&
        m.participants.size >= 2 &&
        (m.status === 'held' || m.status === 'failed'),
    );
  }
  return undefined;
}

/**
 * "Vo meets her peers to complete a set of reforms": a plan those who meet set out to finish or agree
 * is theirs, whatever its head noun.
 */
function pursuedAtMeeting(doc: Doc, d: ProposalDraft): boolean {
  return d.mentions.some((m) => {
    const v = governingVerb(doc, m.from, m.sentence);
    return v >= 0 && PURSUIT_LEMMAS.has(doc.tokens[v]!.lemma) && doc.tokens[v - 1]?.lower === 'to';
  });
}

/** An offer by one of the parties whose own words name another of them ("Acme's offer to acquire Vela"). */
function offerBetween(
  index: ActorIndex,
  drafts: ProposalDraft[],
  parties: string[],
): ProposalDraft | undefined {
  if (parties.length !== 2) return undefined;
  const names = (key: string) => {
    const a = index.actors.get(key);
    return a ? [a.name, ...a.aliases].map((n) => n.toLowerCase()) : [];
  };
  return drafts.find((o) => {
    if (o.kind !== 'offer') return false;
    const text = [o.label, ...o.terms.map((t) => t.text)].join(' ').toLowerCase();
    return parties.some(
      (maker, i) =>
        o.proposers.has(maker) && names(parties[1 - i]!).some((n) => n.length > 2 && text.includes(n)),
    );
  });
}

/**
 * "an effort by X to keep the negotiations alive with a fresh plan": a proposal nobody is said to make
 * belongs to the agent of the effort it serves, named before it in the same sentence.
 */
export function addEffortAgents(doc: Doc, clauses: Clauses, drafts: ProposalDraft[]): void {
  for (const d of drafts) {
    if (d.proposers.size > 0) continue;
    for (const m of d.mentions) {
      const [from] = doc.sentenceTokens[m.sentence] ?? [0, 0];
      for (let k = m.from - 1; k >= Math.max(from, m.from - 20); k--) {
        if (!EFFORT_NOUNS.has(doc.tokens[k]!.lemma) || doc.tokens[k + 1]?.lower !== 'by') continue;
        for (const a of clauses.coordinatedAfter(k + 2, m.from)) d.proposers.add(a);
        break;
      }
    }
  }
}
