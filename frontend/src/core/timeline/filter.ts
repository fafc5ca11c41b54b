// What the canvas shows under the timeline's filter, computed from the events and the open view's own
// nodes and relationships:
// - a date range keeps the events (articles, meetings, stances) dated inside it and the undated nodes
//   next to them (their actors, the proposals they concern, their quotes);
// - chosen articles keep those articles, their quotes and every node those quotes evidence;
// - an article to see the graph as of keeps what stood once it was loaded (asOf.ts);
// - together they keep what all of them keep.
// A relationship is shown when both its ends are, unless the article filters hide it by its own quotes
// (quotes.ts).
import { nodeCategory } from '../appearance/utils';
import type { Dataset } from '../data/types';
import type { Filters } from '../filters/types';
import { asOfArticle } from './asOf';
import { relationshipsOutside } from './quotes';
import type { TimelineEvent, TimelineFilter, TimelineShown } from './types';
import { inRange } from './utils';

/** Nodes a range brings in beside its events: they have no date of their own. */
const UNDATED = new Set(['Actor', 'Proposal', 'Quote']);

function isUndated(labels: readonly string[]): boolean {
  return (
    labels.some((l) => UNDATED.has(l)) &&
    !labels.some((l) => l === 'Article' || l === 'Meeting' || l === 'Stance')
  );
}

/** Node elementIds the range keeps. */
export function nodesInRange(
  dataset: Dataset,
  events: readonly TimelineEvent[],
  range: NonNullable<TimelineFilter['range']>,
): Set<string> {
  const kept = new Set<string>();
  for (const e of events) if (inRange(e.day, range) && dataset.nodes.has(e.id)) kept.add(e.id);
  const near = new Set<string>();
  for (const rel of dataset.relationships.values()) {
    const [a, b] = [rel.startNodeElementId, rel.endNodeElementId];
    if (kept.has(a) && undatedNode(dataset, b)) near.add(b);
    if (kept.has(b) && undatedNode(dataset, a)) near.add(a);
  }
  for (const id of near) kept.add(id);
  return kept;
}

function undatedNode(dataset: Dataset, id: string): boolean {
  const node = dataset.nodes.get(id);
  return node !== undefined && isUndated(node.labels);
}

/** Node elementIds the articles keep: them, their quotes (IN) and what the quotes evidence. */
export function nodesOfArticles(dataset: Dataset, articles: ReadonlySet<string>): Set<string> {
  const kept = new Set<string>();
  for (const id of articles) if (dataset.nodes.has(id)) kept.add(id);
  const quotes = new Set<string>();
  for (const rel of dataset.relationships.values()) {
    if (rel.type === 'IN' && articles.has(rel.endNodeElementId)) quotes.add(rel.startNodeElementId);
  }
  for (const rel of dataset.relationships.values()) {
    if (rel.type === 'EVIDENCED_BY' && quotes.has(rel.endNodeElementId)) kept.add(rel.startNodeElementId);
  }
  for (const q of quotes) kept.add(q);
  return kept;
}

/** What the canvas shows, or null when the timeline filters nothing. */
export function shownByTimeline(
  dataset: Dataset,
  events: readonly TimelineEvent[],
  filter: TimelineFilter,
): TimelineShown | null {
  const asOf = filter.asOf ? asOfArticle(dataset, filter.asOf) : null;
  const byRange = filter.range ? nodesInRange(dataset, events, filter.range) : null;
  const byArticles = filter.articles.size > 0 ? nodesOfArticles(dataset, filter.articles) : null;
  const byAsOf = filter.asOf ? (asOf?.shown ?? new Set<string>()) : null;
  const kept = [byRange, byArticles, byAsOf].filter((s): s is Set<string> => s !== null);
  const [head, ...rest] = kept;
  if (!head) return null;
  const nodes = rest.length === 0 ? head : new Set([...head].filter((id) => rest.every((s) => s.has(id))));
  const hiddenRelationships = new Set(asOf?.hiddenRelationships);
  if (filter.articles.size > 0) {
    for (const id of relationshipsOutside(dataset, (a) => filter.articles.has(a)))
      hiddenRelationships.add(id);
  }
  return { nodes, hiddenRelationships };
}

/** The nodes the article chosen to see the graph as of added, or null when none is chosen. */
export function addedNodes(dataset: Dataset, filter: TimelineFilter): ReadonlySet<string> | null {
  if (!filter.asOf) return null;
  return asOfArticle(dataset, filter.asOf)?.added ?? new Set<string>();
}

export interface ShownCounts {
  nodes: number;
  relationships: number;
}

/** Nodes and relationships on screen once the legend's filters and the timeline's apply: a
 * relationship counts when its type and both its ends are shown and the timeline does not hide it. */
export function shownCounts(dataset: Dataset, legend: Filters, shown: TimelineShown | null): ShownCounts {
  const visible = new Set<string>();
  for (const node of dataset.nodes.values()) {
    if (legend.hiddenCategories.has(nodeCategory(node.labels))) continue;
    if (shown && !shown.nodes.has(node.elementId)) continue;
    visible.add(node.elementId);
  }
  let relationships = 0;
  for (const rel of dataset.relationships.values()) {
    if (legend.hiddenTypes.has(rel.type) || shown?.hiddenRelationships.has(rel.elementId)) continue;
    if (visible.has(rel.startNodeElementId) && visible.has(rel.endNodeElementId)) relationships++;
  }
  return { nodes: visible.size, relationships };
}
