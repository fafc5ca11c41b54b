// The shapes the actor pass builds: actor drafts, their mentions, places and events, and the key that
// makes two spellings of one name the same actor.
import type { ActorKind, Span } from '../../../schema';

export interface ActorDraft {
  key: string;
  name: string;
  kind: ActorKind;
  aliases: Set<string>;
  /** Lower-cased titles the person holds ("president", "special envoy"). */
  roles: Set<string>;
  leader: boolean;
  /** Country name the actor belongs to, when known. */
  affiliation: string | null;
  /** Kept in the output only if a meeting, proposal or stance refers to it. */
  weak: boolean;
}

export type MentionVia = 'name' | 'surname' | 'description' | 'collective' | 'capital' | 'group' | 'people';

export interface Mention extends Span {
  actor: string;
  /** Token index range [from, to). */
  from: number;
  to: number;
  sentence: number;
  via: MentionVia;
  /** Followed by a possessive ending ("Kyiv’s"). */
  possessive: boolean;
}

export interface PlaceMention extends Span {
  name: string;
  sentence: number;
  from: number;
}

export interface EventMention extends Span {
  name: string;
  sentence: number;
  from: number;
  to: number;
  place: string | null;
}

export interface ActorIndex {
  actors: Map<string, ActorDraft>;
  /** Sorted by start offset. */
  mentions: Mention[];
  /** Mentions by the token they start at. */
  mentionsFrom: Map<number, Mention[]>;
  places: PlaceMention[];
  events: EventMention[];
}

// Letters of every script count: a name in Cyrillic or Greek must not reduce to nothing (and two such
// names to one person).
export const nameKey = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\./g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
