// The shapes the proposal pass works on: a phrase naming a proposal (a mention) and a proposal being
// built from its mentions (a draft), and the spans the clause reader sees for them.
import type { Span } from '../../../schema';
import type { ProposalKind } from '../lexicon';
import type { EntitySpan } from '../clauses';

export interface ProposalMention {
  from: number;
  to: number;
  start: number;
  end: number;
  sentence: number;
  head: string;
  kind: ProposalKind;
  definite: boolean;
  marked: boolean;
  proposers: string[];
  topics: Set<string>;
  /** Token range of a complement such as "on critical minerals". */
  complementTo: number;
  /** Created by a verb ("put forward changes ..."): always a proposal of its own. */
  fromVerb: boolean;
  /**
   * "a sweetened bid", "raised its offer to $5": an offer that replaces an earlier one of its maker;
   * "its initial offer": the one a later offer replaced.
   */
  revision?: 'revised' | 'original';
  /** "the move", "the cut": only names again a proposal named before, and never a new one. */
  refersBack?: boolean;
  /** Where its quote starts when that is before the phrase: the verb that makes the proposal. */
  quoteStart?: number;
}

export interface ProposalDraft {
  key: string;
  kind: ProposalKind;
  label: string;
  proposers: Set<string>;
  terms: Span[];
  evidence: Span[];
  mentions: ProposalMention[];
  topics: Set<string>;
}

/** Proposal spans usable as verb objects. */
export function proposalEntities(drafts: ProposalDraft[]): EntitySpan[] {
  return drafts.flatMap((d) =>
    d.mentions.map((m) => ({
      type: 'proposal' as const,
      ref: d.key,
      from: m.from,
      to: m.to,
      start: m.start,
      end: m.end,
      possessive: false,
    })),
  );
}
