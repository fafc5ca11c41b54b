// The ingest's plain-text account of what one article changed (ingest/load/article-changes.ts): a short
// block of lines under the article's progress line, or one line when it changed nothing.
import type { ArticleChanges } from './load/article-changes';

/** At most this many names per line; the rest are counted. */
const SHOWN = 5;

function list(items: string[]): string {
  const shown = items.slice(0, SHOWN).join(', ');
  return items.length > SHOWN ? `${shown} and ${items.length - SHOWN} more` : shown;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

const VERB: Record<string, string> = { support: 'supports', oppose: 'opposes' };

function stanceText(s: { holder: string; target: string; polarity: string }): string {
  return `${s.holder} ${VERB[s.polarity] ?? `is ${s.polarity} on`} ${s.target}`;
}

/** The lines (without indentation) that say what an article changed. */
export function changesLines(changes: ArticleChanges): string[] {
  const lines: string[] = [];
  const added: [string, string[]][] = [
    ['actor', changes.actors.map((a) => a.name)],
    ['meeting', changes.meetings.map((m) => m.label)],
    ['proposal', changes.proposals.map((p) => p.label)],
    ['stance', changes.stances.map(stanceText)],
  ];
  for (const [word, names] of added) {
    if (names.length > 0) lines.push(`new ${plural(names.length, word)}: ${list(names)}`);
  }
  if (changes.merged.length > 0) {
    const merged = changes.merged.map((m) => `"${m.spelling}" into ${m.actor}`);
    lines.push(`merged ${plural(merged.length, 'spelling')}: ${list(merged)}`);
  }
  for (const r of changes.reversals) {
    const when = (side: { date: string | null; article: string }) => side.date ?? side.article;
    lines.push(
      `reversal: ${r.holder} on ${r.target}: ${r.earlier.polarity} (${when(r.earlier)}) -> ${r.later.polarity} (${when(r.later)})`,
    );
  }
  return lines.length > 0 ? lines : ['nothing new'];
}
