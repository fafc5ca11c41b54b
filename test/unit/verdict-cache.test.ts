// The plan check's memory of read-only texts (frontend/server/safety/verdictCache.ts): bounded in texts
// and characters whatever a page sends, keyed by the exact text and the database, and never holding a
// text whose USE clause could pick the database from a parameter.
import { describe, expect, it } from 'vitest';
import { mayRememberVerdict, ReadVerdictCache } from '../../frontend/server/safety/verdictCache';

describe('the read-verdict cache', () => {
  it('answers only for the exact text on the same database', () => {
    const cache = new ReadVerdictCache();
    const read = 'MATCH (a:Actor {name: $name}) RETURN a';
    cache.rememberRead('neo4j', read);
    expect(cache.isRead('neo4j', read)).toBe(true);
    expect(cache.isRead('neo4j', `${read} `)).toBe(false);
    expect(cache.isRead('neo4j', `${read} CREATE (x)`)).toBe(false);
    expect(cache.isRead('neo4j', read.toLowerCase())).toBe(false);
    expect(cache.isRead('other', read)).toBe(false);
    expect(cache.isRead('neo4j\u0000MATCH', ' (a:Actor {name: $name}) RETURN a')).toBe(false);
  });

  it('stays within its count of texts, dropping the least recently used', () => {
    const cache = new ReadVerdictCache({ maxEntries: 3, maxChars: 1_000_000 });
    for (let i = 0; i < 3; i++) cache.rememberRead('neo4j', `RETURN ${i}`);
    expect(cache.isRead('neo4j', 'RETURN 0')).toBe(true);
    cache.rememberRead('neo4j', 'RETURN 3');
    expect(cache.size.entries).toBe(3);
    expect(cache.isRead('neo4j', 'RETURN 1')).toBe(false);
    expect(['RETURN 0', 'RETURN 2', 'RETURN 3'].every((q) => cache.isRead('neo4j', q))).toBe(true);
  });

  it('stays within its characters however many distinct texts a page sends', () => {
    const limits = { maxEntries: 10_000, maxChars: 50_000 };
    const cache = new ReadVerdictCache(limits);
    for (let i = 0; i < 20_000; i++) {
      cache.rememberRead('neo4j', `RETURN ${i} AS n // ${'x'.repeat(i % 3_000)}`);
      expect(cache.size.chars).toBeLessThanOrEqual(limits.maxChars);
      expect(cache.size.entries).toBeLessThanOrEqual(limits.maxEntries);
    }
    expect(cache.size.chars).toBeGreaterThan(0);
    // A text longer than the whole budget is not kept, and pushes nothing out.
    const before = cache.size;
    cache.rememberRead('neo4j', `RETURN 1 // ${'y'.repeat(60_000)}`);
    expect(cache.size).toEqual(before);
  });

  it('never remembers a text with a USE clause, however it is spelt', () => {
    for (const cypher of [
      'USE graph.byName($db) MATCH (n) RETURN n',
      'use neo4j MATCH (n) RETURN n',
      'CALL () { \\u0055SE neo4j MATCH (n) RETURN n } RETURN 1',
      'MATCH (n) CALL (n) { UsE graph.byElementId($id) RETURN 1 AS x } RETURN x',
    ]) {
      expect(mayRememberVerdict(cypher), cypher).toBe(false);
    }
    for (const cypher of [
      'MATCH (n:Actor) RETURN n',
      "MATCH (n) WHERE n.note = 'use' RETURN n // use",
      'MATCH (n) RETURN n.user AS reuse',
    ]) {
      expect(mayRememberVerdict(cypher), cypher).toBe(true);
    }
  });
});
