// Word-level tokens with offsets. Possessive endings ("Kyiv’s") become tokens of their own so a name
// and its possessive can be told apart; dotted abbreviations ("U.S.", "J.D.") stay whole.
export type TokenKind = 'word' | 'number' | 'possessive' | 'punct';

export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** First letter is upper case (for words). */
  cap: boolean;
  /** Lower-cased text with curly apostrophes straightened, for matching. */
  lower: string;
}

const TOKEN = /(?:[A-Za-z]\.){2,}|\$?\d+(?:[.,]\d+)*%?|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*\+?|\S/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = offset + (m.index ?? 0);
    const possessive = /^(.+)([’']s)$/u.exec(raw);
    if (possessive && /\p{L}/u.test(raw[0] ?? '') && (possessive[1] ?? '').length >= 2) {
      const head = possessive[1] ?? '';
      out.push(make(head, start, 'word'));
      out.push(make(possessive[2] ?? '', start + head.length, 'possessive'));
      continue;
    }
    const kind: TokenKind = /^\$?\d/.test(raw) ? 'number' : /[\p{L}\p{N}]/u.test(raw) ? 'word' : 'punct';
    out.push(make(raw, start, kind));
  }
  return out;
}

function make(text: string, start: number, kind: TokenKind): Token {
  return {
    text,
    start,
    end: start + text.length,
    kind,
    cap: kind === 'word' && /^\p{Lu}/u.test(text),
    lower: text.toLowerCase().replace(/’/g, "'"),
  };
}
