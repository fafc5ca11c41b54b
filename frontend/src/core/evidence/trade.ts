// What a proposal trades, for its details panel: one column per side with what that side gives, gets
// and is bound by, each line with the quotes behind it. Between two sides, a line one side gives is also
// shown as what the other gets (marked as the other side's), so both columns read whole.
import type { GraphJson, GraphNode } from '../../../shared/api';
import { runQuery } from '../api/client';
import { nodeTitle } from '../appearance/utils';
import { stringProp } from '../data/utils';
import type { EvidenceQuote } from './types';
import { evidenceFromGraph } from './utils';

/** The proposal's terms, the actors they are for, their quotes with articles, and its proposers. */
export const PROPOSAL_TRADE = `
MATCH (p:Proposal) WHERE elementId(p) = $id
OPTIONAL MATCH (p)-[h:HAS_TERM]->(t:Term)
OPTIONAL MATCH (t)-[f:FOR]->(a:Actor)
OPTIONAL MATCH (t)-[e:EVIDENCED_BY]->(q:Quote)
OPTIONAL MATCH (q)-[i:IN]->(art:Article)
RETURN p, h, t, f, a, e, q, i, art
UNION
MATCH (p:Proposal) WHERE elementId(p) = $id
MATCH (s:Actor)-[pr:PROPOSED]->(p)
RETURN p, pr AS h, s AS t, null AS f, null AS a, null AS e, null AS q, null AS i, null AS art`;

export type TradeRole = 'gives' | 'gets' | 'condition';

export interface TradeLine {
  key: string;
  text: string;
  role: TradeRole;
  /** Shown for the other side of a two-sided trade: the side whose term it is. */
  from: string | null;
  quotes: EvidenceQuote[];
}

export interface TradeSide {
  id: string;
  name: string;
  gives: TradeLine[];
  gets: TradeLine[];
  conditions: TradeLine[];
}

export interface Trade {
  sides: TradeSide[];
  /** Conditions for no one side. */
  conditions: TradeLine[];
}

const ROLES = new Set<string>(['gives', 'gets', 'condition']);

/** Builds the columns from a PROPOSAL_TRADE answer. */
export function tradeFromGraph(graph: GraphJson, proposalElementId: string): Trade {
  const nodes = new Map(graph.nodes.map((n) => [n.elementId, n]));
  const quotesOf = new Map<string, EvidenceQuote[]>();
  const allQuotes = new Map(evidenceFromGraph(graph).map((q) => [q.elementId, q]));
  const forOf = new Map<string, GraphNode[]>();
  const proposers: GraphNode[] = [];
  const terms: GraphNode[] = [];
  for (const rel of graph.relationships) {
    const from = nodes.get(rel.startNodeElementId);
    const to = nodes.get(rel.endNodeElementId);
    if (!from || !to) continue;
    if (rel.type === 'HAS_TERM' && rel.startNodeElementId === proposalElementId) terms.push(to);
    else if (rel.type === 'FOR') forOf.set(from.elementId, [...(forOf.get(from.elementId) ?? []), to]);
    else if (rel.type === 'PROPOSED') proposers.push(from);
    else if (rel.type === 'EVIDENCED_BY') {
      const quote = allQuotes.get(to.elementId);
      if (quote) quotesOf.set(from.elementId, [...(quotesOf.get(from.elementId) ?? []), quote]);
    }
  }
  const sides = new Map<string, TradeSide>();
  const sideOf = (actor: GraphNode): TradeSide => {
    const side = sides.get(actor.elementId) ?? {
      id: actor.elementId,
      name: nodeTitle(actor),
      gives: [],
      gets: [],
      conditions: [],
    };
    sides.set(actor.elementId, side);
    return side;
  };
  const conditions: TradeLine[] = [];
  for (const term of uniqueById(terms)) {
    const role = stringProp(term, 'role') ?? '';
    if (!ROLES.has(role)) continue;
    const line: TradeLine = {
      key: term.elementId,
      text: stringProp(term, 'text') ?? '',
      role: role as TradeRole,
      from: null,
      quotes: quotesOf.get(term.elementId) ?? [],
    };
    const owners = uniqueById(forOf.get(term.elementId) ?? []);
    if (owners.length === 0 && line.role === 'condition') conditions.push(line);
    for (const owner of owners) addLine(sideOf(owner), line);
  }
  // The proposers that are not people stand as sides too, so the other side of a trade has a column.
  for (const p of uniqueById(proposers)) if (!p.labels.includes('Person')) sideOf(p);
  const list = [...sides.values()].sort((a, b) => a.name.localeCompare(b.name));
  if (list.length === 2) mirror(list[0]!, list[1]!);
  return { sides: list, conditions };
}

function addLine(side: TradeSide, line: TradeLine): void {
  const list = line.role === 'gives' ? side.gives : line.role === 'gets' ? side.gets : side.conditions;
  list.push(line);
}

/** What one side gives the other gets, and the other way round. */
function mirror(a: TradeSide, b: TradeSide): void {
  const own = (s: TradeSide) => ({ gives: [...s.gives], gets: [...s.gets] });
  const [ownA, ownB] = [own(a), own(b)];
  const copy = (line: TradeLine, from: string, role: TradeRole): TradeLine => ({
    ...line,
    key: `${line.key}:${role}`,
    role,
    from,
  });
  for (const line of ownA.gives) b.gets.push(copy(line, a.name, 'gets'));
  for (const line of ownA.gets) b.gives.push(copy(line, a.name, 'gives'));
  for (const line of ownB.gives) a.gets.push(copy(line, b.name, 'gets'));
  for (const line of ownB.gets) a.gives.push(copy(line, b.name, 'gives'));
}

function uniqueById(nodes: GraphNode[]): GraphNode[] {
  return [...new Map(nodes.map((n) => [n.elementId, n])).values()];
}

/** Fetches a proposal's trade. */
export async function fetchTrade(id: string, signal?: AbortSignal): Promise<Trade> {
  const response = await runQuery(PROPOSAL_TRADE, { id }, { signal, rows: false });
  if (response.error) throw new Error(response.error.message);
  return tradeFromGraph(response.graph, id);
}
