// A small Cypher tokenizer that reads a query the way Neo4j 5.26 reads it: enough to see a statement's
// clause keywords, procedure and function names and parameters without being fooled by comments, string
// literals, `quoted` names, \uXXXX escapes or unusual whitespace. It is not a parser: the server's
// read-only guards use it for a first, precise refusal (Neo4j's own plan is the second layer), and the
// browser uses it to find the $parameters of a query. Pure; runs on both sides.
//
// What Neo4j does, and so this does (each point checked by EXPLAIN on Neo4j 5.26):
// - before lexing, every \uXXXX is replaced by its character, everywhere (keywords, strings, comments,
//   `quoted` names), unless the backslash is itself escaped by an odd run of backslashes before it; the
//   four characters are read as Java's Integer.parseInt(s, 16) reads them (a sign, Unicode digits and
//   fullwidth A-F are accepted), and the character a \u005c escape yields starts no further escape;
// - whitespace is Cypher's set (tab, LF, VT, FF, CR, U+001C..U+001F, space, U+00A0, U+1680,
//   U+2000..U+200A, U+2028, U+2029, U+202F, U+205F, U+3000), not JavaScript's \s (which adds U+FEFF
//   and lacks U+001C..U+001F); U+FEFF, U+200B, U+00AD and the C0/C1 controls are parts of a name;
// - keywords are ASCII letters in any case (`ſet` and `lımıt` are names, not SET and LIMIT);
// - `//` comments end at LF or CR only; `/* */` comments do not nest;
// - `$ name` and `$/* */name` are parameters.
// Neo4j reads a number glued to letters (`1CREATE`) as one invalid number; this tokenizer splits the
// letters off as a word instead, so a checker sees the keyword (and refuses rather than trusts).

export type TokenKind = 'word' | 'quoted' | 'string' | 'number' | 'param' | 'punct';

export interface Token {
  kind: TokenKind;
  /** word: as written (after \u escapes); quoted: the name without backticks; string: the literal's
   * content, escapes left as written; param: the name without `$`; punct: the character(s). */
  value: string;
  /** Offset of the token's first character in the source as sent (before \u escapes are replaced). */
  start: number;
}

export interface Lexed {
  tokens: Token[];
  /** Source offset of the first \u escape Neo4j cannot read (it refuses the whole query), or null. */
  badEscapeAt: number | null;
}

// eslint-disable-next-line no-control-regex -- these controls are Cypher whitespace
const SPACE = /[\t\n\u000B\f\r\u001C-\u001F \u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;
const WORD_START = /[\p{L}\p{Nl}\p{Pc}]/u;
const WORD_PART =
  // eslint-disable-next-line no-control-regex -- these controls are parts of a Cypher name
  /[\p{L}\p{Nl}\p{Pc}\p{Nd}\p{Mn}\p{Mc}\p{Sc}\p{Cf}\u0000-\u0008\u000E-\u001B\u007F-\u009F]/u;
const DIGIT = /[0-9]/;
const TWO_CHAR_PUNCT = new Set(['..', '<>', '<=', '>=', '=~', '->', '<-', '::', '+=', '!=', '||']);

/** Splits `source` into tokens, skipping whitespace and comments. Unterminated literals run to the end. */
export function tokenize(source: string): Token[] {
  return lexCypher(source).tokens;
}

/** The tokens of `source`, and where Neo4j would stop reading it for a malformed \u escape. */
export function lexCypher(source: string): Lexed {
  const { text, offsets, badEscapeAt } = unescapeCypher(source);
  const tokens: Token[] = [];
  const push = (kind: TokenKind, value: string, at: number) =>
    tokens.push({ kind, value, start: offsets[at] ?? source.length });
  let i = 0;
  while (i < text.length) {
    const skipped = skipSpace(text, i);
    if (skipped > i) {
      i = skipped;
      continue;
    }
    const c = text[i]!;
    const start = i;
    if (c === "'" || c === '"') {
      const string = readString(text, i);
      i = string.next;
      push('string', string.value, start);
    } else if (c === '`') {
      const quoted = readQuoted(text, i);
      i = quoted.next;
      push('quoted', quoted.value, start);
    } else if (c === '$') {
      const param = readParam(text, i + 1);
      i = param.next;
      push('param', param.value, start);
    } else if (DIGIT.test(c) || (c === '.' && DIGIT.test(text[i + 1] ?? ''))) {
      i = readNumber(text, i);
      push('number', text.slice(start, i), start);
    } else if (WORD_START.test(c)) {
      i = readWord(text, i);
      push('word', text.slice(start, i), start);
    } else {
      const pair = text.slice(i, i + 2);
      const value = TWO_CHAR_PUNCT.has(pair) ? pair : c;
      i += value.length;
      push('punct', value, start);
    }
  }
  return { tokens, badEscapeAt };
}

/** Past whitespace and comments from `i` (an unterminated block comment runs to the end). */
function skipSpace(text: string, i: number): number {
  while (i < text.length) {
    const c = text[i]!;
    if (SPACE.test(c)) {
      i++;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
    } else {
      break;
    }
  }
  return i;
}

/** The string literal opening at `open`; a backslash escapes any character (escapes kept as written). */
function readString(text: string, open: number): { value: string; next: number } {
  const quote = text[open];
  let i = open + 1;
  while (i < text.length && text[i] !== quote) i += text[i] === '\\' ? 2 : 1;
  const end = Math.min(i, text.length);
  return { value: text.slice(open + 1, end), next: Math.min(end + 1, text.length) };
}

function readQuoted(text: string, open: number): { value: string; next: number } {
  let value = '';
  let i = open + 1;
  while (i < text.length) {
    if (text[i] === '`') {
      if (text[i + 1] === '`') {
        value += '`';
        i += 2;
        continue;
      }
      return { value, next: i + 1 };
    }
    value += text[i];
    i++;
  }
  return { value, next: i };
}

/** A parameter's name after its `$`: whitespace and comments may come between (Neo4j allows it). */
function readParam(text: string, from: number): { value: string; next: number } {
  const i = skipSpace(text, from);
  const c = text[i] ?? '';
  if (c === '`') return readQuoted(text, i);
  if (WORD_START.test(c)) {
    const next = readWord(text, i);
    return { value: text.slice(i, next), next };
  }
  if (DIGIT.test(c)) {
    let next = i;
    while (DIGIT.test(text[next] ?? '')) next++;
    return { value: text.slice(i, next), next };
  }
  return { value: '', next: from };
}

function readWord(text: string, i: number): number {
  i++;
  while (i < text.length && WORD_PART.test(text[i]!)) i++;
  return i;
}

/** The end of the number at `i`: 0x1F, 0o17, 1_000, 1.5e-3, .5. What follows is not part of it. */
function readNumber(text: string, i: number): number {
  const run = (from: number, digit: RegExp) => {
    let j = from;
    while (j < text.length && (digit.test(text[j]!) || (text[j] === '_' && j > from))) j++;
    return j;
  };
  if (text[i] === '0' && text[i + 1] === 'x') return run(i + 2, /[0-9A-Fa-f]/);
  if (text[i] === '0' && text[i + 1] === 'o') return run(i + 2, /[0-7]/);
  let j = run(i, DIGIT);
  if (text[j] === '.' && DIGIT.test(text[j + 1] ?? '')) j = run(j + 1, DIGIT);
  if (text[j] === 'e' || text[j] === 'E') {
    const sign = text[j + 1] === '+' || text[j + 1] === '-' ? 1 : 0;
    if (DIGIT.test(text[j + 1 + sign] ?? '')) j = run(j + 1 + sign, DIGIT);
  }
  return j;
}

export interface Unescaped {
  /** The query with its \u escapes replaced, as Neo4j's lexer sees it. */
  text: string;
  /** For each UTF-16 unit of `text`, its offset in the source. */
  offsets: number[];
  badEscapeAt: number | null;
}

/**
 * Replaces \uXXXX escapes as Neo4j does before it lexes: a backslash starts one unless the character
 * before it is a backslash that is itself unescaped; the character an escape yields never does.
 * A malformed escape is left as written and reported (Neo4j refuses the query).
 */
export function unescapeCypher(source: string): Unescaped {
  let text = '';
  const offsets: number[] = [];
  let badEscapeAt: number | null = null;
  let escaped = false;
  let i = 0;
  while (i < source.length) {
    let c = source[i]!;
    let replaced = false;
    if (!escaped && c === '\\' && source[i + 1] === 'u') {
      const code = javaParseHex(source.slice(i + 2, i + 6));
      if (code === null) badEscapeAt ??= i;
      else {
        c = String.fromCharCode(code & 0xffff);
        replaced = true;
      }
    }
    escaped = !escaped && !replaced && c === '\\';
    text += c;
    offsets.push(i);
    i += replaced ? 6 : 1;
  }
  return { text, offsets, badEscapeAt };
}

/** Java's Integer.parseInt(s, 16): an optional sign, then at least one digit as Character.digit reads it. */
function javaParseHex(s: string): number | null {
  const sign = s[0] === '+' || s[0] === '-' ? 1 : 0;
  if (s.length <= sign) return null;
  let value = 0;
  for (let i = sign; i < s.length; i++) {
    const digit = javaHexDigit(s.charCodeAt(i));
    if (digit < 0) return null;
    value = value * 16 + digit;
  }
  return s[0] === '-' ? -value : value;
}

const DECIMAL_DIGIT = /\p{Nd}/u;
/** Where A-F start: ASCII upper and lower case, fullwidth upper and lower case. */
const HEX_LETTERS = [0x41, 0x61, 0xff21, 0xff41];

/** Java's Character.digit(unit, 16): ASCII and fullwidth 0-9/A-F/a-f, and any Unicode decimal digit. */
function javaHexDigit(unit: number): number {
  for (const from of HEX_LETTERS) if (unit >= from && unit < from + 6) return unit - from + 10;
  if (!DECIMAL_DIGIT.test(String.fromCharCode(unit))) return -1;
  // Decimal digits come in runs of whole blocks of ten, 0 to 9: the value is the distance from the run's
  // start, modulo ten.
  let zero = unit;
  while (DECIMAL_DIGIT.test(String.fromCharCode(zero - 1))) zero--;
  return (unit - zero) % 10;
}

/** The distinct $parameter names a query uses, in order of first use. */
export function parameterNames(source: string): string[] {
  const names: string[] = [];
  for (const token of tokenize(source)) {
    if (
      token.kind === 'param' &&
      token.value &&
      !/^[0-9]/.test(token.value) &&
      !names.includes(token.value)
    ) {
      names.push(token.value);
    }
  }
  return names;
}
