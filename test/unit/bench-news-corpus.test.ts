// The corpus bench's article generator (bench/newsCorpus.ts): the same seed gives the same articles, and
// every article it writes is one the ingest's reader accepts, in the header form, 1-3 KB long.
import { describe, expect, it } from 'vitest';
import { generateNewsCorpus } from '../../bench/newsCorpus';
import { decodeArticleBytes, parseArticle } from '../../ingest/article/read';

describe('generated news corpus', () => {
  it('is the same for the same seed and differs for another', () => {
    const a = generateNewsCorpus({ articles: 60, seed: 7 });
    const b = generateNewsCorpus({ articles: 60, seed: 7 });
    const c = generateNewsCorpus({ articles: 60, seed: 8 });
    expect(b).toEqual(a);
    expect(c.map((f) => f.text)).not.toEqual(a.map((f) => f.text));
  });

  it('writes articles the reader accepts, each with its own id, title, date, source and URL', () => {
    const files = generateNewsCorpus({ articles: 120 });
    const ids = new Set<string>();
    for (const file of files) {
      const bytes = new TextEncoder().encode(file.text);
      expect(bytes.length).toBeGreaterThanOrEqual(1000);
      expect(bytes.length).toBeLessThanOrEqual(3000);
      const article = parseArticle(decodeArticleBytes(bytes), file.name);
      expect(article.title).not.toBe(file.name);
      expect(article.date).toMatch(/^2024-\d\d-\d\d$/);
      expect(article.source).toBeTruthy();
      expect(article.url).toMatch(/^https:\/\//);
      expect(article.text.length).toBeGreaterThan(800);
      ids.add(article.id);
    }
    expect(ids.size).toBe(files.length);
  });

  it('brings the same actors back across articles and spreads dates over weeks', () => {
    const files = generateNewsCorpus({ articles: 80 });
    const dates = files.map((f) => /^Date: (.*)$/m.exec(f.text)?.[1] ?? '').sort();
    const days = (Date.parse(dates.at(-1) ?? '') - Date.parse(dates[0] ?? '')) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(21);
    // A full name (two capitalised words) named in at least five different articles.
    const seenIn = new Map<string, Set<number>>();
    files.forEach((f, i) => {
      for (const m of f.text.matchAll(/\b[A-Z][a-z]+ [A-Z][a-z]+\b/g)) {
        const set = seenIn.get(m[0]) ?? new Set<number>();
        set.add(i);
        seenIn.set(m[0], set);
      }
    });
    expect(Math.max(...[...seenIn.values()].map((s) => s.size))).toBeGreaterThanOrEqual(5);
  });
});
