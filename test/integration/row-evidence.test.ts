// The quotes behind every row of an answer, against the real test Neo4j holding the seed article: for
// every saved query, each row's count (computed by the server with a second read query) equals what a
// Cypher count of the quotes of that row's nodes and relationships gives, written here independently;
// the query the browser sends when a count is clicked lists exactly those quotes, each verbatim text
// of its article; rows of plain values carry no count.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROW_EVIDENCE, ROW_EVIDENCE_MAX } from '../../frontend/src/core/api/queries';
import type { QueryResponse } from '../../frontend/shared/api';
import { MAX_ROW_ELEMENTS, rowElementsOf, type RowElements } from '../../frontend/shared/evidence';
import { defaultParams } from '../../frontend/shared/savedQuery';
import { ingestFiles } from '../../ingest';
import { startApiServer, type ApiServer } from '../support/explorerApi';
import { testConfig } from '../support/neo4j';
import { clearDatabase, query, testDriver } from './graph-snapshot';

const SEED = 'data/articles/seed-article.txt';

let driver: Driver;
let api: ApiServer;

/** The distinct quotes of each set of elements as plain Cypher counts them: a quote a node reaches over
 * EVIDENCED_BY, a Quote node itself, or a quote named in a relationship's quoteIds. */
async function cypherCounts(sets: RowElements[]): Promise<number[]> {
  const rows = await query<{ c: number }>(
    driver,
    `UNWIND $sets AS set
     CALL (set) {
       MATCH (q:Quote)
       WHERE elementId(q) IN set.nodes
          OR EXISTS { MATCH (n)-[:EVIDENCED_BY]->(q) WHERE elementId(n) IN set.nodes }
          OR EXISTS { MATCH ()-[r]->() WHERE elementId(r) IN set.relationships AND q.id IN r.quoteIds }
       RETURN count(q) AS c
     }
     RETURN c`,
    { sets },
  );
  return rows.map((row) => row.c);
}

function ok(response: QueryResponse, what = 'the query'): QueryResponse {
  expect(response.error?.message, what).toBeUndefined();
  expect(response.status).toBe('complete');
  return response;
}

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  await ingestFiles({ files: [SEED], config: testConfig() });
  api = await startApiServer();
});

afterAll(async () => {
  await api?.close();
  await driver?.close();
});

describe('the quotes behind each row', () => {
  it('counts, for every row of every saved query, what Cypher counts for its elements', async () => {
    const { queries } = await api.savedQueries();
    expect(queries.length).toBeGreaterThan(0);
    let counted = 0;
    let withQuotes = 0;
    for (const saved of queries) {
      const response = ok(await api.query(saved.cypher, defaultParams(saved)), saved.id);
      const counts = response.evidence?.counts ?? [];
      const elementsOfRows = response.rows.map(rowElementsOf);
      // A row of more elements than a row may count (a whole article's graph) has no count, and says so.
      const over = elementsOfRows.filter((elements) => elements === null).length;
      if (over > 0) expect(response.evidence?.note, saved.id).toMatch(/too many nodes and relationships/);
      else expect(response.evidence?.note, saved.id).toBeUndefined();
      const countable: { row: number; elements: RowElements }[] = [];
      for (const [i, elements] of elementsOfRows.entries()) {
        if (elements && elements.nodes.length + elements.relationships.length > 0) {
          countable.push({ row: i, elements });
        } else {
          // Over the cap, or plain values only: no count.
          expect(counts[i] ?? null, `${saved.id} row ${i}`).toBeNull();
        }
      }
      const expected = await cypherCounts(countable.map((c) => c.elements));
      expect(
        countable.map((c) => counts[c.row]),
        saved.id,
      ).toEqual(expected);
      counted += countable.length;
      withQuotes += expected.filter((n) => n > 0).length;
    }
    expect(counted).toBeGreaterThan(0);
    expect(withQuotes).toBeGreaterThan(0);
  }, 180_000);

  it('lists, when a count is clicked, exactly the counted quotes, verbatim in their article', async () => {
    const stances = ok(
      await api.query(
        `MATCH p = (a:Actor)-[:HOLDS]->(s:Stance)-[:TOWARD]->(t)
         RETURN a.name AS holder, p ORDER BY holder, elementId(s)`,
      ),
    );
    expect(stances.rows.length).toBeGreaterThan(0);
    for (const [i, row] of stances.rows.entries()) {
      const elements = rowElementsOf(row)!;
      const listed = ok(await api.query(ROW_EVIDENCE, { ...elements, max: ROW_EVIDENCE_MAX }));
      const quotes = listed.graph.nodes.filter((n) => n.labels.includes('Quote'));
      expect(quotes).toHaveLength(stances.evidence?.counts[i] ?? -1);
      expect(quotes.length).toBeGreaterThan(0);
      const articles = new Map(listed.graph.nodes.map((n) => [n.elementId, n]));
      for (const quote of quotes) {
        const link = listed.graph.relationships.find(
          (r) => r.type === 'IN' && r.startNodeElementId === quote.elementId,
        );
        const text = articles.get(link?.endNodeElementId ?? '')?.properties.text;
        expect(typeof text === 'string' && text.includes(String(quote.properties.text))).toBe(true);
      }
    }
  });

  it('gives rows of plain values no count at all', async () => {
    const plain = ok(await api.query('MATCH (a:Actor) RETURN a.name AS name, size(a.aliases) AS aliases'));
    expect(plain.rows.length).toBeGreaterThan(0);
    expect(plain.evidence).toBeUndefined();
  });

  it('leaves a row with too many elements uncounted, and says so in one line', async () => {
    const [total] = await query<{ c: number }>(driver, 'RETURN COUNT { (n) } + COUNT { ()-[r]->() } AS c');
    const all = ok(
      await api.query(
        `MATCH (n) OPTIONAL MATCH (n)-[r]->()
         WITH collect(DISTINCT n) AS nodes, collect(r) AS relationships
         UNWIND range(1, 3) AS copy
         RETURN copy, nodes, relationships`,
      ),
    );
    expect(total!.c).toBeGreaterThan(MAX_ROW_ELEMENTS);
    expect(all.evidence?.counts).toEqual([null, null, null]);
    expect(all.evidence?.note).toMatch(/^3 rows hold too many nodes and relationships/);
  });
});
