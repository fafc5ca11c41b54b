// Counter-proposals: a proposal by another party that answers an earlier one. Read from its head
// ("a counteroffer", "changes to the offer", "an alternative plan") and from a side turning one proposal
// down and making its own in the same sentence ("rejected the offer and proposed ...").
import type { Span } from '../../../schema';
import { COUNTER_HEADS, COUNTER_MODIFIERS, REJECTING_LEMMAS } from '../lexicon';
import type { ProposalDraft, ProposalMention } from './drafts';
import { spanOf } from './roles';
import { sideOf, sidesOf, type SideContext } from './sides';

/** One proposal answering another (by draft key), with the words that say so. */
export interface CounterDraft {
  target: string;
  evidence: Span[];
}

/** Counter links by the answering proposal's key. */
export function findCounters(ctx: SideContext, drafts: ProposalDraft[]): Map<string, CounterDraft[]> {
  const out = new Map<string, CounterDraft[]>();
  const add = (from: ProposalDraft, target: ProposalDraft, evidence: Span) => {
    if (from === target || !apart(ctx, from, target)) return;
    const list = out.get(from.key) ?? [];
    const same = list.find((c) => c.target === target.key);
    if (same) same.evidence.push(evidence);
    else list.push({ target: target.key, evidence: [evidence] });
    out.set(from.key, list);
  };
  for (const d of drafts) {
    for (const m of d.mentions) {
      if (!isCounterPhrase(ctx, m)) continue;
      const target = answered(ctx, drafts, d, m);
      if (target) add(d, target, spanOf(ctx, counterStart(ctx, m), Math.max(m.to, m.complementTo)));
    }
  }
  for (const found of rejectedThenProposed(ctx, drafts)) add(found.counter, found.target, found.evidence);
  return out;
}

/** Both have proposers and no side in common: an answer comes from the other party. */
function apart(ctx: SideContext, a: ProposalDraft, b: ProposalDraft): boolean {
  const sa = sidesOf(ctx, a);
  const sb = sidesOf(ctx, b);
  return sa.size > 0 && sb.size > 0 && ![...sa].some((s) => sb.has(s));
}

/** "a counteroffer", "an alternative plan", "changes to the offer" (a verb's object, headed by its last word). */
function isCounterPhrase(ctx: SideContext, m: ProposalMention): boolean {
  for (let k = m.from; k < m.to; k++) {
    const word = ctx.doc.tokens[k]!.lower;
    if (COUNTER_HEADS.has(word) || COUNTER_MODIFIERS.has(word)) return true;
  }
  return false;
}

function counterStart(ctx: SideContext, m: ProposalMention): number {
  if (m.quoteStart === undefined) return m.from;
  return ctx.tokenAt.get(m.quoteStart) ?? m.from;
}

/**
 * The proposal a counter phrase answers: one named in its own complement ("changes to the offer",
 * "a counterproposal to X's plan"), else the latest one named before it.
 */
function answered(
  ctx: SideContext,
  drafts: ProposalDraft[],
  d: ProposalDraft,
  m: ProposalMention,
): ProposalDraft | null {
  const end = Math.max(m.complementTo, m.to);
  const inside = drafts.find(
    (x) => x !== d && x.mentions.some((o) => o.sentence === m.sentence && o.from > m.from && o.from < end),
  );
  if (inside) return inside;
  let best: { draft: ProposalDraft; start: number } | null = null;
  for (const x of drafts) {
    if (x === d || !apart(ctx, d, x)) continue;
    for (const o of x.mentions) {
      if (o.start < m.start && (!best || o.start > best.start)) best = { draft: x, start: o.start };
    }
  }
  return best?.draft ?? null;
}

/** "A rejected B's offer and proposed its own plan": A's proposal, named after the rejection, answers B's. */
function rejectedThenProposed(
  ctx: SideContext,
  drafts: ProposalDraft[],
): { counter: ProposalDraft; target: ProposalDraft; evidence: Span }[] {
  const found: { counter: ProposalDraft; target: ProposalDraft; evidence: Span }[] = [];
  const mentions = drafts.flatMap((d) => d.mentions.map((m) => ({ d, m })));
  for (const { d: target, m: rejected } of mentions) {
    const v = rejectingVerb(ctx, rejected.from);
    if (v === null) continue;
    const subject = ctx.clauses.subjectOf(v, rejected.sentence);
    if (!subject || !ctx.index.actors.has(subject)) continue;
    const side = sideOf(ctx, subject);
    for (const { d: counter, m } of mentions) {
      if (m.sentence !== rejected.sentence || m.from <= rejected.to || counter === target) continue;
      if (!sidesOf(ctx, counter).has(side)) continue;
      found.push({ counter, target, evidence: spanOf(ctx, v, m.to) });
    }
  }
  return found;
}

/** The verb turning down the proposal named at token `from` ("rejected", "turned down"), a few words before it. */
function rejectingVerb(ctx: SideContext, from: number): number | null {
  const { tokens } = ctx.doc;
  for (let v = from - 1; v >= Math.max(0, from - 3); v--) {
    const t = tokens[v]!;
    if (t.pos === 'VERB' && REJECTING_LEMMAS.has(t.lemma)) return v;
    if (v > 0 && REJECTING_LEMMAS.has(`${tokens[v - 1]!.lemma} ${t.lower}`)) return v - 1;
    if (t.pos === 'PUNCT' || t.pos === 'VERB') return null;
  }
  return null;
}
