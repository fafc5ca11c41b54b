import type { Explorer } from '../explorer';

export function openReader(explorer: Explorer, articleId: string, quoteId: string | null = null): void {
  explorer.reader.set({ articleId, quoteId });
}

export function closeReader(explorer: Explorer): void {
  explorer.reader.set(null);
}
