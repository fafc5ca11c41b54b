// Generators of hostile article text for the fuzz tests of the reader and the extractor: every Unicode
// quote and dash, right-to-left scripts and bidi controls, control characters and NUL, lone surrogates,
// byte order marks, every line ending, long runs of capitals or marks, and news-like word soup (titles,
// invented names, meeting and stance verbs) that reaches the extractor's deeper rules.
import fc from 'fast-check';

/** One seed for every property, so a run is the same each time; FUZZ_SEED picks another one. */
export const SEED = Number(process.env.FUZZ_SEED ?? 20_250_301);

export const QUOTES = [
  '"',
  "'",
  '`',
  '´',
  '“',
  '”',
  '„',
  '‟',
  '‘',
  '’',
  '‚',
  '‛',
  '«',
  '»',
  '‹',
  '›',
  '「',
  '」',
  '″',
  '′',
];
export const DASHES = ['-', '‐', '‑', '‒', '–', '—', '―', '−', '⸺', '⸻', '﹘', '－'];
const RTL = ['مرحبا', 'الرئيس', 'اجتماع', 'שלום', 'הנשיא', 'פגישה', '٣', '١٢'];
const BIDI = [
  '\u200e',
  '\u200f',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u061c',
];
const CONTROLS = ['\u0000', '\u0001', '\u0007', '\b', '\u000b', '\f', '\u001b', '\u007f', '\u0085', '\u009b'];
const SURROGATES = ['\ud800', '\udbff', '\udc00', '\udfff', '\ud83d', '\ude00'];
const BREAKS = ['\n', '\r\n', '\r', '\n\n', '\u2028', '\u2029', '\t', ' ', '\u00a0', '\u3000'];
const OTHER = ['\ufeff', 'é', 'e\u0301', 'ß', 'İ', 'ǅ', '😀', '👩‍👩‍👧', '̈', '…', '•', '€', '¥'];

const TITLES = ['President', 'Mayor', 'Minister', 'Dr.', 'Ms.', 'Envoy', 'Director', 'Governor', 'the'];
const NAMES = [
  'Ilse',
  'Brandvold',
  'Tomas',
  'Okafor-Lind',
  'Okafor',
  'Lind',
  'Henrike',
  'Salomonsen',
  'Quennell-Ashby',
  'Norrvik',
  'Sudmere',
  'Emmerholt',
  "O'Neill",
  'Zoë',
  'ÅSA',
  'Ukraine',
  'Kyiv',
  'US',
  'U.S.',
  'Guild',
];
const WORDS = [
  'met',
  'with',
  'between',
  'talks',
  'meeting',
  'proposed',
  'put',
  'forward',
  'a',
  'deal',
  'offer',
  'plan',
  'rejected',
  'welcomed',
  'criticised',
  'said',
  'he',
  'she',
  'they',
  'it',
  'who',
  'which',
  'and',
  'in',
  'on',
  'Monday',
  'Friday',
  'next',
  'week',
  'by',
  'of',
  'wanted',
  '$500',
  'billion',
  '50%',
  'both',
  'sides',
  'agreement',
  'truce',
];
const MARKS = ['.', ',', ';', ':', '!', '?', '(', ')', '[', ']', '…', '...', '?!'];

/** A short piece of hostile text. */
export const piece = fc.oneof(
  fc.constantFrom(...QUOTES, ...DASHES, ...RTL, ...BIDI, ...CONTROLS, ...SURROGATES),
  fc.constantFrom(...BREAKS, ...OTHER, ...MARKS),
  fc.constantFrom(...TITLES, ...NAMES, ...WORDS),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.stringMatching(/^[A-Z]{1,12}$/),
);

/** Hostile text of up to `maxPieces` pieces, joined with or without spaces. */
export function hostileText(maxPieces: number): fc.Arbitrary<string> {
  return fc
    .tuple(fc.array(piece, { maxLength: maxPieces, size: 'max' }), fc.constantFrom('', ' ', '\n'))
    .map(([parts, sep]) => parts.join(sep));
}

/** News-like words and marks, mostly spaced as prose is. */
const newsWord = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...TITLES, ...NAMES, ...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKS, ...QUOTES, ...DASHES) },
  { weight: 1, arbitrary: fc.constantFrom(...BREAKS, ...RTL, ...BIDI, ...OTHER) },
);

// Names in other scripts too: a name with no Latin letter must still get an id of its own.
export const FIRST = ['Ilse', 'Tomas', 'Henrike', 'Pavla', 'Oskar', 'Zoë', 'Åsa', 'Мария', 'Ἀλέξανδρος'];
export const LAST = [
  'Brandvold',
  'Okafor-Lind',
  'Salomonsen',
  'Quennell-Ashby',
  'Vellamo',
  "O'Neill",
  'Иванова',
  'Петрова',
  'Παπαδόπουλος',
];
const ACTOR = fc.oneof(
  fc
    .tuple(fc.constantFrom(...TITLES, ''), fc.constantFrom(...FIRST), fc.constantFrom(...LAST))
    .map((p) => p.filter((w) => w !== '').join(' ')),
  fc.constantFrom(...LAST, 'Ukraine', 'Kyiv', 'the US', 'the Lake Guild', 'he', 'she', 'they', 'both sides'),
);
const VERB = fc.constantFrom(
  'met',
  'met with',
  'held talks with',
  'will meet',
  'proposed',
  'put forward',
  'rejected',
  'welcomed',
  'criticised',
  'said',
  'wanted',
  'signed',
);
const OBJECT = fc.oneof(
  ACTOR,
  fc.constantFrom(
    'a deal on ferries',
    'the offer',
    'a truce',
    'a plan with $500 billion',
    'it',
    '50% of fares',
  ),
);
const TAIL = fc.constantFrom(
  '',
  ' in Norrvik',
  ' in Kyiv on Monday',
  ' next week',
  ', officials said',
  ' by Friday',
);
const WRAP = fc.constantFrom(
  ['', ''],
  ['“', '”'],
  ['"', '"'],
  ['‘', '’'],
  ['«', '»'],
  ['— ', ' —'],
  ['(', ')'],
);

/** A sentence shaped like news ("Mayor Ilse Brandvold met Okafor-Lind in Norrvik."), lightly wrecked. */
const newsSentence = fc
  .tuple(ACTOR, VERB, OBJECT, TAIL, WRAP, fc.constantFrom('.', '!', '?', '', '…', '."', '.”'))
  .map(([a, v, o, t, [open, close], end]) => `${a} ${v} ${open}${o}${close}${t}${end}`)
  .map((s) => s.charAt(0).toUpperCase() + s.slice(1));

/** News-like text of up to `max` sentences, with stray words or hostile pieces between them. */
export function newsText(max: number): fc.Arbitrary<string> {
  const part = fc.oneof(
    { weight: 6, arbitrary: newsSentence },
    { weight: 2, arbitrary: newsWord },
    { weight: 1, arbitrary: piece },
  );
  return fc
    .tuple(fc.array(part, { minLength: 1, maxLength: max, size: 'max' }), fc.constantFrom(' ', '\n', '\n\n'))
    .map(([parts, sep]) => parts.join(sep));
}

/** Text shaped as an article file: a title line, maybe a date line or a header block, then a body. */
export function articleText(body: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom('plain', 'dated', 'header', 'none'),
      fc.oneof(fc.constantFrom('Lake Ferry Talks', '## Talks', ''), hostileText(4)),
      body,
      fc.constantFrom('\n', '\r\n', '\r'),
      fc.boolean(),
    )
    .map(([form, title, text, eol, bom]) => {
      const head =
        form === 'plain'
          ? [title, '']
          : form === 'dated'
            ? [title, 'Monday, 3 March 2025', '']
            : form === 'header'
              ? [`Title: ${title}`, 'Date: 2025-03-03', 'Source: Lake Wire', '']
              : [];
      return (bom ? '\ufeff' : '') + [...head, text].join(eol);
    });
}

/** One line of `unit` repeated up to `bytes` of UTF-8 (no line break unless the unit holds one). */
export function repeatToBytes(unit: string, bytes: number): string {
  const size = Buffer.byteLength(unit, 'utf8');
  return unit.repeat(Math.max(1, Math.floor(bytes / Math.max(1, size))));
}

/** Strings as UTF-8 bytes, with what a string cannot hold: lone surrogates and invalid sequences. */
export const hostileBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 512 }),
  articleText(hostileText(60)).map((s) => new TextEncoder().encode(s)),
  fc
    .tuple(
      articleText(newsText(40)),
      fc.constantFrom(
        [0xed, 0xa0, 0x80], // an encoded lone surrogate (invalid UTF-8)
        [0xc0, 0xaf], // an overlong encoding
        [0xff, 0xfe], // a UTF-16 byte order mark
        [0xe2, 0x82], // a truncated sequence
        [0x00],
      ),
      fc.nat(),
    )
    .map(([s, bad, at]) => {
      const bytes = [...new TextEncoder().encode(s)];
      bytes.splice(at % (bytes.length + 1), 0, ...bad);
      return Uint8Array.from(bytes);
    }),
);
