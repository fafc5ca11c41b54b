// The timeline's queries on the fictional sample corpus (data/samples/) in the real test Neo4j, through
// the explorer's read-only query API: the saved query cypher/queries/timeline.cypher and the explorer's
// own events query (frontend/src/core/timeline/query.ts) list every dated article, meeting and stance in
// date order, with the dates Cypher reads directly; stances carry the dates the ingest gave them.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonValue, QueryResponse } from '../../frontend/shared/api';
import { TIMELINE_EVENTS, TIMELINE_MAX } from '../../frontend/src/core/timeline/query';
import { eventsFromRows } from '../../frontend/src/core/timeline/utils';
import { ingestFiles } from '../../ingest';
import { listArticleFiles } from '../../ingest/article/files';
import { startApiServer, type ApiServer } from '../support/explorerApi';
import { testConfig } from '../support/neo4j';
import { clearDatabase, query, testDriver } from './graph-snapshot';

const SAMPLES = 'data/samples';

let driver: Driver;
let api: ApiServer;

function rows(response: QueryResponse): Record<string, JsonValue>[] {
  return response.rows.map((row) => Object.fromEntries(response.columns.map((c, i) => [c, row[i] ?? null])));
}

/** Each dated element's day as Cypher reads it: its own date, else its earliest article's. */
async function daysByKind(): Promise<Map<string, string[]>> {
  const found = await query<{ kind: string; day: string }>(
    driver,
    `MATCH (e) WHERE e:Article OR e:Meeting OR e:Stance
     OPTIONAL MATCH (e)-[:EVIDENCED_BY]->(:Quote)-[:IN]->(r:Article)
     WITH e, coalesce(e.date, min(r.date)) AS day WHERE day IS NOT NULL
     RETURN toLower(labels(e)[0]) AS kind, day`,
  );
  const out = new Map<string, string[]>();
  for (const { kind, day } of found) out.set(kind, [...(out.get(kind) ?? []), day].sort());
  return out;
}

beforeAll(async () => {
  driver = testDriver();
  await clearDatabase(driver);
  const { files } = await listArticleFiles([SAMPLES]);
  await ingestFiles({ files, config: testConfig() });
  api = await startApiServer();
});

afterAll(async () => {
  await api?.close();
  await driver?.close();
});

describe('the timeline on the sample corpus', () => {
  it('the saved query lists the articles, meetings and stances in date order', async () => {
    const saved = (await api.savedQueries()).queries.find((q) => q.id === 'timeline');
    expect(saved?.name).toBe('Timeline of articles, meetings and stances');
    // One page as long as the row cap: the whole timeline of the sample corpus.
    const response = await api.query(saved!.cypher, { skip: 0, limit: 5_000 });
    expect(response.error).toBeUndefined();
    expect(response.status).toBe('complete');
    const events = rows(response);
    const days = events.map((e) => e.day as string);
    expect(days.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
    expect(days).toEqual([...days].sort());

    const expected = await daysByKind();
    for (const kind of ['article', 'meeting', 'stance']) {
      const listed = events.filter((e) => e.kind === kind).map((e) => e.day as string);
      expect(listed, kind).toEqual(expected.get(kind) ?? []);
    }
    expect(expected.get('article')).toHaveLength(10);
    expect(events.filter((e) => e.kind === 'stance').every((e) => e.dating === 'dated')).toBe(true);
  });

  it("the explorer's events query gives the same days, each with its node", async () => {
    const response = await api.query(TIMELINE_EVENTS, { max: TIMELINE_MAX });
    expect(response.error).toBeUndefined();
    const events = eventsFromRows(response.columns, response.rows);
    expect(events).toHaveLength(response.rows.length);
    const days = events.map((e) => e.day);
    expect(days).toEqual([...days].sort());
    const expected = await daysByKind();
    for (const kind of ['article', 'meeting', 'stance'] as const) {
      expect(
        events
          .filter((e) => e.kind === kind)
          .map((e) => e.day)
          .sort(),
        kind,
      ).toEqual(expected.get(kind) ?? []);
    }
    const ids = await query<{ id: string }>(
      driver,
      'MATCH (e) WHERE e:Article OR e:Meeting OR e:Stance RETURN elementId(e) AS id',
    );
    expect(new Set(events.map((e) => e.id))).toEqual(new Set(ids.map((r) => r.id)));
  });

  it('stores on each stance a date no later than its article', async () => {
    const stances = await query<{ day: string | null; article: string }>(
      driver,
      `MATCH (s:Stance)-[:EVIDENCED_BY]->(:Quote)-[:IN]->(a:Article)
       RETURN s.date AS day, max(a.date) AS article`,
    );
    expect(stances.length).toBeGreaterThan(0);
    for (const s of stances) {
      expect(s.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(s.day! <= s.article).toBe(true);
    }
  });
});
