// Agentless passives: "X's offer for Y was rejected", "the bid for Y had been turned down, Y said". With no
// "by" agent, the one the proposal was made to (named after "for" or as what it would buy) took the step,
// or else the one other side that made proposals of its own; a proposal with no such party ("a bid from X
// was rejected, the council said") gives no holder.
import type { Polarity } from '../../schema';
import type { EntitySpan } from './clauses';
import {
  ADDRESSED_PROPOSAL_HEADS,
  BUYING_LEMMAS,
  PASSIVE_AUXILIARIES,
  PERFECT_AUXILIARIES,
  PRONOUN_OBJECTS,
  RECIPIENT_PREPOSITIONS,
} from './lexicon';
import type { Reader } from './speakers';
import { latestProposal } from './stance-targets';
import { spanOf, stancesToward, TERM_BREAKS, type StanceDraft } from './stances';

/**
 * The stance of a passive stance verb at v (its phrase `length` tokens long) with no agent: the proposal
 * before "be" (or the one "it" stands for) is the target, the party it was made to the holder. Null when
 * the verb is not such a passive; empty when it is but no holder can be told.
 */
export function reportedPassive(
  reader: Reader,
  si: number,
  v: number,
  length: number,
  polarity: Polarity | null,
): StanceDraft[] | null {
  const { doc } = reader;
  const { tokens } = doc;
  const [from] = doc.sentenceTokens[si] ?? [0, 0];
  if (tokens[v]!.lower === tokens[v]!.lemma) return null;
  if (tokens[v + length]?.lower === 'by') return null;
  let k = v - 1;
  while (k > from && tokens[k]!.pos === 'ADV') k--;
  const aux = k >= from ? tokens[k] : undefined;
  if (!aux || !PASSIVE_AUXILIARIES.has(aux.lemma) || !(aux.pos === 'AUX' || aux.pos === 'VERB')) return null;
  let m = k - 1;
  while (m > from && (PERFECT_AUXILIARIES.has(tokens[m]!.lower) || tokens[m]!.pos === 'ADV')) m--;
  const target = passiveSubject(reader, m, from);
  if (!target) return null;
  if (!polarity) return [];
  const addressed = recipients(reader, target.ref);
  const holders = addressed.length > 0 ? addressed : counterparts(reader, target.ref);
  if (holders.length !== 1) return [];
  return stancesToward(holders, target, polarity, spanOf(doc, target.from, v + length));
}

/**
 * The proposal ending at token m (inclusive) or before its complement there, or the one a pronoun there
 * refers back to; `from` is where the sentence starts.
 */
function passiveSubject(reader: Reader, m: number, from: number): EntitySpan | null {
  const { clauses } = reader;
  const { tokens } = reader.doc;
  if (PRONOUN_OBJECTS.has(tokens[m]?.lower ?? '')) {
    const p = latestProposal(clauses, m);
    return p && { ...p, from: m, to: m + 1 };
  }
  const direct = clauses.entityEndingAt(m + 1, 'proposal');
  if (direct) return direct;
  // "X's proposal to allow talks between Y and Z was rejected": the proposal before its complement.
  for (let k = m; k > Math.max(from, m - COMPLEMENT_REACH); k--) {
    if (TERM_BREAKS.has(tokens[k]!.text)) return null;
    const p = clauses.entityEndingAt(k, 'proposal');
    if (p) return COMPLEMENT_OPENERS.has(tokens[k]!.lower) ? p : null;
  }
  return null;
}
/** How far before "be" a proposal may end when its complement stands between them. */
const COMPLEMENT_REACH = 12;
/** Words that open a proposal's complement: "a plan to ...", "an offer for ...", "a deal on ...". */
const COMPLEMENT_OPENERS = new Set(['to', 'for', 'on', 'over']);

/**
 * "Y sought X. X's proposal was rejected.": with no one named to receive it, the other side of the
 * bargain, when the article has exactly one: the makers of every other proposal, the proposal's own
 * makers aside. None when its makers are unknown.
 */
function counterparts(reader: Reader, ref: string): string[] {
  const makers = reader.proposersOf(ref);
  if (makers.size === 0) return [];
  const others = new Set<string>();
  for (const p of reader.clauses.entities)
    if (p.type === 'proposal' && p.ref !== ref)
      for (const x of reader.proposersOf(p.ref)) if (!makers.has(x)) others.add(x);
  return [...others];
}

/**
 * The parties a proposal was made to: actors in or just after its mentions named after "for" or "to" ("an offer for
 * Y", "a proposal to Y") or as the object of a verb of buying ("an offer to acquire Y"), who did not make it.
 */
function recipients(reader: Reader, ref: string): string[] {
  const { clauses } = reader;
  const { tokens } = reader.doc;
  const makers = reader.proposersOf(ref);
  const out = new Set<string>();
  for (const p of clauses.entities) {
    if (p.type !== 'proposal' || p.ref !== ref) continue;
    // "an offer for Y", not "aid for Y": only a bid or a proposal is made to someone who may refuse it.
    if (!tokens.slice(p.from, p.to).some((t) => ADDRESSED_PROPOSAL_HEADS.has(t.lower))) continue;
    for (const e of clauses.entities) {
      // Inside the mention, or just after it ("a bid for Y", "an offer to buy Y").
      if (e.type !== 'actor' || e.from <= p.from || e.from > p.to + 2 || makers.has(e.ref)) continue;
      const before = tokens[e.from - 1]!;
      if (RECIPIENT_PREPOSITIONS.has(before.lower) || BUYING_LEMMAS.has(before.lemma)) out.add(e.ref);
    }
  }
  return [...out];
}
