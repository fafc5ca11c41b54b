// Relationships that the timeline's article filters hide although both their ends stay: a claim such as
// "X attended the talks" is only as old as the quotes behind it, and the nodes at its ends may stand on
// earlier quotes of their own.
import type { Dataset } from '../data/types';
import { stringListProp, stringProp } from '../data/utils';

/** Each loaded quote's article (elementId), by the quote's `id`, the key relationships' quoteIds use. */
function quoteArticles(dataset: Dataset): Map<string, string> {
  const articles = new Map<string, string>();
  for (const rel of dataset.relationships.values()) {
    if (rel.type !== 'IN') continue;
    const quote = dataset.nodes.get(rel.startNodeElementId);
    const id = quote ? stringProp(quote, 'id') : null;
    if (id !== null) articles.set(id, rel.endNodeElementId);
  }
  return articles;
}

/**
 * The relationships (elementIds) that carry quotes, every one of them loaded, and none in an article that
 * `allowed` accepts. A relationship with a quote the view did not load is left to its ends.
 */
export function relationshipsOutside(
  dataset: Dataset,
  allowed: (articleElementId: string) => boolean,
): Set<string> {
  const articleOf = quoteArticles(dataset);
  const hidden = new Set<string>();
  for (const rel of dataset.relationships.values()) {
    const articles = stringListProp(rel, 'quoteIds').map((id) => articleOf.get(id));
    if (articles.length === 0 || articles.includes(undefined)) continue;
    if (!articles.some((a) => a !== undefined && allowed(a))) hidden.add(rel.elementId);
  }
  return hidden;
}
