// Words for how a quote is sourced (schema/vocabulary.ts Attributions), shared by the quote cards, the
// article reader's legend and the brief (export/brief.ts).
import type { Attribution } from '../../schema/vocabulary';

export const ATTRIBUTION_LABELS: Record<Attribution, string> = {
  direct: 'Direct quote',
  reported: 'Reported speech',
  anonymous: 'Anonymous source',
  narration: 'Narration',
};

/** What each kind means, for a tooltip. */
export const ATTRIBUTION_HINTS: Record<Attribution, string> = {
  direct: 'Inside quotation marks, with a named speaker',
  reported: 'A named speaker’s words, told in the outlet’s',
  anonymous: 'From a source the article does not name',
  narration: 'The outlet’s own words',
};
