// The Cypher an export reads with, and how its rows become the brief's evidence. Pure and shared: the
// command (export/read.ts) runs it through the driver, the explorer's server (frontend/server/api/export.ts)
// through its read-only query path.
import type { GraphJson } from '../frontend/shared/api';
import { ACTOR_KEY_LABEL, Attributions, type Attribution } from '../schema/vocabulary';
import type { BriefEvidence, QuoteSource } from './brief';

/** Rows one statement of an export may return, in the command and in the explorer; a paged saved query is
 * asked for that many (frontend/shared/paging.ts everyRow). */
export const EXPORT_ROWS = 200_000;

/** The whole graph: every node, then every relationship. */
export const WHOLE_GRAPH = [
  `MATCH (n) WHERE NOT n:${ACTOR_KEY_LABEL} RETURN n`,
  'MATCH ()-[r]->() RETURN r',
] as const;

/** Each node's own quotes, and the quotes relationships cite by id, with `owner` null. */
export const EVIDENCE_CYPHER = `
UNWIND $ids AS nodeId
MATCH (n)-[:EVIDENCED_BY]->(q:Quote) WHERE elementId(n) = nodeId
RETURN nodeId AS owner, q.id AS quote
UNION
UNWIND $quoteIds AS quoteId
MATCH (q:Quote {id: quoteId})
RETURN null AS owner, q.id AS quote`;

/** The text of each quote used, with its article and how it is sourced (its speakers by SAID). */
export const QUOTES_CYPHER = `
UNWIND $quoteIds AS quoteId
MATCH (q:Quote {id: quoteId})-[:IN]->(a:Article)
RETURN q.id AS id, q.text AS text, a.title AS title, a.source AS source, toString(a.date) AS date,
       q.attribution AS attribution, q.sourceDescription AS sourceDescription,
       [(s:Actor)-[:SAID]->(q) | s.name] AS speakers`;

/** EVIDENCE_CYPHER's parameters for `graph`. */
export function evidenceParams(graph: GraphJson): { ids: string[]; quoteIds: string[] } {
  const quoteIds = graph.relationships.flatMap((r) => stringList(r.properties.quoteIds));
  return { ids: graph.nodes.map((n) => n.elementId), quoteIds: [...new Set(quoteIds)] };
}

/** Each node's quote ids from EVIDENCE_CYPHER's rows, and every quote id met. */
export function ownedQuotes(rows: readonly { owner: unknown; quote: unknown }[]): {
  quotesOf: Map<string, string[]>;
  used: string[];
} {
  const quotesOf = new Map<string, string[]>();
  const used = new Set<string>();
  for (const { owner, quote } of rows) {
    const id = String(quote);
    used.add(id);
    if (typeof owner !== 'string') continue;
    const list = quotesOf.get(owner);
    if (list) list.push(id);
    else quotesOf.set(owner, [id]);
  }
  return { quotesOf, used: [...used] };
}

/** QUOTES_CYPHER's rows by quote id. */
export function quoteSources(rows: readonly Record<string, unknown>[]): Map<string, QuoteSource> {
  const quotes = new Map<string, QuoteSource>();
  for (const row of rows) {
    const text = (key: string) => (row[key] === null || row[key] === undefined ? null : String(row[key]));
    const attribution = text('attribution');
    quotes.set(String(row.id), {
      text: text('text') ?? '',
      title: text('title') ?? 'Untitled article',
      source: text('source'),
      date: text('date'),
      // Quotes of articles loaded before attribution existed have none.
      attribution: (Attributions as readonly string[]).includes(attribution ?? '')
        ? (attribution as Attribution)
        : null,
      sourceDescription: text('sourceDescription'),
      speakers: stringList(row.speakers).sort((a, b) => a.localeCompare(b, 'en')),
    });
  }
  return quotes;
}

export function briefEvidence(
  owned: ReturnType<typeof ownedQuotes>,
  quotes: Map<string, QuoteSource>,
): BriefEvidence {
  return { quotesOf: owned.quotesOf, quotes };
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
