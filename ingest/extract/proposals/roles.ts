// What a proposal's terms trade: for each term, which side gives it and which gets it. Read from the
// constructions news uses for a trade: "X in exchange for Y", "A's access to B's ports" (the owner
// gives, the one with the right gets), "guarantees for A", "would give/grant/pay" and "would
// receive/gain", and the amount of a bid, which the target's owners would get.
import type { Span } from '../../../schema';
import {
  BID_HEADS,
  BUYING_LEMMAS,
  ENTITLEMENT_NOUNS,
  EXCHANGE_CONNECTORS,
  GETTING_LEMMAS,
  GIVING_LEMMAS,
  OWNER_PREPOSITIONS,
  RECIPIENT_PREPOSITIONS,
} from '../lexicon';
import type { ProposalDraft } from './drafts';
import { actorAt, sideOf, sidesOf, tokenRange, type SideContext } from './sides';
import { termEnd } from './terms';

export type TermRole = 'gives' | 'gets' | 'condition';

/** One term of a proposal with its role and the actors (by draft key) it is for. */
export interface TermRoleDraft {
  start: number;
  end: number;
  text: string;
  role: TermRole;
  for: string[];
  evidence: Span[];
}

/** Who gives and who gets one stretch of a term, and which role the text puts first. */
interface Piece {
  from: number;
  to: number;
  givers: Set<string>;
  getters: Set<string>;
  /** Set by a verb ("A would pay", "a plan securing X") or by a bid's price: the role to state. */
  prefer: 'gives' | 'gets' | null;
}

/** The roles of a proposal's terms, as far as the text says who gives or gets them. */
export function termRoles(ctx: SideContext, d: ProposalDraft): TermRoleDraft[] {
  const out: TermRoleDraft[] = [];
  for (const term of d.terms) {
    const range = tokenRange(ctx, term.start, term.end);
    if (range) out.push(...rolesOfTerm(ctx, d, range[0], objectEnd(ctx, range[0], range[1])));
  }
  return out;
}

function rolesOfTerm(ctx: SideContext, d: ProposalDraft, from: number, to: number): TermRoleDraft[] {
  const split = connectorIn(ctx, from, to);
  const firstFrom = split?.price && BUYING_LEMMAS.has(ctx.doc.tokens[from]!.lemma) ? from + 1 : from;
  const first = readPiece(ctx, firstFrom, split ? split.at : to);
  addVerbCue(ctx, d, from, first);
  const cueStart = verbBefore(ctx, from) ?? from;
  if (!split) {
    addBidTarget(ctx, d, first);
    const single = lineOf(ctx, first, [spanOf(ctx, cueStart, to)]);
    return single ? [single] : [];
  }
  const second = readPiece(ctx, split.after, split.price ? priceEnd(ctx, split.after, to) : split.to);
  if (split.price) addBidTarget(ctx, d, second);
  const evidence = [spanOf(ctx, cueStart, Math.max(to, second.to))];
  // Across an exchange, who gives the one thing gets the other.
  const giver = new Set([...first.givers, ...second.getters]);
  const getter = new Set([...first.getters, ...second.givers]);
  if (giver.size === 0) for (const s of otherSides(ctx, d, getter)) giver.add(s);
  // A price for a name alone ("to buy Acme for $5 a share") states only what the owners get.
  const firstLine = actorAt(ctx, first.from)?.to !== first.to && first.to > first.from;
  const lines: TermRoleDraft[] = [];
  if (giver.size > 0) {
    if (firstLine) lines.push(line(ctx, first, 'gives', giver, evidence));
    lines.push(line(ctx, second, 'gets', giver, evidence));
  } else if (getter.size > 0) {
    if (firstLine) lines.push(line(ctx, first, 'gets', getter, evidence));
    lines.push(line(ctx, second, 'gives', getter, evidence));
  }
  return lines;
}

/**
 * "in exchange for", "in return for" inside the term or right after it (the second part then runs to
 * the end of its phrase), or "for" and a price inside it ("half of Acme for $5 a share").
 */
function connectorIn(
  ctx: SideContext,
  from: number,
  to: number,
): { at: number; after: number; to: number; price: boolean } | null {
  const { tokens } = ctx.doc;
  for (let k = from + 1; k <= to && k < tokens.length; k++) {
    if (k < to && tokens[k]!.lower === 'for' && ctx.doc.amountStarts.has(k + 1)) {
      return { at: k, after: k + 1, to, price: true };
    }
    for (const phrase of EXCHANGE_CONNECTORS) {
      if (!phrase.every((w, i) => tokens[k + i]?.lower === w)) continue;
      const after = k + phrase.length;
      // The rest of its phrase, never past the sentence (a term may end the text).
      const [, sentenceTo] = ctx.doc.sentenceTokens[sentenceOfToken(ctx, from)] ?? [0, 0];
      const end = after < to ? to : termEnd(tokens, after, Math.min(sentenceTo, after + 14));
      return end > after ? { at: k, after, to: end, price: false } : null;
    }
  }
  return null;
}

/** A price runs to the first "and", verb or punctuation ("40 dlrs a share and ..." ends before "and"). */
function priceEnd(ctx: SideContext, from: number, to: number): number {
  let k = from + 1;
  while (k < to && !['CCONJ', 'VERB', 'PUNCT'].includes(ctx.doc.tokens[k]!.pos)) k++;
  return k;
}

/**
 * Who gives and gets a stretch: a side named before a noun of a right gets it ("US access"), before
 * another noun owns and gives it ("Norlandic troops"); a side after "to", "of" or "from" owns it
 * ("access to Norlandic ports"), and one closing it after "for" or "to" receives it ("aid to Norland").
 */
function readPiece(ctx: SideContext, from: number, to: number): Piece {
  const { tokens } = ctx.doc;
  const piece: Piece = { from, to, givers: new Set(), getters: new Set(), prefer: null };
  let k = from;
  while (k < to && tokens[k]!.pos === 'DET') k++;
  const lead = actorAt(ctx, k);
  if (lead && lead.to < to) {
    const noun = tokens[lead.to]?.kind === 'possessive' ? tokens[lead.to + 1] : tokens[lead.to];
    if (noun && NOUN_TAGS.has(noun.pos)) {
      (ENTITLEMENT_NOUNS.has(noun.lower) ? piece.getters : piece.givers).add(lead.key);
    }
  }
  // Only near the head: "the closing price of Acme shares" deep in a phrase says nothing of the trade.
  for (let j = k + 1; j < Math.min(to, k + 6); j++) {
    const prep = tokens[j - 1]!.lower;
    const inner = actorAt(ctx, j);
    if (!inner) continue;
    const closes = inner.to >= to || tokens[inner.to]?.pos === 'PUNCT';
    if (closes && !inner.possessive && RECIPIENT_PREPOSITIONS.has(prep)) piece.getters.add(inner.key);
    else if (OWNER_PREPOSITIONS.has(prep)) piece.givers.add(inner.key);
  }
  dropConflicts(piece);
  return piece;
}

const NOUN_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/** A side read as both giver and getter of one thing: the text does not say, so neither. */
function dropConflicts(piece: Piece): void {
  for (const s of [...piece.givers]) {
    if (piece.getters.has(s)) {
      piece.givers.delete(s);
      piece.getters.delete(s);
    }
  }
}

/** The giving or getting verb right before a term ("would give", "involved securing"), if any. */
function verbBefore(ctx: SideContext, from: number): number | null {
  const { tokens } = ctx.doc;
  const k = tokens[from - 1]?.pos === 'DET' ? from - 2 : from - 1;
  const v = tokens[k];
  if (!v || (v.pos !== 'VERB' && v.pos !== 'AUX')) return null;
  return GIVING_LEMMAS.has(v.lemma) || GETTING_LEMMAS.has(v.lemma) ? k : null;
}

/**
 * "A would give X", "the plan involved securing X": the verb's actor subject gives or gets X, a
 * proposal's own verb speaks for its proposers; a side the phrase itself placed is not moved. The
 * verb's role is the one stated.
 */
function addVerbCue(ctx: SideContext, d: ProposalDraft, from: number, piece: Piece): void {
  const v = verbBefore(ctx, from);
  if (v === null) return;
  const subjects = actorSubjects(ctx, d, v);
  const sides = subjects.size > 0 ? subjects : sidesOf(ctx, d);
  const giving = GIVING_LEMMAS.has(ctx.doc.tokens[v]!.lemma);
  const into = giving ? piece.givers : piece.getters;
  const other = giving ? piece.getters : piece.givers;
  let added = false;
  for (const s of sides) {
    if (other.has(s)) continue;
    into.add(s);
    added = true;
  }
  if (added) piece.prefer = giving ? 'gives' : 'gets';
}

/**
 * The actor subjects of the verb at v ("A and B want X"), as sides; none when a proposal is named
 * between them and the verb ("A rejected an offer that involved securing X": the offer secures it).
 */
function actorSubjects(ctx: SideContext, d: ProposalDraft, v: number): Set<string> {
  const si = sentenceOfToken(ctx, v);
  const subject = ctx.clauses.subjectSpan(v, si);
  if (!subject || !ctx.index.actors.has(subject.ref)) return new Set();
  const after = subject.span?.to ?? ctx.doc.sentenceTokens[si]?.[0] ?? 0;
  if (d.mentions.some((m) => m.sentence === si && m.from >= after && m.to <= v)) return new Set();
  const all = ctx.clauses.subjectsOf(v, si).filter((s) => ctx.index.actors.has(s));
  return new Set((all.length > 0 ? all : [subject.ref]).map((s) => sideOf(ctx, s)));
}

/** An amount in a bid for a named target: the target's owners would receive it. */
function addBidTarget(ctx: SideContext, d: ProposalDraft, piece: Piece): void {
  let amount = false;
  for (let k = piece.from; k < piece.to; k++) if (ctx.doc.amountStarts.has(k)) amount = true;
  if (!amount || piece.getters.size > 0) return;
  const target = bidTarget(ctx, d);
  if (!target) return;
  piece.getters.add(target);
  piece.givers.delete(target);
  for (const s of sidesOf(ctx, d)) if (s !== target) piece.givers.add(s);
  piece.prefer = 'gets';
}

/** "a bid for Acme", "an offer to buy Acme": the company a bid is for. */
function bidTarget(ctx: SideContext, d: ProposalDraft): string | null {
  const { tokens } = ctx.doc;
  for (const m of d.mentions) {
    if (!BID_HEADS.has(m.head)) continue;
    const [, sTo] = ctx.doc.sentenceTokens[m.sentence] ?? [0, 0];
    for (let k = m.to; k < Math.min(sTo, m.to + 6); k++) {
      const t = tokens[k]!;
      if (t.lower !== 'for' && !BUYING_LEMMAS.has(t.lemma)) continue;
      // "to buy Acme", "to acquire half of Acme": the first actor named after it.
      for (let j = k + 1; j < Math.min(sTo, k + 6); j++) {
        const target = actorAt(ctx, j);
        if (target && !sidesOf(ctx, d).has(target.key)) return target.key;
      }
    }
  }
  return null;
}

/** The proposal's sides other than these, when there is exactly one. */
function otherSides(ctx: SideContext, d: ProposalDraft, these: Set<string>): Set<string> {
  if (these.size === 0) return new Set();
  const others = [...sidesOf(ctx, d)].filter((s) => !these.has(s));
  return new Set(others.length === 1 ? others : []);
}

/** One line for a single stretch: the role a verb or a price states, else who gives it, else who gets it. */
function lineOf(ctx: SideContext, piece: Piece, evidence: Span[]): TermRoleDraft | null {
  if (piece.prefer === 'gets' && piece.getters.size > 0) {
    return line(ctx, piece, 'gets', piece.getters, evidence);
  }
  if (piece.givers.size > 0) return line(ctx, piece, 'gives', piece.givers, evidence);
  if (piece.getters.size > 0) return line(ctx, piece, 'gets', piece.getters, evidence);
  return null;
}

function line(
  ctx: SideContext,
  piece: Piece,
  role: TermRole,
  sides: Set<string>,
  evidence: Span[],
): TermRoleDraft {
  const span = spanOf(ctx, piece.from, piece.to);
  return { ...span, role, for: [...sides], evidence };
}

/** An object ends before "and" that opens another side's clause ("A would pay $5 and B would ..."). */
export function objectEnd(ctx: SideContext, from: number, to: number): number {
  for (let k = from + 1; k < to - 1; k++) {
    if (ctx.doc.tokens[k]!.pos === 'CCONJ' && actorAt(ctx, k + 1)) return k;
  }
  return to;
}

export function spanOf(ctx: SideContext, from: number, to: number): Span {
  const { tokens, text } = ctx.doc;
  const start = tokens[from]!.start;
  const end = tokens[Math.max(from, to - 1)]!.end;
  return { start, end, text: text.slice(start, end) };
}

export function sentenceOfToken(ctx: SideContext, k: number): number {
  const spans = ctx.doc.sentenceTokens;
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((spans[mid]?.[0] ?? 0) <= k) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
