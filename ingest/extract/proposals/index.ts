// The proposal pass: offers, drafts, demands and deals. Finds the phrases that name one, groups those
// that name the same proposal, and reads who put it forward and its terms.
import type { ActorIndex } from '../actors';
import { Clauses, type EntitySpan } from '../clauses';
import type { Doc } from '../document';
import { clusterProposals } from './clustering';
import { conditionTerms, verbTerms } from './conditions';
import { findCounters, type CounterDraft } from './counters';
import { proposalEntities, type ProposalDraft } from './drafts';
import { findProposalMentions } from './mentions';
import { addDealParties, addEffortAgents, addPassiveProposers, addStatedDemands } from './proposers';
import { termRoles, type TermRoleDraft } from './roles';
import { sideContext } from './sides';
import { readTerms } from './terms';
import { findVerbProposals } from './verbs';

export type { ProposalDraft } from './drafts';
export type { CounterDraft } from './counters';
export type { TermRoleDraft } from './roles';
export { addMeetingDealParties } from './proposers';

/** Proposals from nouns and verbs, with their terms and proposers, and the clause reader that knows them. */
export function findProposals(doc: Doc, index: ActorIndex): { drafts: ProposalDraft[]; clauses: Clauses } {
  const actorEntities: EntitySpan[] = index.mentions.map((m) => ({
    type: 'actor',
    ref: m.actor,
    from: m.from,
    to: m.to,
    start: m.start,
    end: m.end,
    possessive: m.possessive,
  }));
  const actorClauses = new Clauses(doc, index, actorEntities);
  const nounMentions = findProposalMentions(doc, index, actorClauses);
  const verbMentions = findVerbProposals(doc, actorClauses, nounMentions);
  const drafts = clusterProposals(doc, [...nounMentions, ...verbMentions]);
  const personSpans = new Set(
    index.mentions
      .filter((m) => index.actors.get(m.actor)?.kind === 'person')
      .map((m) => `${m.from}:${m.to}`),
  );
  readTerms(doc, drafts, (from, to) => personSpans.has(`${from}:${to}`));
  const entities = [...actorEntities, ...proposalEntities(drafts)].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
  const clauses = new Clauses(doc, index, entities);
  addDealParties(doc, clauses, drafts);
  addStatedDemands(doc, index, clauses, drafts);
  addPassiveProposers(doc, clauses, drafts);
  addEffortAgents(doc, clauses, drafts);
  return { drafts, clauses };
}

/** What each proposal trades (its terms with roles and sides) and which earlier proposal it answers. */
export function readTrades(
  doc: Doc,
  index: ActorIndex,
  clauses: Clauses,
  drafts: ProposalDraft[],
): { roles: Map<string, TermRoleDraft[]>; counters: Map<string, CounterDraft[]> } {
  const ctx = sideContext(doc, index, clauses);
  const conditions = conditionTerms(ctx, drafts);
  const roles = new Map<string, TermRoleDraft[]>();
  for (const d of drafts) {
    const own = termRoles(ctx, d);
    roles.set(d.key, mergeLines([...own, ...verbTerms(ctx, d, own), ...(conditions.get(d.key) ?? [])]));
  }
  return { roles, counters: findCounters(ctx, drafts) };
}

/** One line per text, role and sides: overlapping terms that say the same thing keep all their evidence. */
function mergeLines(lines: TermRoleDraft[]): TermRoleDraft[] {
  const out = new Map<string, TermRoleDraft>();
  for (const l of lines) {
    const key = `${l.role}|${l.text}|${[...l.for].sort().join(',')}`;
    const same = out.get(key);
    if (same) same.evidence.push(...l.evidence);
    else out.set(key, { ...l, evidence: [...l.evidence] });
  }
  return [...out.values()];
}
