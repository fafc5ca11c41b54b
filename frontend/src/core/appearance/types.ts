// Legend categories: one per node label, actors split by their kind label.
export const NodeCategories = [
  'Person',
  'Country',
  'Organization',
  'Group',
  'Meeting',
  'Proposal',
  'Stance',
  'Term',
  'Article',
  'Quote',
  'Other',
] as const;
export type NodeCategory = (typeof NodeCategories)[number];

export interface CategoryStyle {
  /** Legend name, plural. */
  name: string;
  singular: string;
  color: string;
  /** Pictogram drawn inside the node; Quote and Other are plain discs. */
  icon: string | null;
}
