// Paged queries in the workbench (frontend/src/core/queries/paging.ts): which runs are paged, the request
// for the next page after an answer, and a page's rows and graph joined to those held.
import { describe, expect, it } from 'vitest';
import type { GraphNode, GraphRelationship, QueryResponse } from '../../frontend/shared/api';
import { joinAnswers, nextPage } from '../../frontend/src/core/queries/paging';
import { everyRow, pageOf } from '../../frontend/shared/paging';

const CYPHER = 'MATCH (m:Meeting) WITH m ORDER BY m.id SKIP $skip LIMIT $limit RETURN m.label AS meeting, m';

const node = (id: string, label: string): GraphNode => ({
  elementId: id,
  labels: ['Meeting'],
  properties: { label },
});

const attended = (id: string, from: string, to: string): GraphRelationship => ({
  elementId: id,
  type: 'ATTENDED',
  startNodeElementId: from,
  endNodeElementId: to,
  properties: {},
});

/** An answer of `rows` meeting rows named from `first`. */
function answer(first: number, rows: number, extra: Partial<QueryResponse> = {}): QueryResponse {
  const labels = Array.from({ length: rows }, (_, i) => `Round ${first + i}`);
  return {
    status: 'complete',
    columns: ['meeting', 'm'],
    rows: labels.map((label) => [label, { $ref: 'node', elementId: `n-${label}` }]),
    graph: { nodes: labels.map((label) => node(`n-${label}`, label)), relationships: [] },
    rowCap: 5_000,
    elapsedMs: 10,
    ...extra,
  };
}

describe('pageOf', () => {
  it('reads a whole skip of 0 or more and a whole limit of 1 or more', () => {
    expect(pageOf({ skip: 0, limit: 100 })).toEqual({ skip: 0, limit: 100 });
    expect(pageOf({ skip: 300, limit: 100, actor: 'Mira Talvik' })).toEqual({ skip: 300, limit: 100 });
  });

  it('calls a run without both, or with other values, not paged', () => {
    expect(pageOf({ limit: 10 })).toBeNull();
    expect(pageOf({ skip: 0 })).toBeNull();
    expect(pageOf({ skip: -1, limit: 10 })).toBeNull();
    expect(pageOf({ skip: 0, limit: 0 })).toBeNull();
    expect(pageOf({ skip: 1.5, limit: 10 })).toBeNull();
    expect(pageOf({ skip: '0', limit: 10 })).toBeNull();
  });

  it('sets a paged run to read every row up to a cap, for the exports, and leaves others as they are', () => {
    expect(everyRow({ skip: 300, limit: 100, actor: 'Mira Talvik' }, 5_000)).toEqual({
      skip: 0,
      limit: 5_000,
      actor: 'Mira Talvik',
    });
    expect(everyRow({ actor: 'Mira Talvik', limit: 0 }, 5_000)).toEqual({ actor: 'Mira Talvik', limit: 0 });
  });
});

describe('nextPage', () => {
  const request = { cypher: CYPHER, params: { skip: 200, limit: 100, actor: '' } };

  it('asks for the rows after a full page, keeping the other parameters', () => {
    expect(nextPage(request, answer(200, 100))).toEqual({
      cypher: CYPHER,
      params: { skip: 300, limit: 100, actor: '' },
    });
  });

  it('stops after a short page, an error, or a query that is not paged', () => {
    expect(nextPage(request, answer(200, 99))).toBeNull();
    expect(nextPage(request, answer(200, 0))).toBeNull();
    const failed = answer(200, 0, { status: 'error', error: { code: 'Explorer.Error', message: 'lost' } });
    expect(nextPage(request, failed)).toBeNull();
    expect(nextPage({ cypher: CYPHER, params: { limit: 100 } }, answer(0, 100))).toBeNull();
  });

  it('goes on where a cap cut a page short, but not past a row too large to send', () => {
    const bytes = answer(200, 40, {
      status: 'truncated',
      truncation: { reason: 'bytes', limit: 1_000_000, message: 'The answer reached the size cap.' },
    });
    expect(nextPage(request, bytes)?.params.skip).toBe(240);
    const value = answer(200, 40, {
      status: 'truncated',
      truncation: { reason: 'value', limit: 100_000, message: 'A value was too large.' },
    });
    expect(nextPage(request, value)).toBeNull();
  });
});

describe('joinAnswers', () => {
  it('puts the page after the rows held and each node and relationship in the graph once', () => {
    const held = answer(0, 2);
    const shared = held.graph.nodes[1]!;
    const page = answer(2, 2);
    page.graph.nodes.push(shared);
    page.graph.relationships.push(attended('r-1', shared.elementId, 'n-Round 2'));
    const joined = joinAnswers(held, page);
    expect(joined.rows.map((row) => row[0])).toEqual(['Round 0', 'Round 1', 'Round 2', 'Round 3']);
    expect(joined.graph.nodes.map((n) => n.properties.label)).toEqual([
      'Round 0',
      'Round 1',
      'Round 2',
      'Round 3',
    ]);
    expect(joined.graph.relationships.map((r) => r.elementId)).toEqual(['r-1']);
    expect(joined.elapsedMs).toBe(20);
  });

  it("keeps each row's quote count beside its row, with none for rows of a page without counts", () => {
    const held = answer(0, 2, { evidence: { counts: [3, null] } });
    const page = answer(2, 1);
    expect(joinAnswers(held, page).evidence).toEqual({ counts: [3, null, null] });
    const counted = answer(2, 1, { evidence: { counts: [5], note: 'One row was not counted.' } });
    expect(joinAnswers(answer(0, 2), counted).evidence).toEqual({
      counts: [null, null, 5],
      note: 'One row was not counted.',
    });
    expect(joinAnswers(answer(0, 1), answer(1, 1)).evidence).toBeUndefined();
  });

  it("takes the page's status, so a later truncation shows", () => {
    const page = answer(2, 1, {
      status: 'truncated',
      truncation: { reason: 'bytes', limit: 1_000_000, message: 'The answer reached the size cap.' },
    });
    expect(joinAnswers(answer(0, 2), page).status).toBe('truncated');
  });
});
