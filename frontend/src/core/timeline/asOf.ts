// The graph "as of an article": what stood once that article was loaded with every article before it in
// date order, and what that article added. Derived from the evidence alone, never from the load order: a
// node was added by the earliest article (by date, then id) whose quotes evidence it, so loading the
// articles in another order gives the same answer.
import { nodeCategory } from '../appearance/utils';
import type { Dataset } from '../data/types';
import { stringProp } from '../data/utils';
import { relationshipsOutside } from './quotes';

export interface AsOf {
  /** Node elementIds standing as of the article: earlier articles, their quotes and what they evidence. */
  shown: Set<string>;
  /** Node elementIds the article added (its own article node and quotes aside). */
  added: Set<string>;
  /** Relationship elementIds whose quotes all come from later articles, though both ends are shown. */
  hiddenRelationships: Set<string>;
}

/** An article's place in date order: undated articles first, then by date, ties by id. */
function articleKey(dataset: Dataset, elementId: string): string | null {
  const node = dataset.nodes.get(elementId);
  if (!node || !node.labels.includes('Article')) return null;
  return `${stringProp(node, 'date') ?? ''}\u0000${stringProp(node, 'id') ?? elementId}`;
}

/** The graph as of the article `articleId` (an elementId); null when the dataset does not hold it. */
export function asOfArticle(dataset: Dataset, articleId: string): AsOf | null {
  const limit = articleKey(dataset, articleId);
  if (limit === null) return null;
  const quoteArticle = new Map<string, string>();
  for (const rel of dataset.relationships.values()) {
    if (rel.type !== 'IN') continue;
    const key = articleKey(dataset, rel.endNodeElementId);
    if (key !== null) quoteArticle.set(rel.startNodeElementId, key);
  }
  // The earliest article that evidences each node.
  const first = new Map<string, string>();
  for (const [quote, key] of quoteArticle) first.set(quote, key);
  for (const rel of dataset.relationships.values()) {
    if (rel.type !== 'EVIDENCED_BY') continue;
    const key = quoteArticle.get(rel.endNodeElementId);
    if (key === undefined) continue;
    const known = first.get(rel.startNodeElementId);
    if (known === undefined || key < known) first.set(rel.startNodeElementId, key);
  }
  const shown = new Set<string>();
  const added = new Set<string>();
  for (const node of dataset.nodes.values()) {
    const id = node.elementId;
    const key = node.labels.includes('Article') ? articleKey(dataset, id) : first.get(id);
    if (key === undefined || key === null || key > limit) continue;
    shown.add(id);
    const category = nodeCategory(node.labels);
    if (key === limit && category !== 'Article' && category !== 'Quote') added.add(id);
  }
  const upToLimit = (article: string) => {
    const key = articleKey(dataset, article);
    return key !== null && key <= limit;
  };
  return { shown, added, hiddenRelationships: relationshipsOutside(dataset, upToLimit) };
}
