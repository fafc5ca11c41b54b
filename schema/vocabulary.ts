// The graph's vocabulary (README.md, "The graph"): actor kinds, meeting statuses, polarities, node labels and
// relationship types. Plain constants without validators, so that the browser can read them without
// loading zod; index.ts re-exports them beside the schemas that use them.
export const ActorKinds = ['person', 'country', 'organization', 'group'] as const;
export type ActorKind = (typeof ActorKinds)[number];

export const MeetingStatuses = ['held', 'planned', 'proposed', 'cancelled', 'failed'] as const;
export type MeetingStatus = (typeof MeetingStatuses)[number];

export const Polarities = ['support', 'oppose', 'mixed', 'neutral'] as const;
export type Polarity = (typeof Polarities)[number];

/**
 * How a quote is sourced: inside quotation marks with a named speaker, a named speaker's reported
 * speech, an unnamed source ("a person familiar with the talks"), or the outlet's own words.
 */
export const Attributions = ['direct', 'reported', 'anonymous', 'narration'] as const;
export type Attribution = (typeof Attributions)[number];

/** The role of a proposal's term: what a side gives, what it gets, or a condition put on the proposal. */
export const TermRoles = ['gives', 'gets', 'condition'] as const;
export type TermRole = (typeof TermRoles)[number];

/** Graph labels (README.md, "The graph"). Actors also carry one kind label. */
export const NodeLabels = ['Article', 'Actor', 'Meeting', 'Proposal', 'Stance', 'Quote', 'Term'] as const;
export type NodeLabel = (typeof NodeLabels)[number];

/** The label of the ingest's own lookup nodes (ingest/load/identity.ts): one per actor key, nothing an
 * article says. The overview, exports and the editor's completion leave these nodes out. */
export const ACTOR_KEY_LABEL = 'ActorKey';

export const ActorKindLabels: Record<ActorKind, string> = {
  person: 'Person',
  country: 'Country',
  organization: 'Organization',
  group: 'Group',
};

export const RelationshipTypes = [
  'ATTENDED',
  'PROPOSED',
  'HOLDS',
  'TOWARD',
  'DISCUSSED',
  'EVIDENCED_BY',
  'IN',
  'SAID',
  'HAS_TERM',
  'FOR',
  'COUNTERS',
  'CONTRADICTS',
] as const;
export type RelationshipType = (typeof RelationshipTypes)[number];
