// What a proposal is about: the content words of its phrase, compared when mentions are grouped.
import { COUNTRIES, FUNCTION_TAGS, PROPOSAL_HEAD_KINDS, SPECIFIC_HEADS, TOPIC_STOP, words } from '../lexicon';
import type { Token } from '../../text/language';

export const TERM_BOUNDARY = new Set(words(', ; . : — – ( ) “ ” "'));

export const singular = (w: string) =>
  w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
const COUNTRY_WORDS = new Set(
  COUNTRIES.flatMap((c) => [c.name, ...c.aliases, ...c.demonyms].map((x) => x.toLowerCase())),
);

/** The content words of a phrase: "no deal" and "this deal" have none, "the trade deal" has "trade". */
export function topicWords(tokens: Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    if (t.kind !== 'word' || FUNCTION_TAGS.has(t.pos) || TOPIC_STOP.has(t.lower)) continue;
    if (COUNTRY_WORDS.has(t.lower) || PROPOSAL_HEAD_KINDS.has(t.lower)) continue;
    out.add(singular(t.lower.replace(/'s$/, '')));
  }
  return out;
}

export function withHead(topics: Set<string>, head: string): Set<string> {
  if (SPECIFIC_HEADS.has(head)) topics.add(head);
  return topics;
}
