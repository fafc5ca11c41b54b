// A small Cypher tokenizer: enough to see a statement's clause keywords, procedure and function names and
// parameters without being fooled by comments, string literals or `quoted` names. It is not a parser: the
// server's read-only guards use it for a first, precise refusal (Neo4j's own plan is the second layer), and
// the browser uses it to find the $parameters of a query. Pure; runs on both sides.

export type TokenKind = 'word' | 'quoted' | 'string' | 'number' | 'param' | 'punct';

export interface Token {
  kind: TokenKind;
  /** word: as written; quoted: the name without backticks; string: the literal's content; param: the
   * name without `$`; punct: the character(s). */
  value: string;
  /** Offset of the token's first character in the source. */
  start: number;
}

const WORD_START = /[\p{L}_]/u;
const WORD_PART = /[\p{L}\p{N}_]/u;
const TWO_CHAR_PUNCT = new Set(['..', '<>', '<=', '>=', '=~', '->', '<-', '::', '+=', '!=', '||']);

/** Splits `source` into tokens, skipping whitespace and comments. Unterminated literals run to the end. */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '/' && source[i + 1] === '/') {
      while (i < n && source[i] !== '\n' && source[i] !== '\r') i++;
      continue;
    }
    if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end === -1 ? n : end + 2;
      continue;
    }
    const start = i;
    if (c === "'" || c === '"') {
      let value = '';
      i++;
      while (i < n && source[i] !== c) {
        if (source[i] === '\\' && i + 1 < n) {
          value += source[i + 1];
          i += 2;
        } else {
          value += source[i];
          i++;
        }
      }
      i++;
      tokens.push({ kind: 'string', value, start });
      continue;
    }
    if (c === '`') {
      const { value, next } = readQuoted(source, i);
      i = next;
      tokens.push({ kind: 'quoted', value, start });
      continue;
    }
    if (c === '$') {
      i++;
      if (source[i] === '`') {
        const { value, next } = readQuoted(source, i);
        i = next;
        tokens.push({ kind: 'param', value, start });
      } else {
        let value = '';
        while (i < n && WORD_PART.test(source[i]!)) value += source[i++];
        tokens.push({ kind: 'param', value, start });
      }
      continue;
    }
    if (/[0-9]/.test(c)) {
      let value = '';
      while (i < n && /[0-9A-Za-z_]/.test(source[i]!)) value += source[i++];
      // A decimal part, but not the `..` of a range.
      if (source[i] === '.' && /[0-9]/.test(source[i + 1] ?? '')) {
        value += source[i++];
        while (i < n && /[0-9A-Za-z_]/.test(source[i]!)) value += source[i++];
      }
      tokens.push({ kind: 'number', value, start });
      continue;
    }
    if (WORD_START.test(c)) {
      let value = '';
      while (i < n && WORD_PART.test(source[i]!)) value += source[i++];
      tokens.push({ kind: 'word', value, start });
      continue;
    }
    const pair = source.slice(i, i + 2);
    if (TWO_CHAR_PUNCT.has(pair)) {
      tokens.push({ kind: 'punct', value: pair, start });
      i += 2;
      continue;
    }
    tokens.push({ kind: 'punct', value: c, start });
    i++;
  }
  return tokens;
}

function readQuoted(source: string, open: number): { value: string; next: number } {
  let value = '';
  let i = open + 1;
  while (i < source.length) {
    if (source[i] === '`') {
      if (source[i + 1] === '`') {
        value += '`';
        i += 2;
        continue;
      }
      return { value, next: i + 1 };
    }
    value += source[i];
    i++;
  }
  return { value, next: i };
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
