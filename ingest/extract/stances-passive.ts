// Agentless passives: "X's offer for Y was rejected", "the bid for Y had been turned down, Y said". With no
// "by" agent, the one the proposal was made to (named after "for" or as what it would buy) took the step;
// a proposal with no such party ("a bid from X was rejected, the council said") gives no holder.
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
import { spanOf, stancesToward, type StanceDraft } from './stances';

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
  const target = passiveSubject(reader, m);
  if (!target) return null;
  if (!polarity) return [];
  const holders = recipients(reader, target.ref);
  if (holders.length !== 1) return [];
  return stancesToward(holders, target, polarity, spanOf(doc, target.from, v + length));
}

/** The proposal ending at token m (inclusive), or the one a pronoun there refers back to. */
function passiveSubject(reader: Reader, m: number): EntitySpan | null {
  const { clauses } = reader;
  const { tokens } = reader.doc;
  if (PRONOUN_OBJECTS.has(tokens[m]?.lower ?? '')) {
    const p = latestProposal(clauses, m);
    return p && { ...p, from: m, to: m + 1 };
  }
  return clauses.entityEndingAt(m + 1, 'proposal');
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
