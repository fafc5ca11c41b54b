// Terms a proposal's sentences add beyond its phrase: what a side "would pay", "would hand over" or
// "would receive", and the conditions put on it ("provided that ...", "subject to ...", "if ...").
import {
  CONDITION_MARKERS,
  GETTING_LEMMAS,
  GIVING_LEMMAS,
  GIVING_PARTICLES,
  HYPOTHETICAL_AUXILIARIES,
  NOT_CONDITION_BEFORE_IF,
  OBJECT_START_TAGS,
} from '../lexicon';
import type { ProposalDraft } from './drafts';
import { objectEnd, spanOf, type TermRoleDraft } from './roles';
import { actorAt, sideOf, type SideContext } from './sides';
import { TERM_BOUNDARY } from './topics';
import { termEnd } from './terms';

/** Sentences that name the proposal, each once. */
function sentencesOf(ctx: SideContext, d: ProposalDraft): number[] {
  return [...new Set(d.mentions.map((m) => m.sentence))].filter((si) => !ctx.doc.skip[si]);
}

/**
 * "A would pay X", "A would hand over X", "A would drop its demand for X", "A would receive X", in a
 * sentence naming the proposal: the actor subject of a giving or getting verb after a modal.
 */
export function verbTerms(ctx: SideContext, d: ProposalDraft, known: TermRoleDraft[]): TermRoleDraft[] {
  const { tokens } = ctx.doc;
  const out: TermRoleDraft[] = [];
  const taken = (start: number, end: number) =>
    [...known, ...out].some((t) => t.start < end && start < t.end) ||
    d.mentions.some((m) => m.start < end && start < m.end);
  for (const si of sentencesOf(ctx, d)) {
    const [from, to] = ctx.doc.sentenceTokens[si] ?? [0, 0];
    for (let v = from + 1; v < to; v++) {
      const t = tokens[v]!;
      const giving = GIVING_LEMMAS.has(t.lemma);
      if (t.pos !== 'VERB' || (!giving && !GETTING_LEMMAS.has(t.lemma))) continue;
      if (!HYPOTHETICAL_AUXILIARIES.has(tokens[v - 1]!.lower)) continue;
      const subject = ctx.clauses.subjectOf(v, si);
      if (!subject || !ctx.index.actors.has(subject)) continue;
      let objFrom = v + 1;
      if (GIVING_PARTICLES.has(tokens[objFrom]?.lower ?? '')) objFrom++;
      const first = tokens[objFrom];
      if (!first || !OBJECT_START_TAGS.has(first.pos) || first.pos === 'VERB') continue;
      const objTo = objectEnd(ctx, objFrom, termEnd(tokens, objFrom, to));
      if (objTo - objFrom < 2 || actorAt(ctx, objFrom)?.to === objTo) continue;
      const span = spanOf(ctx, objFrom, objTo);
      if (taken(span.start, span.end)) continue;
      out.push({
        ...span,
        role: giving ? 'gives' : 'gets',
        for: [sideOf(ctx, subject)],
        evidence: [spanOf(ctx, v - 1, objTo)],
      });
    }
  }
  return out;
}

/** The condition marker at token k, as its length in tokens, or 0. */
function markerAt(ctx: SideContext, k: number): number {
  const { tokens } = ctx.doc;
  for (const phrase of CONDITION_MARKERS) {
    if (!phrase.every((w, i) => tokens[k + i]?.lower === w)) continue;
    if (phrase.length === 1 && NOT_CONDITION_BEFORE_IF.has(tokens[k - 1]?.lower ?? '')) return 0;
    return phrase.length;
  }
  return 0;
}

/** A bare "if" makes a condition of a proposal only in a sentence that says what would happen. */
function hasModal(ctx: SideContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = ctx.doc.tokens[k]!;
    if (t.lower !== 'to' && HYPOTHETICAL_AUXILIARIES.has(t.lower)) return true;
  }
  return false;
}

/**
 * Conditions in the sentences that name a proposal, each given to the proposal named nearest before
 * it (else after it) and for the actor that opens it ("provided that Norland withdraws ...").
 */
export function conditionTerms(ctx: SideContext, drafts: ProposalDraft[]): Map<string, TermRoleDraft[]> {
  const { tokens } = ctx.doc;
  const out = new Map<string, TermRoleDraft[]>();
  const bySentence = new Map<number, { key: string; at: number }[]>();
  for (const d of drafts) {
    for (const m of d.mentions) {
      const list = bySentence.get(m.sentence) ?? [];
      list.push({ key: d.key, at: m.from });
      bySentence.set(m.sentence, list);
    }
  }
  for (const [si, mentions] of bySentence) {
    if (ctx.doc.skip[si]) continue;
    const [from, to] = ctx.doc.sentenceTokens[si] ?? [0, 0];
    for (let k = from; k < to; k++) {
      const length = markerAt(ctx, k);
      if (length === 0) continue;
      if (tokens[k]!.lower === 'if' && length === 1 && !hasModal(ctx, from, to)) continue;
      let end = k + length;
      while (end < to && end - k < 24 && !TERM_BOUNDARY.has(tokens[end]!.text)) end++;
      if (end - (k + length) < 2) continue;
      const owner = nearest(mentions, k);
      const opener = actorAt(ctx, k + length + (tokens[k + length]?.pos === 'DET' ? 1 : 0));
      const span = spanOf(ctx, k + length, end);
      const line: TermRoleDraft = {
        ...span,
        role: 'condition',
        for: opener ? [opener.key] : [],
        evidence: [spanOf(ctx, k, end)],
      };
      out.set(owner, [...(out.get(owner) ?? []), line]);
      k = end;
    }
  }
  return out;
}

function nearest(mentions: { key: string; at: number }[], k: number): string {
  const before = mentions.filter((m) => m.at < k).sort((a, b) => b.at - a.at)[0];
  return (before ?? [...mentions].sort((a, b) => a.at - b.at)[0]!).key;
}
