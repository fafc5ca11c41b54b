// Canonical keys of actor names: two spellings of one name ("Wiśniewski"/"Wisniewski", "Zelenskiy"/
// "Zelenskyy", "Mr. J.D. Vance"/"JD Vance") give one key, computed from the name alone, so the node an
// actor lands on never depends on what else is loaded. Pure; ingest/identity/resolve.ts uses it corpus-wide.
import type { ActorKind } from '../../schema';
import { TITLES } from '../extract/lexicon';

/** Honorifics the extractor's title list (ingest/extract/lexicon.ts TITLES) does not hold. */
const MORE_HONORIFICS = ['dr', 'prof', 'professor', 'rev', 'reverend', 'hon', 'mme', 'mlle', 'mx'];

/** Lower-case name particles that belong to a surname ("von der Leyen", "bin Salman", "da Silva"). */
const NAME_PARTICLES = new Set(
  'von van der den de da di du dos das del della la le al el bin ibn ben ter ten af zu'.split(' '),
);

/** Letters that Unicode decomposition leaves whole, and their usual Latin spelling. */
const LETTERS: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
};

/** Case, accents and the letters above folded away: "Łukasz Wiśniewski" → "lukasz wisniewski". */
export function foldLetters(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[łøæœßđðþıħ]/g, (c) => LETTERS[c] ?? c);
}

/**
 * The words of a name: folded, without a possessive ending, apostrophes and dots joined into their word
 * ("O’Brien" → "obrien", "J.D." → "jd"), hyphens and other punctuation as word breaks. Letters of every
 * script count, so a name in Cyrillic keeps a key of its own.
 */
export function nameWords(s: string): string[] {
  return foldLetters(s.replace(/['’ʼ]s\b/giu, ''))
    .replace(/['’ʼ`.]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

const TITLE_WORDS: string[][] = [
  ...TITLES.map((t) => nameWords(t.words)),
  ...MORE_HONORIFICS.map((w) => [w]),
].sort((a, b) => b.length - a.length);

/** Drops leading titles and honorifics ("Prime Minister Dr" ...), as long as a name is left. */
function withoutTitles(words: string[]): string[] {
  let rest = words;
  for (let changed = true; changed;) {
    changed = false;
    for (const title of TITLE_WORDS) {
      if (title.length < rest.length && title.every((w, i) => rest[i] === w)) {
        rest = rest.slice(title.length);
        changed = true;
        break;
      }
    }
  }
  return rest;
}

const CONSONANT = '[bcdfghjklmnpqrstvwxz]';
/**
 * Romanisation variants of one Cyrillic ending, all word-final and after a consonant or a vowel as noted:
 * -iy/-yy/-ii/-ij/-yj/-yi (-ий, -ый) → -y ("Zelenskiy", "Zelenskyy" → "zelensky"); -iya/-ya (-ия, -ья) →
 * -ia ("Mariya" → "maria", "Natalya" → "natalia"); vowel + -yev/-yeva (-ев after a vowel) → -ev/-eva
 * ("Sergeyev" → "sergeev"). Rules that would merge distinct real names are left out: ck/k (Beck, Bek),
 * ph/f (Phan, Fan), w/v (Wagner, Vagner), kh/h (Khan, Han), a final -i/-y (Ali, Aly; Li, Ly).
 */
const TRANSLITERATIONS: [RegExp, string][] = [
  [new RegExp(`(${CONSONANT})(?:iy|yy|ii|ij|yj|yi)$`), '$1y'],
  [new RegExp(`(${CONSONANT})i?ya$`), '$1ia'],
  [/([aeiou])ye(va?)$/, '$1e$2'],
];

/** One word of a person's name with the endings above folded; words of three letters or fewer are kept. */
export function transliterated(word: string): string {
  if (word.length <= 3) return word;
  return TRANSLITERATIONS.reduce((w, [pattern, to]) => w.replace(pattern, to), word);
}

/**
 * The canonical key of an actor's name: its words (nameWords), without a leading "the", and for a person
 * without leading titles and with transliterated endings. A name made only of such words keeps them.
 */
export function canonicalKey(kind: ActorKind, name: string): string {
  const words = nameWords(name);
  let rest = words[0] === 'the' && words.length > 1 ? words.slice(1) : words;
  if (kind === 'person') rest = withoutTitles(rest).map(transliterated);
  return rest.join(' ');
}

/** The node id of a canonical key: the kind, then the key's words joined by hyphens. */
export function actorNodeId(kind: ActorKind, key: string): string {
  return `${kind}-${key.replace(/ /g, '-')}`;
}

/**
 * Whether an alias reads as a name ("Kellogg", "ILA", "Mayor Brandvold", "von der Leyen") rather than a
 * description ("the Ukrainian leader", "Zelenskiy’s team"): every word capitalised or a name particle.
 */
export function isNameLike(alias: string): boolean {
  const words = alias.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0 || /['’ʼ]s$/iu.test(alias)) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLES.has(w));
}

/**
 * Why two spellings share a key, for the report: only case, accents or punctuation; a title or
 * honorific; or a transliterated ending.
 */
export function spellingRule(kind: ActorKind, a: string, b: string): 'letters' | 'title' | 'transliteration' {
  const plain = (s: string) => {
    const words = nameWords(s);
    return (words[0] === 'the' && words.length > 1 ? words.slice(1) : words).join(' ');
  };
  if (plain(a) === plain(b)) return 'letters';
  if (kind !== 'person') return 'title';
  const untitled = (s: string) => withoutTitles(nameWords(s)).join(' ');
  return untitled(a) === untitled(b) ? 'title' : 'transliteration';
}

/**
 * A looser key, for near-misses only (never merged on): the rules declined above applied as well, and
 * doubled letters single. Two names left apart with equal loose keys are worth a look.
 */
export function looseKey(key: string): string {
  return key
    .split(' ')
    .map((w) =>
      w
        .replace(/ph/g, 'f')
        .replace(/ck/g, 'k')
        .replace(/kh/g, 'h')
        .replace(/w/g, 'v')
        .replace(/(.)\1+/g, '$1')
        .replace(/i$/, 'y'),
    )
    .join(' ');
}

/**
 * Compares strings by Unicode code point (JavaScript's < compares UTF-16 units): the order of
 * `Array.from(a)` against `Array.from(b)`, without building those arrays (the load sorts ids with it).
 * The two orders differ only where a surrogate pair meets a unit from U+E000 up, so at the first unit
 * that differs the code points there (or of the pair that unit ends) decide.
 */
export function byCodePoint(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a.charCodeAt(i) === b.charCodeAt(i)) continue;
    // A difference in the second unit of a pair: the whole code points decide, if they differ.
    if (i > 0 && isHighSurrogate(a.charCodeAt(i - 1))) {
      const d = (a.codePointAt(i - 1) ?? 0) - (b.codePointAt(i - 1) ?? 0);
      if (d !== 0) return d;
    }
    return (a.codePointAt(i) ?? 0) - (b.codePointAt(i) ?? 0);
  }
  return a.length - b.length;
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
