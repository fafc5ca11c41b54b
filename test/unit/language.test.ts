// The language layer: tokens and sentences keep offsets into the original text whatever the model
// normalises, and carry lemmas, tags, negation and value entities.
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../ingest/text/language';

const TEXT = [
  'Harbour Workers Vote Again',
  'June 3, 2024',
  '',
  'The dockers’ union won’t accept the   port authority’s offer of $1.2 billion, its chairman said.',
  "Mr. Okafor didn't sign it; he rejected a 4% rise.\tTalks resume on Monday.",
].join('\n');

describe('the language layer', () => {
  const a = analyseText(TEXT);

  it('gives every token and sentence offsets into the original text', () => {
    for (const t of a.tokens) expect(TEXT.slice(t.start, t.end)).toBe(t.text);
    for (const s of a.sentences) expect(TEXT.slice(s.start, s.end)).toBe(s.text);
    for (const e of a.entities) expect(e.end).toBeGreaterThan(e.start);
    expect(a.tokens.some((t) => /\s/.test(t.text))).toBe(false);
  });

  it('ends a sentence at each line break and keeps abbreviations inside sentences', () => {
    expect(a.sentences.map((s) => s.text)).toEqual([
      'Harbour Workers Vote Again',
      'June 3, 2024',
      'The dockers’ union won’t accept the   port authority’s offer of $1.2 billion, its chairman said.',
      "Mr. Okafor didn't sign it; he rejected a 4% rise.",
      'Talks resume on Monday.',
    ]);
  });

  it('reads one lemma for every form of a verb, and negation', () => {
    const rejected = a.tokens.find((t) => t.text === 'rejected')!;
    expect(rejected.lemma).toBe('reject');
    expect(rejected.pos).toBe('VERB');
    expect(a.tokens.find((t) => t.text === 'said')!.lemma).toBe('say');
    expect(a.tokens.find((t) => t.text === 'accept')!.negated).toBe(true);
    expect(a.tokens.find((t) => t.text === 'sign')!.negated).toBe(true);
    expect(a.tokens.find((t) => t.text === 'rejected')!.negated).toBe(false);
  });

  it('marks possessive endings, singular and plural', () => {
    const possessives = a.tokens.filter((t) => t.kind === 'possessive').map((t) => t.text);
    expect(possessives).toEqual(['’', '’s']);
  });

  it('finds money, percentages and dates', () => {
    const found = a.entities.map((e) => `${e.type}:${TEXT.slice(e.start, e.end)}`);
    expect(found).toContain('MONEY:$1.2 billion');
    expect(found).toContain('PERCENT:4%');
    expect(found.some((f) => f.startsWith('DATE:') && f.includes('Monday'))).toBe(true);
  });

  it('keeps names with letters beyond Latin-1 whole, as written', () => {
    const names = 'Łukasz Wiśniewski met Zeynep Doğan, Nguyễn Thị Hoa and Ana Krave\u0301tskyy.';
    const words = analyseText(names)
      .tokens.filter((t) => t.kind === 'word')
      .map((t) => t.text);
    expect(words.slice(0, 9)).toEqual([
      'Łukasz',
      'Wiśniewski',
      'met',
      'Zeynep',
      'Doğan',
      'Nguyễn',
      'Thị',
      'Hoa',
      'and',
    ]);
    expect(words).toContain('Krave\u0301tskyy');
  });
});
