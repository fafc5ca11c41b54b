// Remembers which query texts the plan check (plan.ts) found read-only, so that a query sent again (a
// saved query paged, a query re-run) skips its EXPLAIN round trip. Safety review, for each point below
// the reason a remembered verdict cannot let a write through:
// - The key is the exact query text that was planned and is then run, with the database's name in front:
//   one character more ("… RETURN n CREATE (x)") is another key, planned again. The statement check
//   (statement.ts) is never skipped; it reads every request.
// - Parameters do not change what a plan may do: whether it writes, loads a CSV, runs a SHOW or
//   TERMINATE command, commits IN TRANSACTIONS, which procedures it calls and which schema commands it
//   holds are all written in the text, and a parameter is only ever a value. The one clause where a value
//   picks what runs is USE (`USE graph.byName($name)` picks the database), so a text holding the word USE
//   anywhere (any case, escapes read as Neo4j reads them) is never remembered and is planned every time.
// - Only "read" verdicts are kept. A refusal, or a query Neo4j cannot plan, is planned again next time.
// - A hostile page can send any number of distinct texts: the cache holds at most `maxEntries` texts and
//   `maxChars` characters of them, dropping the least recently used first, so it costs bounded memory.
// - The service still runs every query in a READ transaction (../neo4j/service.ts), in which Neo4j
//   itself refuses any write, whatever this cache says.
import { lexCypher } from '../../shared/cypherLexer';

export interface VerdictCacheLimits {
  maxEntries: number;
  /** Characters of query text held, all entries together. */
  maxChars: number;
}

/** 500 texts, and 2 M characters (about 4 MB): the saved queries and a session's worth of edits. */
export const DEFAULT_VERDICT_CACHE_LIMITS: VerdictCacheLimits = { maxEntries: 500, maxChars: 2_000_000 };

/** Whether the plan check's verdict on `cypher` may be kept: not when a USE clause may pick the database
 * from a parameter. Reads the tokens, so a comment or string holding "use" does not matter either way. */
export function mayRememberVerdict(cypher: string): boolean {
  return !lexCypher(cypher).tokens.some(
    (t) => (t.kind === 'word' || t.kind === 'quoted') && t.value.toUpperCase() === 'USE',
  );
}

/** The query texts found read-only on a database, least recently used first. */
export class ReadVerdictCache {
  private readonly texts = new Map<string, number>();
  private chars = 0;

  constructor(private readonly limits: VerdictCacheLimits = DEFAULT_VERDICT_CACHE_LIMITS) {}

  /** How many texts and characters it holds. */
  get size(): { entries: number; chars: number } {
    return { entries: this.texts.size, chars: this.chars };
  }

  /** Whether `cypher` was found read-only on `database`; a hit makes it the most recently used. */
  isRead(database: string, cypher: string): boolean {
    const key = keyOf(database, cypher);
    const length = this.texts.get(key);
    if (length === undefined) return false;
    this.texts.delete(key);
    this.texts.set(key, length);
    return true;
  }

  /** Keeps `cypher` as read-only on `database`, dropping the least recently used texts beyond the limits. */
  rememberRead(database: string, cypher: string): void {
    const key = keyOf(database, cypher);
    if (key.length > this.limits.maxChars || this.texts.has(key)) return;
    this.texts.set(key, key.length);
    this.chars += key.length;
    for (const [oldest, length] of this.texts) {
      if (this.texts.size <= this.limits.maxEntries && this.chars <= this.limits.maxChars) break;
      this.texts.delete(oldest);
      this.chars -= length;
    }
  }
}

/** Database names hold no NUL, so the key splits one way only. */
function keyOf(database: string, cypher: string): string {
  return `${database}\u0000${cypher}`;
}
