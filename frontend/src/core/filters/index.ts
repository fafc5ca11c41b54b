// Legend actions: hide or show a node category or a relationship type.
import type { NodeCategory } from '../appearance/types';
import type { Explorer } from '../explorer';
import { toggled } from './utils';

export function toggleCategory(explorer: Explorer, category: NodeCategory): void {
  explorer.filters.set((f) => ({ ...f, hiddenCategories: toggled(f.hiddenCategories, category) }));
}

export function toggleRelationshipType(explorer: Explorer, type: string): void {
  explorer.filters.set((f) => ({ ...f, hiddenTypes: toggled(f.hiddenTypes, type) }));
}
