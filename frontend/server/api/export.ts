// POST /api/export {format, cypher?, params?, title?}: the whole graph (no `cypher`), or what a query
// returns, as GEXF, JSON or the cited brief, written by the export command's own pure writers (export/).
// Every statement it runs (the whole graph's, the browser's query, the brief's evidence) takes the query
// API's way: the read-only guards, the worker, the READ transaction and its timeout. An answer that a cap
// stops short is refused (413) rather than exported in part. The file is an attachment: the browser saves
// it and never renders it.
import { z } from 'zod';
import { toBrief } from '../../../export/brief';
import { toGexf } from '../../../export/gexf';
import { toJson } from '../../../export/json';
import {
  briefEvidence,
  EVIDENCE_CYPHER,
  EXPORT_ROWS,
  evidenceParams,
  ownedQuotes,
  QUOTES_CYPHER,
  quoteSources,
  WHOLE_GRAPH,
} from '../../../export/queries';
import type { GraphJson, JsonValue, QueryRequest, QueryResponse } from '../../shared/api';
import { SERVER_EXPORT_FORMATS } from '../../shared/exportFile';
import { everyRow } from '../../shared/paging';
import type { AnswerCaps } from '../graph/answer';
import { checkBodyShape, MAX_CYPHER_LENGTH, QueryRequestSchema, type QueryAnswer } from './query';

const EXPORT_FORMATS = SERVER_EXPORT_FORMATS;

export const MAX_EXPORT_BODY_BYTES = 64 * 1024;
/** The caps of every statement an export runs: far above the query API's rows, one export at a time.
 * Relationships are kept whatever their ends (the whole graph reads them apart from the nodes); the
 * export then keeps those with both ends, as the command does. */
export const EXPORT_CAPS: Partial<AnswerCaps> = {
  rowCap: EXPORT_ROWS,
  maxBytes: 32 * 1024 * 1024,
  openEnds: true,
};

const ExportRequestSchema = z
  .object({
    format: z.enum(EXPORT_FORMATS),
    cypher: QueryRequestSchema.shape.cypher.optional(),
    params: QueryRequestSchema.shape.params,
    title: z.string().max(200).optional(),
  })
  .strict();

export type ExportRequest = z.infer<typeof ExportRequestSchema>;

export type ParsedExport = { ok: true; request: ExportRequest } | { ok: false; message: string };

export function parseExportRequest(body: unknown): ParsedExport {
  const shape = checkBodyShape(body);
  if (shape) return { ok: false, message: shape };
  const parsed = ExportRequestSchema.safeParse(body);
  if (parsed.success) return { ok: true, request: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
  return {
    ok: false,
    message: `Expected {"format": ${EXPORT_FORMATS.join('|')}, "cypher"?: string of at most ${MAX_CYPHER_LENGTH} characters, "params"?: object, "title"?: string}: ${issue?.message ?? 'invalid'}${where}`,
  };
}

/** Runs one statement the guarded way, under EXPORT_CAPS. */
export type ExportRunner = (request: QueryRequest) => Promise<QueryAnswer>;

export type ExportOutcome =
  | { ok: true; body: string; contentType: string; extension: string }
  | { ok: false; status: 400 | 413 | 503; code: string; message: string };

class ExportStop extends Error {
  constructor(readonly outcome: Extract<ExportOutcome, { ok: false }>) {
    super(outcome.message);
  }
}

/** One statement's answer, or an ExportStop saying why the export cannot go on. */
async function answer(run: ExportRunner, request: QueryRequest): Promise<QueryResponse> {
  const result = await run(request);
  const response = JSON.parse(result.json) as QueryResponse;
  if (result.status === 'truncated') {
    const why = response.truncation?.message ?? 'a cap was reached';
    const message = `The export is too large for the explorer (${why}); export a saved query, or use npm run export`;
    throw new ExportStop({ ok: false, status: 413, code: 'Explorer.TooLarge', message });
  }
  if (result.error || response.error) {
    const error = result.error ?? response.error!;
    const status = error.code === 'ServiceUnavailable' ? 503 : 400;
    throw new ExportStop({ ok: false, status, code: error.code, message: error.message });
  }
  return response;
}

async function readGraph(run: ExportRunner, request: ExportRequest): Promise<GraphJson> {
  const statements: QueryRequest[] = request.cypher
    ? [{ cypher: request.cypher, params: everyRow(request.params ?? {}, EXPORT_ROWS), rows: false }]
    : WHOLE_GRAPH.map((cypher) => ({ cypher, params: {}, rows: false }));
  const nodes = new Map<string, GraphJson['nodes'][number]>();
  const relationships = new Map<string, GraphJson['relationships'][number]>();
  for (const statement of statements) {
    const { graph } = await answer(run, statement);
    for (const node of graph.nodes) nodes.set(node.elementId, node);
    for (const rel of graph.relationships) relationships.set(rel.elementId, rel);
  }
  // As the command's: a relationship is exported with both its ends.
  const kept = [...relationships.values()].filter(
    (r) => nodes.has(r.startNodeElementId) && nodes.has(r.endNodeElementId),
  );
  return { nodes: [...nodes.values()], relationships: kept };
}

/** Rows of a statement as objects keyed by its columns. */
function rowObjects(response: QueryResponse): Record<string, JsonValue>[] {
  return response.rows.map((row) => Object.fromEntries(response.columns.map((c, i) => [c, row[i] ?? null])));
}

async function brief(run: ExportRunner, graph: GraphJson, heading: string): Promise<string> {
  const owned = await answer(run, { cypher: EVIDENCE_CYPHER, params: evidenceParams(graph) });
  const mine = ownedQuotes(rowObjects(owned).map((r) => ({ owner: r.owner, quote: r.quote })));
  const found = await answer(run, { cypher: QUOTES_CYPHER, params: { quoteIds: mine.used } });
  return toBrief(graph, briefEvidence(mine, quoteSources(rowObjects(found))), heading);
}

/** The export `request` asks for, or why not. */
export async function runExport(run: ExportRunner, request: ExportRequest): Promise<ExportOutcome> {
  try {
    const graph = await readGraph(run, request);
    const what = request.title ?? (request.cypher ? 'a query' : 'the whole graph');
    switch (request.format) {
      case 'json':
        return {
          ok: true,
          body: toJson(graph),
          contentType: 'application/json; charset=utf-8',
          extension: 'json',
        };
      case 'gexf': {
        const body = toGexf(graph, `News graph explorer: ${what}`);
        return { ok: true, body, contentType: 'application/gexf+xml; charset=utf-8', extension: 'gexf' };
      }
      case 'brief': {
        const body = await brief(run, graph, request.title ? `Brief: ${request.title}` : 'Brief');
        return { ok: true, body, contentType: 'text/markdown; charset=utf-8', extension: 'md' };
      }
    }
  } catch (err) {
    if (err instanceof ExportStop) return err.outcome;
    throw err;
  }
}
