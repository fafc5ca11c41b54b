// The ingest at scale, on the real test Neo4j: each article's identity step reads only the stored actors its
// own actors can be joined with (found through lookup tokens, ingest/identity/tokens.ts), yet the graph is
// the one that resolving the whole corpus at once gives, in any order; and a run returns summaries, not
// extraction documents.
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../ingest';
import { canonicalKey } from '../../ingest/identity/names';
import { actorTokens } from '../../ingest/identity/tokens';
import { readCorpus, readResolution } from '../../ingest/load/identity';
import { applySchema, loadExtraction } from '../../ingest/load/neo4j';
import { buildLoadPlan } from '../../ingest/load/rows';
import type { Extraction } from '../../schema';
import { articlesIn } from '../support/fixtures';
import { testConfig } from '../support/neo4j';
import { clearDatabase, contentLines, query, testDriver } from './graph-snapshot';

// The sample corpus (people spelled two ways, a surname alone) and the identity articles (one minister
// spelled three ways, an envoy named by surname alone), together.
const FILES = [
  ...articlesIn(join('data', 'samples')),
  ...articlesIn(join('test', 'fixtures', 'identity-articles')),
];

let driver: Driver;
const { database } = testConfig();

beforeAll(async () => {
  driver = testDriver();
});

afterAll(async () => {
  await driver?.close();
});

interface ActorRow {
  id: string;
  name: string;
  aliases: string[];
}

const actorNodes = () =>
  query<ActorRow>(
    driver,
    'MATCH (a:Actor) RETURN a.id AS id, a.name AS name, a.aliases AS aliases ORDER BY id',
  );

/** A shuffle that is the same on every run. */
function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  let seed = 7;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('an identity step that reads only what an article touches', () => {
  let ordered: string[];

  it('gives every actor the node, name and aliases of the whole corpus resolved at once', async () => {
    await clearDatabase(driver);
    await ingestFiles({ files: FILES, config: testConfig() });
    const whole = await readResolution(driver, database);
    const expected = [...whole.nodes.values()]
      .map(({ id, name, aliases }) => ({ id, name, aliases }))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(expected.length).toBeGreaterThan(10);
    expect(await actorNodes()).toEqual(expected);
    ordered = await contentLines(driver);
  });

  it.each([
    ['the reverse order', () => [...FILES].reverse()],
    ['a shuffled order', () => shuffled(FILES)],
  ])('gives the same graph in %s', async (_, files) => {
    await clearDatabase(driver);
    await ingestFiles({ files: files(), config: testConfig() });
    expect(await contentLines(driver)).toEqual(ordered);
  });

  it('finds each stored actor by the tokens of its key, kept on the ActorKey node alone', async () => {
    const keys = await query<{ refs: string[]; tokens: string[] }>(
      driver,
      'MATCH (k:ActorKey) RETURN k.refs AS refs, k.tokens AS tokens',
    );
    expect(keys.length).toBeGreaterThan(10);
    for (const { refs, tokens } of keys) {
      const expected = new Set(refs.flatMap((r) => actorTokens(JSON.parse(r) as ActorRefJson)));
      expect(tokens).toEqual([...expected].sort());
    }
    const onArticles = await query<{ n: number }>(
      driver,
      'MATCH (a:Article) WHERE a.actorTokens IS NOT NULL RETURN count(a) AS n',
    );
    expect(onArticles).toEqual([{ n: 0 }]);
  });
});

interface ActorRefJson {
  kind: 'person';
  key: string;
  names: string[];
  aliases: string[];
}

/** A hand-written article naming these people (no extractor), one stance of the first toward the last. */
function people(id: string, names: string[]): Extraction {
  const text = `${names.join(' and ')} spoke.`;
  const actors = names.map((name, i) => {
    const start = text.indexOf(name);
    return {
      id: `${id}-a${i}`,
      name,
      kind: 'person' as const,
      aliases: [],
      mentions: [{ start, end: start + name.length, text: name }],
    };
  });
  return {
    article: { id, title: id, date: '2025-05-01', source: null, url: null, text },
    actors,
    meetings: [],
    proposals: [],
    stances: [
      {
        id: `${id}-stance`,
        holder: `${id}-a0`,
        target: `${id}-a${names.length - 1}`,
        polarity: 'neutral',
        evidence: [{ start: 0, end: text.length, text }],
      },
    ],
  };
}

describe('what the identity step reads', () => {
  const stored = [
    people('art-1', ['Ines Halvard', 'Oskar Pellin']),
    people('art-2', ['Mira Tolbec', 'Ines Halvard']),
    people('art-3', ['Jon Halvard', 'Ruth Amsel']),
    people('art-4', ['Petra Quill', 'Ruth Amsel']),
  ];

  beforeAll(async () => {
    await clearDatabase(driver);
    await applySchema(driver, database);
    for (const doc of stored) await loadExtraction(driver, doc, { database });
  });

  /** The other articles' actors (article and key) the step reads for `doc`, in a transaction rolled back. */
  async function readFor(doc: Extraction): Promise<string[]> {
    const session = driver.session({ database });
    const tx = session.beginTransaction();
    try {
      const corpus = await readCorpus(tx, buildLoadPlan(doc));
      return corpus.others.map((r) => `${r.articleId}: ${r.key}`).sort();
    } finally {
      await tx.rollback();
      await session.close();
    }
  }

  it('reads no other article for names that nothing stored can join', async () => {
    expect(await readFor(people('new', ['Vera Nolke', 'Tam Orrin']))).toEqual([]);
  });

  it('reads every spelling of a surname, and what those people can be joined with, and nothing else', async () => {
    // "Halvard" alone can stand for Ines or Jon Halvard: both are read, with every article that names them;
    // Oskar Pellin, Mira Tolbec, Ruth Amsel and Petra Quill cannot be joined with either and stay unread.
    expect(await readFor(people('new', ['Halvard', 'Tam Orrin']))).toEqual([
      'art-1: ines halvard',
      'art-2: ines halvard',
      'art-3: jon halvard',
    ]);
  });

  it('reads the earlier load of the same article as its own, not as another article', async () => {
    const session = driver.session({ database });
    const tx = session.beginTransaction();
    try {
      const corpus = await readCorpus(tx, buildLoadPlan(people('art-4', ['Petra Quill'])));
      expect(corpus.previous.map((r) => r.key).sort()).toEqual(['petra quill', 'ruth amsel']);
      expect(corpus.others.map((r) => `${r.articleId}: ${r.key}`)).toEqual(['art-3: ruth amsel']);
    } finally {
      await tx.rollback();
      await session.close();
    }
  });

  it('gives keys that the corpus step can join a token in common', () => {
    const token = (name: string, aliases: string[] = []) =>
      new Set(actorTokens({ kind: 'person', key: canonicalKey('person', name), aliases }));
    const shares = (a: Set<string>, b: Set<string>) => [...a].some((t) => b.has(t));
    expect(shares(token('Ines Halvard'), token('Halvard'))).toBe(true);
    expect(shares(token('Tomas Okafor Lind'), token('Okafor Lind'))).toBe(true);
    expect(shares(token('Ines Halvard', ['Dr Pellin']), token('Oskar Pellin'))).toBe(true);
    expect(shares(token('Ines Halvard'), token('Oskar Pellin'))).toBe(false);
  });
});

describe("an article that moves another article's actors", () => {
  it('moves them all onto the nodes of the whole corpus, those outside its own families too', async () => {
    await clearDatabase(driver);
    await applySchema(driver, database);
    // "Pellin" alone joins Oskar Pellin; "Halvard" alone stands apart until Ines Halvard arrives, and then
    // the first article's relationships move, Pellin's (a family the new article never names) with them.
    await loadExtraction(driver, people('art-x', ['Halvard', 'Pellin']), { database });
    await loadExtraction(driver, people('art-y', ['Oskar Pellin', 'Ruth Amsel']), { database });
    await loadExtraction(driver, people('art-z', ['Ines Halvard', 'Vera Nolke']), { database });
    const held = await query<{ holder: string; target: string }>(
      driver,
      `MATCH (h:Actor)-[:HOLDS]->(:Stance {id: 'art-x-stance'})-[:TOWARD]->(t:Actor)
       RETURN h.id AS holder, t.id AS target`,
    );
    expect(held).toEqual([{ holder: 'person-ines-halvard', target: 'person-oskar-pellin' }]);
    const whole = await readResolution(driver, database);
    expect((await actorNodes()).map((a) => a.id)).toEqual([...whole.nodes.keys()].sort());
  });
});

describe('a run over many articles', () => {
  it('returns a summary of each article, not its extraction document', async () => {
    await clearDatabase(driver);
    const seen: string[] = [];
    const result = await ingestFiles({
      files: FILES.slice(0, 3),
      config: testConfig(),
      onProgress: (report) => seen.push(report.extraction.article.id),
    });
    expect(result.articles.map((a) => a.articleId)).toEqual(seen);
    for (const article of result.articles) {
      expect(article).not.toHaveProperty('extraction');
      expect(article.title).not.toBe('');
      expect(article.written?.nodesCreated).toBeGreaterThan(0);
    }
  });
});

describe('a database loaded before its actor keys were kept', () => {
  it('gets them from its articles, and later articles resolve as over a database that always had them', async () => {
    await clearDatabase(driver);
    await ingestFiles({ files: FILES, config: testConfig() });
    const always = await contentLines(driver);
    await clearDatabase(driver);
    await ingestFiles({ files: FILES.slice(0, -2), config: testConfig() });
    await driver.executeQuery('MATCH (k:ActorKey) DELETE k', {}, { database });
    // The next run's schema step writes them again, from every article's stored actors.
    await ingestFiles({ files: FILES.slice(-2), config: testConfig() });
    expect(await contentLines(driver)).toEqual(always);
  });
});
