// Node search: a small index over the loaded nodes, matched on names, aliases and titles, ranked so that
// an exact name beats a prefix beats a word inside, and actors beat the quotes that mention them.
import { nodeCategory, nodeTitle } from '../appearance/utils';
import type { NodeCategory } from '../appearance/types';
import type { Dataset } from '../data/types';
import { stringListProp, stringProp } from '../data/utils';

export interface SearchEntry {
  id: string;
  title: string;
  category: NodeCategory;
  /** Normalised names to match against: the title, then aliases. */
  terms: string[];
}

export interface SearchHit {
  entry: SearchEntry;
  score: number;
}

const CATEGORY_RANK: Record<NodeCategory, number> = {
  Person: 0,
  Country: 0,
  Organization: 0,
  Group: 0,
  Meeting: 1,
  Proposal: 1,
  Stance: 2,
  Term: 3,
  Article: 3,
  Other: 3,
  Quote: 4,
};

/** Lower case, accents removed, curly quotes and dashes made plain, spaces collapsed. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[“”«»„]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export function buildSearchIndex(dataset: Dataset): SearchEntry[] {
  const entries: SearchEntry[] = [];
  for (const node of dataset.nodes.values()) {
    const category = nodeCategory(node.labels);
    const title = nodeTitle(node);
    const terms = [title, ...stringListProp(node, 'aliases')];
    if (category === 'Quote') terms[0] = stringProp(node, 'text') ?? title;
    entries.push({ id: node.elementId, title, category, terms: terms.map(normalise) });
  }
  return entries;
}

function termScore(term: string, query: string): number | null {
  if (term === query) return 0;
  if (term.startsWith(query)) return 1;
  if (term.includes(` ${query}`) || term.includes(`"${query}`)) return 2;
  if (term.includes(query)) return 3;
  return null;
}

/** The best `limit` matches for `query`, best first. */
export function searchNodes(index: readonly SearchEntry[], query: string, limit = 8): SearchHit[] {
  const q = normalise(query);
  if (!q) return [];
  const hits: SearchHit[] = [];
  for (const entry of index) {
    let best: number | null = null;
    for (const term of entry.terms) {
      const score = termScore(term, q);
      if (score !== null && (best === null || score < best)) best = score;
    }
    if (best !== null) hits.push({ entry, score: CATEGORY_RANK[entry.category] * 10 + best });
  }
  return hits
    .sort(
      (a, b) =>
        a.score - b.score ||
        a.entry.title.length - b.entry.title.length ||
        a.entry.title.localeCompare(b.entry.title),
    )
    .slice(0, limit);
}
