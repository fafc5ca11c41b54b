// What is on screen once the legend's filters apply.
import { nodeCategory } from '../appearance/utils';
import type { NodeCategory } from '../appearance/types';
import type { Dataset } from '../data/types';
import type { Filters } from './types';

export const NO_FILTERS: Filters = { hiddenCategories: new Set(), hiddenTypes: new Set() };

/** Hidden until the legend shows them: the evidence and the terms of proposals. At corpus size quotes and
 * articles are most of the nodes, and each is one click away in the details panel of what it evidences;
 * a proposal's terms are listed, side by side, in its own details. */
export const DEFAULT_HIDDEN_CATEGORIES: readonly NodeCategory[] = ['Quote', 'Article', 'Term'];

/** Whether `hidden` is the default set (the URL then leaves it out). */
export function isDefaultHidden(hidden: readonly NodeCategory[]): boolean {
  const set = new Set(hidden);
  return set.size === DEFAULT_HIDDEN_CATEGORIES.length && DEFAULT_HIDDEN_CATEGORIES.every((c) => set.has(c));
}

export interface VisibleCounts {
  nodes: number;
  relationships: number;
}

/** Nodes not hidden, and relationships not hidden whose two ends are not hidden. */
export function visibleCounts(dataset: Dataset, filters: Filters): VisibleCounts {
  const hiddenNodes = new Set<string>();
  for (const node of dataset.nodes.values()) {
    if (filters.hiddenCategories.has(nodeCategory(node.labels))) hiddenNodes.add(node.elementId);
  }
  let relationships = 0;
  for (const rel of dataset.relationships.values()) {
    if (filters.hiddenTypes.has(rel.type)) continue;
    if (hiddenNodes.has(rel.startNodeElementId) || hiddenNodes.has(rel.endNodeElementId)) continue;
    relationships++;
  }
  return { nodes: dataset.nodes.size - hiddenNodes.size, relationships };
}

export interface LegendEntry<K extends string> {
  key: K;
  count: number;
  hidden: boolean;
}

/** Categories and relationship types present in the dataset, with counts, in legend order. */
export function legendEntries(
  dataset: Dataset,
  filters: Filters,
  order: readonly NodeCategory[],
): { categories: LegendEntry<NodeCategory>[]; types: LegendEntry<string>[] } {
  const categoryCounts = new Map<NodeCategory, number>();
  for (const node of dataset.nodes.values()) {
    const category = nodeCategory(node.labels);
    categoryCounts.set(category, (categoryCounts.get(category) ?? 0) + 1);
  }
  const typeCounts = new Map<string, number>();
  for (const rel of dataset.relationships.values()) {
    typeCounts.set(rel.type, (typeCounts.get(rel.type) ?? 0) + 1);
  }
  return {
    categories: order
      .filter((c) => categoryCounts.has(c))
      .map((key) => ({
        key,
        count: categoryCounts.get(key) ?? 0,
        hidden: filters.hiddenCategories.has(key),
      })),
    types: [...typeCounts.keys()]
      .sort()
      .map((key) => ({ key, count: typeCounts.get(key) ?? 0, hidden: filters.hiddenTypes.has(key) })),
  };
}

export function toggled<T>(set: ReadonlySet<T>, item: T): Set<T> {
  const next = new Set(set);
  if (next.has(item)) next.delete(item);
  else next.add(item);
  return next;
}
