import type { NodeCategory } from '../appearance/types';

/** Node categories and relationship types the legend has hidden. */
export interface Filters {
  hiddenCategories: ReadonlySet<NodeCategory>;
  hiddenTypes: ReadonlySet<string>;
}
