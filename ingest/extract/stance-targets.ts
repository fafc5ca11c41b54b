// What a stance points at: the object of a stance verb (an actor, a proposal, or the possessor of some
// thing of theirs), the proposal a relative clause with no object hangs on ("the plan, which X rejected")
// and the proposal a pronoun ("it", "them") refers back to.
import type { Clauses, EntitySpan } from './clauses';
import type { Doc } from './document';
import {
  ANAPHORIC_PROPOSAL_NOUNS,
  GAP_RELATIVES,
  MEETING_NOUNS,
  PERSONAL_OBJECTS,
  POINTING_DETERMINERS,
  PREPOSITIONS,
  PROPOSAL_ACT_NOUNS,
  PROPOSAL_HEAD_KINDS,
} from './lexicon';
import type { Reader } from './speakers';

const APOSTROPHES = new Set(["'", '’']);
/** How many tokens back a pronoun may point at a proposal. */
const PRONOUN_REACH = 200;

/**
 * The object of a stance verb. It may follow an adverbial ("refused on Monday the terms of a
 * proposal"); an organisation's person stands for it ("WXYZ president Ana Ruiz"); and a possessor whose
 * possessed thing is neither an actor nor a proposal is the target itself ("criticised Ruiz's handling").
 */
export function stanceObject(reader: Reader, after: number, end: number): EntitySpan | null {
  const { doc, clauses } = reader;
  const { tokens } = doc;
  const limit = Math.min(end, after + 12);
  // It starts within a few words, and may run on to the clause's end ("the plan to cut ... by 2030").
  const found = clauses.firstEntityAfter(after, end);
  const object = found && found.from < limit ? found : null;
  for (let k = after; k < (object?.from ?? limit); k++) {
    const e = clauses.entityStartingAt(k, 'actor');
    if (!e?.possessive) continue;
    let head = e.to;
    while (head < limit && (tokens[head]!.kind === 'possessive' || APOSTROPHES.has(tokens[head]!.text)))
      head++;
    if (clauses.entityStartingAt(head)) break;
    const { words: owned, end: ownedEnd } = nounPhraseAt(doc, head, limit);
    if (owned.length === 0) break;
    // "X's acquisition of Y": the proposal X made earlier, when the phrase names an act of proposing.
    if (owned.some((w) => PROPOSAL_HEAD_KINDS.has(w) || PROPOSAL_ACT_NOUNS.has(w)))
      return ownProposal(reader, e, ownedEnd);
    // "X's talks with Y": no stance on X from this; "criticised X's handling": X is the target.
    return namesProposalOrMeeting(owned) ? null : e;
  }
  if (!object) return null;
  // "the US plan", "the union's talks": a name that modifies a proposal or a meeting is not the target.
  if (object.type === 'actor' && namesProposalOrMeeting(nounPhraseAt(doc, object.to, limit).words))
    return null;
  return appositivePerson(doc, clauses, object) ?? clauses.personAfter(object);
}

/**
 * "X's acquisition of Y", "X's bid" where no proposal is read in the phrase itself: the latest proposal
 * X made before it, spanning the possessor through the head noun; null when X made none.
 */
function ownProposal(reader: Reader, owner: EntitySpan, headEnd: number): EntitySpan | null {
  const { clauses, doc } = reader;
  for (let k = owner.from; k > Math.max(0, owner.from - PRONOUN_REACH); k--) {
    const e = clauses.entityEndingAt(k, 'proposal');
    if (!e || !reader.proposersOf(e.ref).has(owner.ref)) continue;
    const last = doc.tokens[headEnd - 1]!;
    return { ...e, from: owner.from, to: headEnd, start: owner.start, end: last.end };
  }
  return null;
}

/** "the leader of the Harbour Party, Ana Ruiz": the person in apposition is the one meant. */
function appositivePerson(doc: Doc, clauses: Clauses, object: EntitySpan): EntitySpan | null {
  const { tokens } = doc;
  if (object.type !== 'actor' || tokens[object.to]?.text !== ',') return null;
  const of = tokens[object.from - 1]?.lower === 'the' ? object.from - 2 : object.from - 1;
  if (tokens[of]?.lower !== 'of' || tokens[of - 1]?.pos !== 'NOUN') return null;
  const person = clauses.entityStartingAt(object.to + 1, 'actor');
  return person && clauses.index.actors.get(person.ref)?.kind === 'person' ? person : null;
}

/**
 * The head words of the noun phrase from token i, past its adjectives (hyphenated ones too: "last-minute")
 * and participles ("proposed"): nouns or a gerund ("handling"); and the token after them.
 */
function nounPhraseAt(doc: Doc, i: number, limit: number): { words: string[]; end: number } {
  const { tokens } = doc;
  let head = i;
  while (head < limit && (tokens[head]!.pos === 'ADJ' || tokens[head]!.text === '-' || participle(doc, head)))
    head++;
  let last = head;
  while (last < limit && (tokens[last]!.pos === 'NOUN' || /ing$/.test(tokens[last]!.lower))) last++;
  return { words: tokens.slice(head, last).map((t) => t.lower), end: last };
}

/** "the proposed merger", "a revised bid": a past participle before a noun, read as an adjective. */
function participle(doc: Doc, k: number): boolean {
  const t = doc.tokens[k]!;
  return t.pos === 'VERB' && /ed$/.test(t.lower) && doc.tokens[k + 1]?.pos === 'NOUN';
}

function namesProposalOrMeeting(nouns: string[]): boolean {
  return nouns.some((w) => PROPOSAL_HEAD_KINDS.has(w) || MEETING_NOUNS.has(w));
}

/**
 * "the offer, which the union rejected", "guarantees — something X was unwilling to concede": a stance
 * verb with no object of its own at v, inside a relative clause whose antecedent is a proposal. A
 * proposal inside a phrase after a preposition ("as part of the deal") yields to the head before it.
 */
export function gapAntecedent(clauses: Clauses, si: number, v: number): EntitySpan | null {
  const { tokens } = clauses.doc;
  const [from] = clauses.sentenceRange(si);
  for (let r = v - 1; r > from && !GAP_STOPS.has(tokens[r]!.text); r--) {
    if (!GAP_RELATIVES.has(tokens[r]!.lower)) continue;
    const nearest = proposalEndingNear(clauses, from, GAP_STOPS.has(tokens[r - 1]!.text) ? r - 1 : r);
    if (nearest) return headBefore(clauses, from, nearest);
  }
  return null;
}

/** A proposal ending at `end`, or a few words before with its complement ("a plan to cut rents"). */
function proposalEndingNear(clauses: Clauses, from: number, end: number): EntitySpan | null {
  const { tokens } = clauses.doc;
  for (let k = end; k > Math.max(from, end - 6); k--) {
    const found = clauses.entityEndingAt(k, 'proposal');
    if (found) return found;
    if (GAP_STOPS.has(tokens[k - 1]!.text)) return null;
  }
  return null;
}

/** The proposal a phrase after a preposition ("as part of the deal") hangs on, when one comes just before. */
function headBefore(clauses: Clauses, from: number, nearest: EntitySpan): EntitySpan {
  const { tokens } = clauses.doc;
  if (!PREPOSITIONS.has(tokens[nearest.from - 1]?.lower ?? '')) return nearest;
  for (let k = nearest.from - 1; k > Math.max(from, nearest.from - 8); k--) {
    if (GAP_STOPS.has(tokens[k - 1]!.text)) break;
    const head = clauses.entityEndingAt(k, 'proposal');
    if (head) return head;
  }
  return nearest;
}
const GAP_STOPS = new Set([',', ';', ':', '—', '–', '.']);

/**
 * "spoke out against the move", "opposition to this idea": a noun that names a proposal without saying
 * which, at token `at`, points back at the proposal last named. Not with a complement of its own ("the
 * move to cut rents", "the plan of the council"), which names another.
 */
export function anaphoricProposal(clauses: Clauses, at: number): EntitySpan | null {
  const { tokens } = clauses.doc;
  if (!POINTING_DETERMINERS.has(tokens[at]?.lower ?? '')) return null;
  const head = tokens[at + 1];
  const next = tokens[at + 2]?.lower ?? '';
  if (!head || !ANAPHORIC_PROPOSAL_NOUNS.has(head.lower) || COMPLEMENT_WORDS.has(next)) return null;
  const p = latestProposal(clauses, at);
  return p && { ...p, from: at, to: at + 2 };
}
const COMPLEMENT_WORDS = new Set(['to', 'of', 'for', 'by', 'from', 'that']);

export function latestProposal(clauses: Clauses, before: number): EntitySpan | null {
  // A pronoun points a few sentences back at most; the bound keeps the scan linear in the document.
  for (let k = before; k > Math.max(0, before - PRONOUN_REACH); k--) {
    const e = clauses.entityEndingAt(k, 'proposal');
    if (e) return e;
  }
  return null;
}

/**
 * "refused to support him": the person a "him" or "her" object points back at, the nearest one before
 * that is neither a holder nor named inside the clause's subject ("Ms Holm's colleagues").
 */
export function personObject(
  clauses: Clauses,
  at: number,
  si: number,
  holders: string[],
  subject: EntitySpan | null,
): { type: 'actor'; ref: string } | null {
  const { tokens } = clauses.doc;
  const t = tokens[at];
  const next = tokens[at + 1];
  // "her plan": a possessive before a noun, not an object.
  if (!t || !PERSONAL_OBJECTS.has(t.lower) || next?.pos === 'NOUN' || next?.pos === 'ADJ') return null;
  const m = clauses.lastMentionBefore(
    at,
    si,
    (x) =>
      clauses.index.actors.get(x.actor)?.kind === 'person' &&
      !holders.includes(x.actor) &&
      !(subject && x.start >= subject.start && x.end <= subject.end),
  );
  return m ? { type: 'actor', ref: m.actor } : null;
}
