// What the explorer's export sends and how its files are named; the server and the browser both read it.
// Nothing here runs at import.
import type { JsonValue } from './api';

/** What the server writes; a PNG is drawn in the browser from the canvas itself. */
export const SERVER_EXPORT_FORMATS = ['gexf', 'json', 'brief'] as const;
export type ServerExportFormat = (typeof SERVER_EXPORT_FORMATS)[number];

/** POST /api/export: the whole graph without `cypher`, else what the query returns. */
export interface ExportRequestBody {
  format: ServerExportFormat;
  cypher?: string;
  params?: Record<string, JsonValue>;
  /** A name for what is exported (a saved query's), for the brief's heading. */
  title?: string;
}

/** graph-YYYY-MM-DD.EXT, the day in UTC. */
export function exportFileName(extension: string, now: Date = new Date()): string {
  return `graph-${now.toISOString().slice(0, 10)}.${extension}`;
}
