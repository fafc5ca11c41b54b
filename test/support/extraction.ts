// Extraction of short articles written for the unit tests, the way the ingest reads a file: a header
// (title, date, source) and the body; every document is checked against the schema, spans included.
import { expect } from 'vitest';
import { parseArticle } from '../../ingest/article/read';
import { extractArticle } from '../../ingest/extract';
import { ExtractionSchema, type Extraction } from '../../schema';

/** The extraction document of an article with this body, dated `date`. */
export function extractBody(body: string, date: string): Extraction {
  const doc = extractArticle(
    parseArticle(`Title: Test article\nDate: ${date}\nSource: Test Wire\n\n${body}`, 'test'),
  );
  ExtractionSchema.parse(doc);
  return doc;
}

/** The id of the one actor named `name`; fails the test when there is none or more than one. */
export function actorIdByName(doc: Extraction, name: string): string {
  const found = doc.actors.filter((a) => a.name === name);
  expect(found, `actor ${name}`).toHaveLength(1);
  return found[0]!.id;
}

/**
 * The stances as "holder -> target: polarity" lines, sorted: actors by name, proposals by their proposers
 * ("proposal of A,B"), meetings by label ("meeting Talks").
 */
export function stanceLines(doc: Extraction): string[] {
  const names = new Map<string, string>();
  for (const a of doc.actors) names.set(a.id, a.name);
  for (const p of doc.proposals) names.set(p.id, `proposal of ${p.proposers.map((x) => names.get(x))}`);
  for (const m of doc.meetings) names.set(m.id, `meeting ${m.label}`);
  return doc.stances.map((s) => `${names.get(s.holder)} -> ${names.get(s.target)}: ${s.polarity}`).sort();
}
