// Telling an organisation from a person by the form of its name and the words around it, and finding
// organisations that go by an acronym ("the WXYZ said", "Harbour Workers Union (HWU)").
import type { Token } from '../../text/language';
import {
  ACRONYM_CONNECTORS,
  LEGAL_FORMS,
  ORGANIZATION_CONTEXT_NOUNS,
  ORGANIZATION_PLURALS,
  NOT_ACTOR_ACRONYMS,
} from '../lexicon';

/**
 * An untitled capitalised run [from, to) names an organisation rather than a person when a determiner
 * stands before it ("the Grain Exchange"), it is a party's plural name ("Free Democrats"), or a word
 * that only organisations take follows it ("Northwind Shipping shareholders", "Northwind's board").
 */
export function namesOrganisation(tokens: Token[], from: number, to: number): boolean {
  const before = tokens[from - 1]?.lower ?? '';
  if (before === 'the' && tokens[from]!.cap && !compoundModifier(tokens, to)) return true;
  if (ORGANIZATION_PLURALS.has(tokens[to - 1]!.lower)) return true;
  const next = tokens[to]?.kind === 'possessive' ? tokens[to + 1] : tokens[to];
  return !!next && ORGANIZATION_CONTEXT_NOUNS.has(next.lower);
}

const ACRONYM = /^[A-Z][A-Z&]{1,5}$/;

/**
 * An acronym used as an actor: the subject of a verb ("WXYZ rejected"), an owner ("WXYZ's offer"), or
 * one side of "X and Y". Acronyms of things ("CEO", "GDP") never are.
 */
export function actingAcronym(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!ACRONYM.test(t.text) || NOT_ACTOR_ACRONYMS.has(t.text)) return false;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (!next) return false;
  if (next.kind === 'possessive' || next.pos === 'VERB' || next.pos === 'AUX') return true;
  if (next.lower === 'and' && (tokens[i + 2]?.cap || tokens[i + 2]?.lower === 'the')) return true;
  return prev?.lower === 'and' || prev?.lower === 'with' || prev?.lower === 'between';
}

/** "Harbour Workers Union (HWU)": the acronym in parentheses right after a name, as [start, end) tokens. */
export function acronymInParentheses(tokens: Token[], nameEnd: number): number | null {
  const open = tokens[nameEnd];
  const acronym = tokens[nameEnd + 1];
  if (open?.text !== '(' || tokens[nameEnd + 2]?.text !== ')' || !acronym) return null;
  return ACRONYM.test(acronym.text) ? nameEnd + 1 : null;
}

/** "the Deckhands Union, DHU, said": an acronym set off by commas right after a name, as its token index. */
export function acronymInCommas(tokens: Token[], nameEnd: number): number | null {
  const acronym = tokens[nameEnd + 1];
  const close = tokens[nameEnd + 2]?.text;
  if (tokens[nameEnd]?.text !== ',' || !acronym || (close !== ',' && close !== '.')) return null;
  return ACRONYM.test(acronym.text) && !NOT_ACTOR_ACRONYMS.has(acronym.text) ? nameEnd + 1 : null;
}

/**
 * "the Council for Fisheries and Ports (CFP)": the name before an acronym in parentheses whose
 * capitalised words' initials spell it, as the token index where the name starts; small words may join them.
 */
export function expansionBefore(tokens: Token[], open: number, from: number): number | null {
  const acronym = tokens[open + 1]?.text ?? '';
  if (tokens[open]?.text !== '(' || tokens[open + 2]?.text !== ')' || !ACRONYM.test(acronym)) return null;
  let k = open;
  let capitals = 0;
  while (k > from && capitals < acronym.length) {
    const t = tokens[k - 1]!;
    if (t.kind === 'word' && t.cap) capitals++;
    else if (!(capitals > 0 && ACRONYM_CONNECTORS.has(t.lower))) break;
    k--;
  }
  if (capitals < 2) return null;
  return initialsOf(
    tokens
      .slice(k, open)
      .map((t) => t.text)
      .join(' '),
  ) === acronym
    ? k
    : null;
}

/** The initials of a name's capitalised words: "London Stock Exchange" → "LSE". */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** "Acme Holdings Co Plc" → "Acme Holdings": a company's name without its legal form, which news drops. */
export function withoutLegalForm(name: string): string {
  const words = name.split(' ');
  while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1]!.replace(/[.,]+$/, ''))) words.pop();
  return words.join(' ').replace(/,$/, '');
}

/** "the Jane Doe-led group": a name glued by a hyphen to a lower-case word modifies the noun after it. */
export function compoundModifier(tokens: Token[], nameEnd: number): boolean {
  const hyphen = tokens[nameEnd];
  const word = tokens[nameEnd + 1];
  return hyphen?.text === '-' && !hyphen.spaced && !!word && !word.spaced && !word.cap;
}
