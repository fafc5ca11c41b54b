// Titles before names ("Foreign Minister", "US special envoy") and role nouns in descriptions ("the
// president").
import type { Token } from '../../text/language';
import { ARTICLES, LEADER_NOUNS, OFFICE_OF_WORDS, OFFICE_WORDS, ROLE_NOUNS, TITLES } from '../lexicon';
import { groupBy, wordsAt } from './runs';

const TITLE_PHRASES = TITLES.map((t) => ({ words: t.words.toLowerCase().split(' '), entry: t }));
/** Titles by their first and by their last word, longest first, so a lookup tries only a few. */
const TITLES_BY_FIRST = groupBy(TITLE_PHRASES, (t) => t.words[0]!);
const TITLES_BY_LAST = groupBy(TITLE_PHRASES, (t) => t.words[t.words.length - 1]!);

/** Longest title starting at token i, case-insensitive; returns the title and its length in tokens. */
export function titleAt(
  tokens: Token[],
  i: number,
  end: number,
): { words: string; leader: boolean; length: number } | null {
  for (const { words, entry } of TITLES_BY_FIRST.get(tokens[i]?.lower ?? '') ?? []) {
    if (i + words.length <= end && wordsAt(tokens, i, words)) {
      return { words: entry.words.toLowerCase(), leader: entry.leader, length: words.length };
    }
  }
  // "Labor Secretary", "Energy Minister", "Secretary of Defense": any office of that shape.
  const a = tokens[i];
  const b = tokens[i + 1];
  if (a?.cap && b && i + 2 <= end && OFFICE_WORDS.has(b.lower) && b.cap && !ARTICLES.has(a.lower)) {
    return { words: `${a.lower} ${b.lower}`, leader: false, length: 2 };
  }
  if (
    a &&
    OFFICE_OF_WORDS.has(a.lower) &&
    a.cap &&
    tokens[i + 1]?.lower === 'of' &&
    tokens[i + 2]?.cap &&
    i + 3 <= end
  ) {
    const exact = TITLE_PHRASES.find((t) => t.words.join(' ') === `${a.lower} of ${tokens[i + 2]!.lower}`);
    if (!exact) return { words: `${a.lower} of ${tokens[i + 2]!.lower}`, leader: false, length: 3 };
  }
  return null;
}

/** Title that ends right before token i (allowing a comma), for "US special envoy Keith Kellogg". */
export function titleEndingAt(
  tokens: Token[],
  i: number,
  from: number,
): { words: string; leader: boolean; start: number } | null {
  let j = i;
  if (tokens[j - 1]?.text === ',') j--;
  for (const { words, entry } of TITLES_BY_LAST.get(tokens[j - 1]?.lower ?? '') ?? []) {
    const s = j - words.length;
    if (s >= from && wordsAt(tokens, s, words))
      return { words: entry.words.toLowerCase(), leader: entry.leader, start: s };
  }
  return null;
}

const ROLES_BY_FIRST = groupBy(
  [...LEADER_NOUNS, ...ROLE_NOUNS].sort((a, b) => b.length - a.length),
  (role) => role.split(' ')[0]!,
);

/** A role noun at token i ("president", "vice premier"); whole words only, so "presidents" is none. */
export function roleAt(tokens: Token[], i: number, end: number): { role: string; length: number } | null {
  for (const role of ROLES_BY_FIRST.get(tokens[i]?.lower ?? '') ?? []) {
    const words = role.split(' ');
    if (i + words.length <= end && wordsAt(tokens, i, words)) return { role, length: words.length };
  }
  return null;
}
