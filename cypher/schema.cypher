// Constraints and indexes of the graph (README.md, "The graph"). The ingest applies every statement before it
// loads an article, each in its own auto-commit call: schema changes cannot share a transaction with
// writes. Every statement is idempotent (IF NOT EXISTS, IF EXISTS), so applying the file again changes nothing.
// Statements end with a semicolon; lines starting with // are comments.

// One node per id and label; the uniqueness constraints also back the MERGE lookups of the load.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT proposal_id IF NOT EXISTS FOR (n:Proposal) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT stance_id IF NOT EXISTS FOR (n:Stance) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT quote_id IF NOT EXISTS FOR (n:Quote) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT term_id IF NOT EXISTS FOR (n:Term) REQUIRE n.id IS UNIQUE;

// Search by actor name or any alias ("Zelenskiy", "Zelensky"), and by the words of a quote. The ingest never
// reads these two, so they are eventually consistent: Neo4j updates them after each article's commit, not
// inside it, and the ingest waits for them once at the end of a run (awaitSearchIndexes,
// ingest/load/neo4j.ts). An index created before keeps its setting: IF NOT EXISTS leaves it as it is.
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS FOR (n:Actor) ON EACH [n.name, n.aliases]
OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};
CREATE FULLTEXT INDEX quote_text IF NOT EXISTS FOR (n:Quote) ON EACH [n.text]
OPTIONS {indexConfig: {`fulltext.eventually_consistent`: true}};

// The ingest's lookup of stored actors by the tokens of their names (ingest/identity/tokens.ts): one
// lower-case hex word per token, kept whole by the whitespace analyzer. The ingest reads it inside each
// article's transaction, so it stays consistent: each article must see every earlier commit. ActorKey
// nodes (one per actor kind and key, ingest/load/identity.ts) are the ingest's own bookkeeping: the
// export and the explorer's overview leave them out. The index that an earlier version kept over each
// Article's tokens is read by nothing now, yet a consistent index is updated inside every commit that
// touches its nodes: it is dropped where it exists.
DROP INDEX article_actor_tokens IF EXISTS;
CREATE CONSTRAINT actor_key_id IF NOT EXISTS FOR (n:ActorKey) REQUIRE n.id IS UNIQUE;
CREATE FULLTEXT INDEX actor_key_tokens IF NOT EXISTS FOR (n:ActorKey) ON EACH [n.tokens]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace'}};

// The saved queries' filters and orders (cypher/queries/): stances by polarity, meetings by status, quotes
// by how their source is named; meetings, stances and articles in date order, read page by page from the
// start of an index rather than sorted whole.
CREATE INDEX stance_polarity IF NOT EXISTS FOR (n:Stance) ON (n.polarity);
CREATE INDEX meeting_status IF NOT EXISTS FOR (n:Meeting) ON (n.status);
CREATE INDEX quote_attribution IF NOT EXISTS FOR (n:Quote) ON (n.attribution);
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
CREATE INDEX stance_date IF NOT EXISTS FOR (n:Stance) ON (n.date);
CREATE INDEX article_date IF NOT EXISTS FOR (n:Article) ON (n.date);

// Proposals by how many stances with a holder are toward each (`stanceCount`, kept by each article's load,
// ingest/load/events.ts), read from the top of the index a page at a time.
CREATE INDEX proposal_stance_count IF NOT EXISTS FOR (n:Proposal) ON (n.stanceCount);
