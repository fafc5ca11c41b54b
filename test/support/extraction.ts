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
