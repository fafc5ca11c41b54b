// Contradictions: one holder's stances of opposite polarity (support against oppose) toward one target,
// told in different articles or on different days, become (:Stance)-[:CONTRADICTS]->(:Stance) from the
// later stance to the earlier (by date, then id); and a proposal whose articles give different figures for
// one term keeps those terms in `conflictingTerms`. Pure rules here; ingest/load/neo4j.ts runs the Neo4j
// side inside each article's transaction, over the holder and target pairs the article touches.
import { byCodePoint, foldLetters } from '../identity/names';

/** One stance as the contradiction step reads it. */
export interface StanceFact {
  id: string;
  holder: string;
  target: string;
  polarity: string;
  /** The stance's own date, else its article's; null when neither is known. */
  date: string | null;
  article: string;
  quoteIds: string[];
}

/** A CONTRADICTS relationship to write: `from` is the later stance. */
export interface ContradictionPair {
  from: string;
  to: string;
  quoteIds: string[];
}

const OPPOSITE: Record<string, string> = { support: 'oppose', oppose: 'support' };

/** Date then id: an undated stance comes first, so the order never depends on the load. */
function earlier(a: StanceFact, b: StanceFact): boolean {
  return byCodePoint(a.date ?? '', b.date ?? '') < 0 || (a.date === b.date && byCodePoint(a.id, b.id) < 0);
}

/** Every contradicting pair among these stances; the result depends on the set only, never its order. */
export function contradictionPairs(stances: StanceFact[]): ContradictionPair[] {
  const groups = new Map<string, StanceFact[]>();
  for (const s of stances) {
    if (!OPPOSITE[s.polarity]) continue;
    const key = `${s.holder}\u0000${s.target}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  const pairs: ContradictionPair[] = [];
  for (const group of groups.values()) {
    group.forEach((a, i) => {
      for (const b of group.slice(i + 1)) {
        if (OPPOSITE[a.polarity] !== b.polarity) continue;
        if (a.article === b.article && a.date === b.date) continue;
        const [later, first] = earlier(a, b) ? [b, a] : [a, b];
        pairs.push({ from: later.id, to: first.id, quoteIds: [...later.quoteIds, ...first.quoteIds] });
      }
    });
  }
  return pairs.sort((x, y) => byCodePoint(x.from, y.from) || byCodePoint(x.to, y.to));
}

/** The key a pair is kept by when stale relationships are pruned: `fromId|toId`. */
export function pairKey(pair: Pick<ContradictionPair, 'from' | 'to'>): string {
  return `${pair.from}|${pair.to}`;
}

/** Amounts of money and percentages in a term, normalised: "$500 billion" → "$:500e9". */
export function figures(term: string): string[] {
  const out: string[] = [];
  const money =
    /([$€£¥])\s?(\d[\d,]*(?:\.\d+)?)\s*(trillion|billion|million|bn|m)?\b|(\d[\d,]*(?:\.\d+)?)\s*(trillion|billion|million|bn)?\s*(dollars|euros|pounds|dlrs|yen|yuan)\b/gi;
  for (const m of term.matchAll(money)) {
    const unit = m[1] ?? (m[6] ?? '').toLowerCase();
    const value = Number((m[2] ?? m[4] ?? '').replace(/,/g, '')) * scale(m[3] ?? m[5]);
    out.push(`${unit === 'dlrs' || unit === 'dollars' ? '$' : unit}:${value}`);
  }
  for (const m of term.matchAll(/(\d+(?:\.\d+)?)\s?(%|percent\b|per cent\b)/gi))
    out.push(`%:${Number(m[1])}`);
  return out;
}

function scale(word: string | undefined): number {
  const w = (word ?? '').toLowerCase();
  if (w === 'trillion') return 1e12;
  if (w === 'billion' || w === 'bn') return 1e9;
  if (w === 'million' || w === 'm') return 1e6;
  return 1;
}

/** Words that name what a figure is for, without numbers, units and filler. */
function termWords(term: string): Set<string> {
  const skip = new Set(['the', 'and', 'for', 'with', 'over', 'from', 'into', 'per', 'cent', 'percent']);
  const words = foldLetters(term)
    .split(/[^\p{L}]+/u)
    .filter(
      (w) => w.length >= 3 && !skip.has(w) && !/^(trillion|billion|million|dollars?|euros?|dlrs)$/.test(w),
    );
  return new Set(words);
}

/**
 * Terms of one proposal that give different figures for the same thing, across its articles: two terms
 * from different articles with figures of one kind (a currency, or a percentage) that differ, whose other
 * words are shared or absent. Sorted, each term once; empty when the articles agree.
 */
export function conflictingTerms(members: { articleId: string; terms: string[] }[]): string[] {
  const entries = members.flatMap((m) =>
    m.terms.map((term) => ({ article: m.articleId, term, figures: figures(term), words: termWords(term) })),
  );
  const out = new Set<string>();
  entries.forEach((a, i) => {
    for (const b of entries.slice(i + 1)) {
      if (a.article === b.article || a.term === b.term) continue;
      if (!differentFigure(a.figures, b.figures)) continue;
      const shared = [...a.words].some((w) => b.words.has(w));
      if (shared || a.words.size === 0 || b.words.size === 0) {
        out.add(a.term);
        out.add(b.term);
      }
    }
  });
  return [...out].sort(byCodePoint);
}

/** Both give a figure of one kind, and no figure of that kind is in both. */
function differentFigure(a: string[], b: string[]): boolean {
  const kind = (f: string) => f.slice(0, f.indexOf(':'));
  for (const k of new Set(a.map(kind))) {
    const ours = a.filter((f) => kind(f) === k);
    const theirs = b.filter((f) => kind(f) === k);
    if (theirs.length > 0 && !ours.some((f) => theirs.includes(f))) return true;
  }
  return false;
}
