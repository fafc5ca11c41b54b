// Exports from the explorer: a PNG of the canvas as it is drawn (sigma's own @sigma/export-image, loaded
// on first use), and GEXF, JSON or the cited brief of the open view's query, written by the server
// (POST /api/export). Each file is saved as graph-YYYY-MM-DD.EXT; nothing exported is ever rendered.
import type { QueryError, SavedQueryEntry } from '../../../shared/api';
import { exportFileName, type ExportRequestBody, type ServerExportFormat } from '../../../shared/exportFile';
import type { ExplorerSigma } from '../graph/types';
import type { ViewQuery } from '../view/types';

export type ExportFormat = ServerExportFormat | 'png';

/** What the server is asked to export for the open view: everything for the overview, else its query
 * (named after the saved query it is, when it is one). */
export function exportRequestFor(
  format: ServerExportFormat,
  query: ViewQuery,
  saved: readonly SavedQueryEntry[],
): ExportRequestBody {
  if (query.kind === 'overview') return { format };
  const name = saved.find((s) => s.cypher.trim() === query.cypher.trim())?.name;
  return { format, cypher: query.cypher, params: query.params, ...(name ? { title: name } : {}) };
}

/** What an export covers, in words, for the menu. */
export function exportScope(query: ViewQuery, saved: readonly SavedQueryEntry[]): string {
  if (query.kind === 'overview') return 'the whole graph';
  const name = saved.find((s) => s.cypher.trim() === query.cypher.trim())?.name;
  return name ? `the query “${name}”` : 'the open query';
}

/** The server's file for `body`, or an Error with the server's one-line reason. */
export async function fetchExport(body: ExportRequestBody, signal?: AbortSignal): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch('/api/export', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new Error('The explorer server is not answering.', { cause: err });
  }
  if (response.ok) return response.blob();
  let reason = `The export failed (HTTP ${response.status}).`;
  try {
    const error = ((await response.json()) as { error?: QueryError }).error;
    if (error?.message) reason = error.message;
  } catch {
    // The status alone says it.
  }
  throw new Error(reason);
}

/** A PNG of what the canvas shows (labels included), at the canvas's size times the screen's pixel ratio,
 * on the page's background. */
export async function viewAsPng(sigma: ExplorerSigma): Promise<Blob> {
  const { toBlob } = await import('@sigma/export-image');
  // The module is typed over sigma's generic attributes; ours are a subtype.
  return toBlob(sigma as unknown as Parameters<typeof toBlob>[0], {
    format: 'png',
    backgroundColor: '#ffffff',
  });
}

/** Saves `blob` as a download named graph-YYYY-MM-DD.`extension`. */
export function saveBlob(blob: Blob, extension: string): string {
  const name = exportFileName(extension);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its bytes once the click is handled; the URL can go soon after.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}

export const EXTENSIONS: Record<ExportFormat, string> = {
  png: 'png',
  gexf: 'gexf',
  json: 'json',
  brief: 'md',
};
