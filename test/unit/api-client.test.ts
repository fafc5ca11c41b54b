// How the browser reads the server's replies: a 503 is an outage only when Neo4j is what cannot be
// reached; the explorer's own 503 (too many queries at once) is an answer to show, not a lost database.
import { describe, expect, it } from 'vitest';
import { ApiError, readReply } from '../../frontend/src/core/api/client';
import { errorResponse, type QueryResponse } from '../../frontend/shared/api';

function refusal(code: string, message: string): QueryResponse {
  return errorResponse({ code, message });
}

describe('readReply', () => {
  it('turns a 503 from an unreachable Neo4j into an outage', () => {
    const body = refusal('ServiceUnavailable', 'Neo4j at bolt://127.0.0.1:7687 cannot be reached.');
    expect(() => readReply({ status: 503, body })).toThrow(ApiError);
    try {
      readReply({ status: 503, body });
    } catch (err) {
      expect((err as ApiError).kind).toBe('neo4j-unreachable');
    }
  });

  it('gives back a busy server’s 503 as the answer, with its reason', () => {
    const body = refusal('Explorer.Busy', 'The explorer is running as many queries as it takes; try again.');
    const answer = readReply<QueryResponse>({ status: 503, body });
    expect(answer.error?.code).toBe('Explorer.Busy');
    expect(answer.error?.message).toMatch(/try again/);
  });

  it('passes an ordinary answer through', () => {
    const body = refusal(
      'Explorer.Refused',
      'Refused: CREATE would change the database; the explorer only reads.',
    );
    expect(readReply<QueryResponse>({ status: 200, body })).toEqual(body);
  });
});
