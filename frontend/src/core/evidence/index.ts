// Fetches what the details panel and the article reader show.
import type { GraphJson, GraphNode, GraphRelationship, QueryResponse } from '../../../shared/api';
import { runQuery } from '../api/client';
import type { RowElements } from '../../../shared/evidence';
import {
  ARTICLE_READER,
  EDGE_DETAILS,
  NODE_DETAILS,
  NODE_EVIDENCE,
  ROW_EVIDENCE,
  ROW_EVIDENCE_MAX,
} from '../api/queries';
import { stringListProp } from '../data/utils';
import type { ArticleInfo, ArticleSpan, EvidenceQuote } from './types';
import { articleInfo, articleSpans, evidenceFromGraph } from './utils';

export class DetailsError extends Error {
  override name = 'DetailsError';
}

function check(response: QueryResponse): QueryResponse {
  if (response.error) throw new DetailsError(response.error.message);
  return response;
}

export interface Neighbour {
  rel: GraphRelationship;
  other: GraphNode;
  direction: 'out' | 'in';
}

export interface NodeDetails {
  node: GraphNode;
  neighbours: Neighbour[];
  quotes: EvidenceQuote[];
  /** Everything fetched, so a neighbour can be put on the canvas. */
  graph: GraphJson;
}

export async function fetchNodeDetails(id: string, signal?: AbortSignal): Promise<NodeDetails | null> {
  const [details, evidence] = await Promise.all([
    runQuery(NODE_DETAILS, { id }, { signal }).then(check),
    runQuery(NODE_EVIDENCE, { id }, { signal }).then(check),
  ]);
  const nodes = new Map(details.graph.nodes.map((n) => [n.elementId, n]));
  const node = nodes.get(id);
  if (!node) return null;
  const neighbours: Neighbour[] = [];
  for (const rel of details.graph.relationships) {
    const out = rel.startNodeElementId === id;
    const other = nodes.get(out ? rel.endNodeElementId : rel.startNodeElementId);
    if (other) neighbours.push({ rel, other, direction: out ? 'out' : 'in' });
  }
  return { node, neighbours, quotes: evidenceFromGraph(evidence.graph), graph: details.graph };
}

export interface EdgeDetails {
  rel: GraphRelationship;
  source: GraphNode;
  target: GraphNode;
  quotes: EvidenceQuote[];
  graph: GraphJson;
}

export async function fetchEdgeDetails(id: string, signal?: AbortSignal): Promise<EdgeDetails | null> {
  const response = check(await runQuery(EDGE_DETAILS, { id }, { signal }));
  const rel = response.graph.relationships.find((r) => r.elementId === id);
  if (!rel) return null;
  const nodes = new Map(response.graph.nodes.map((n) => [n.elementId, n]));
  const source = nodes.get(rel.startNodeElementId);
  const target = nodes.get(rel.endNodeElementId);
  if (!source || !target) return null;
  const quotes = evidenceFromGraph(response.graph, stringListProp(rel, 'quoteIds'));
  return { rel, source, target, quotes, graph: response.graph };
}

export interface ArticleDocument {
  article: ArticleInfo;
  spans: ArticleSpan[];
  graph: GraphJson;
}

export async function fetchArticle(articleId: string, signal?: AbortSignal): Promise<ArticleDocument | null> {
  const response = check(await runQuery(ARTICLE_READER, { id: articleId }, { signal }));
  const node = response.graph.nodes.find(
    (n) => n.labels.includes('Article') && n.properties.id === articleId,
  );
  if (!node) return null;
  return {
    article: articleInfo(node),
    spans: articleSpans(response.graph, node.elementId),
    graph: response.graph,
  };
}

/** The quotes behind one row of a result (what the server counted for it), each with its article. */
export async function fetchRowEvidence(
  elements: RowElements,
  signal?: AbortSignal,
): Promise<EvidenceQuote[]> {
  const params = { nodes: elements.nodes, relationships: elements.relationships, max: ROW_EVIDENCE_MAX };
  const response = check(await runQuery(ROW_EVIDENCE, params, { signal, rows: false }));
  return evidenceFromGraph(response.graph);
}
