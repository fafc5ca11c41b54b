// The extractor: an Article in, the extraction document of DESIGN.md §4 out. Pure and synchronous.
import type { Article, Extraction } from '../../schema';

/** Extracts actors, meetings, proposals and stances, each with evidence spans into `article.text`. */
export function extractArticle(article: Article): Extraction {
  // Work in progress: the rules land in the following commits.
  return { article, actors: [], meetings: [], proposals: [], stances: [] };
}
