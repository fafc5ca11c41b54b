// How a Neo4j node or relationship looks: its legend category, colour, pictogram, title and size.
import { ActorKindLabels } from '../../../../schema/vocabulary';
import type { GraphNode, GraphRelationship } from '../data/types';
import { stringProp } from '../data/utils';
import { ICONS } from './icons';
import type { CategoryStyle, NodeCategory } from './types';

export const CATEGORY_STYLES: Record<NodeCategory, CategoryStyle> = {
  Person: { name: 'People', singular: 'Person', color: '#3f6fb5', icon: ICONS.person },
  Country: { name: 'Countries', singular: 'Country', color: '#2b8a7e', icon: ICONS.country },
  Organization: {
    name: 'Organizations',
    singular: 'Organization',
    color: '#7b5ea7',
    icon: ICONS.organization,
  },
  Group: { name: 'Groups', singular: 'Group', color: '#a0607a', icon: ICONS.group },
  Meeting: { name: 'Meetings', singular: 'Meeting', color: '#d9822b', icon: ICONS.meeting },
  Proposal: { name: 'Proposals', singular: 'Proposal', color: '#4f8a3c', icon: ICONS.proposal },
  Stance: { name: 'Stances', singular: 'Stance', color: '#c2453d', icon: ICONS.neutral },
  Term: { name: 'Terms', singular: 'Term', color: '#b59a2e', icon: null },
  Article: { name: 'Articles', singular: 'Article', color: '#4a4f57', icon: ICONS.article },
  Quote: { name: 'Quotes', singular: 'Quote', color: '#b9b3a7', icon: null },
  Other: { name: 'Other', singular: 'Node', color: '#8b8f96', icon: null },
};

const KIND_CATEGORIES = new Map<string, NodeCategory>(
  Object.values(ActorKindLabels).map((label) => [label, label as NodeCategory]),
);

export function nodeCategory(labels: readonly string[]): NodeCategory {
  for (const label of labels) {
    const kind = KIND_CATEGORIES.get(label);
    if (kind) return kind;
  }
  for (const label of ['Meeting', 'Proposal', 'Stance', 'Term', 'Article', 'Quote'] as const) {
    if (labels.includes(label)) return label;
  }
  return labels.includes('Actor') ? 'Group' : 'Other';
}

export function nodeIcon(node: GraphNode, category: NodeCategory): string | null {
  if (category === 'Stance') {
    const polarity = stringProp(node, 'polarity');
    if (polarity === 'support' || polarity === 'oppose' || polarity === 'mixed') return ICONS[polarity];
    return ICONS.neutral;
  }
  return CATEGORY_STYLES[category].icon;
}

/** A person-readable name for any node. */
export function nodeTitle(node: GraphNode): string {
  const category = nodeCategory(node.labels);
  switch (category) {
    case 'Article':
      return stringProp(node, 'title') ?? 'Untitled article';
    case 'Quote':
      return `“${stringProp(node, 'text') ?? ''}”`;
    case 'Term':
      return `${capitalize(stringProp(node, 'role') ?? 'term')}: ${stringProp(node, 'text') ?? ''}`;
    case 'Stance': {
      const summary = stringProp(node, 'summary');
      const polarity = stringProp(node, 'polarity') ?? 'stance';
      return summary ? `${capitalize(polarity)}: ${summary}` : capitalize(polarity);
    }
    default:
      return (
        stringProp(node, 'name') ??
        stringProp(node, 'label') ??
        stringProp(node, 'title') ??
        stringProp(node, 'id') ??
        node.labels.join(':')
      );
  }
}

/** The label drawn on the canvas: the title, shortened. */
export function nodeCanvasLabel(node: GraphNode, max = 34): string {
  return truncate(nodeTitle(node), max);
}

export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Node size on screen: fixed for quotes and articles (there are many), by degree for the rest. */
export function nodeSize(category: NodeCategory, degree: number): number {
  if (category === 'Quote') return 2.5;
  if (category === 'Term') return 4;
  if (category === 'Article') return 9;
  return Math.min(20, 5 + 2.1 * Math.sqrt(degree));
}

/** Relationship types that carry evidence structure rather than a claim about the world. */
export const EVIDENCE_TYPES: ReadonlySet<string> = new Set(['EVIDENCED_BY', 'IN']);

/** Contradicting stances and the CONTRADICTS relationship between them (views/sidebar/Legend.tsx). */
export const CONTRADICTION_COLOR = '#d61f69';

export function relationshipColor(rel: GraphRelationship): string {
  if (rel.type === 'CONTRADICTS') return CONTRADICTION_COLOR;
  if (rel.type === 'IN') return '#e6e2da';
  return EVIDENCE_TYPES.has(rel.type) ? '#d6d1c7' : '#98a0aa';
}

/** How strongly the layout pulls a relationship's ends together. */
export function relationshipWeight(rel: GraphRelationship): number {
  if (rel.type === 'IN') return 0.03;
  if (rel.type === 'EVIDENCED_BY') return 1;
  return 2;
}

export function relationshipLabel(type: string): string {
  return type;
}
