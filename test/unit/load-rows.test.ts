// The pure row builder of the load: what reaches Neo4j for a small hand-written extraction document.
import { describe, expect, it } from 'vitest';
import {
  buildLoadPlan,
  keepSets,
  planCounts,
  quoteId,
  relationshipKey,
  type LoadPlan,
  type RelationshipBatch,
} from '../../ingest/load/rows';
import { ExtractionSchema, NodeLabels, RelationshipTypes } from '../../schema';
import { harbourExtraction, spanOf } from '../fixtures/harbour-extraction';

const doc = harbourExtraction();
const articleId = doc.article.id;
const plan = buildLoadPlan(doc);

const nodeIds = (p: LoadPlan, label: string, kind?: string) =>
  p.nodes
    .filter((b) => b.label === label && (kind === undefined || b.kind === kind))
    .flatMap((b) => b.rows.map((r) => r.id));
const rels = (p: LoadPlan, type: string, from?: string, to?: string): RelationshipBatch['rows'] =>
  p.relationships
    .filter((b) => b.type === type && (!from || b.from === from) && (!to || b.to === to))
    .flatMap((b) => b.rows);
const qid = (needle: string, nth = 0) => quoteId(articleId, spanOf(doc.article.text, needle, nth));

describe('buildLoadPlan', () => {
  it('starts from a document the schema accepts', () => {
    expect(ExtractionSchema.safeParse(doc).success).toBe(true);
  });

  it('writes the article with its full text', () => {
    const article = plan.nodes.find((b) => b.label === 'Article');
    expect(article?.rows).toEqual([
      {
        id: articleId,
        props: {
          title: doc.article.title,
          date: '2025-03-04',
          source: 'Coastal Wire',
          url: 'https://example.org/harbour',
          text: doc.article.text,
        },
      },
    ]);
  });

  it('makes one Quote per distinct span, with a deterministic id from article, start and end', () => {
    const quotes = plan.nodes.find((b) => b.label === 'Quote')?.rows ?? [];
    // 3 + 2 + 2 actor mentions, 4 sentences of evidence.
    expect(quotes).toHaveLength(11);
    for (const q of quotes) {
      const { text, start, end } = q.props as { text: string; start: number; end: number };
      expect(doc.article.text.slice(start, end)).toBe(text);
      expect(q.id).toBe(`${articleId}:${start}-${end}`);
    }
    expect(new Set(quotes.map((q) => q.id)).size).toBe(quotes.length);
  });

  it('splits actors by kind, so each batch carries one kind label', () => {
    expect(nodeIds(plan, 'Actor', 'person')).toEqual(['person-ana-ruiz', 'person-tom-hale']);
    expect(nodeIds(plan, 'Actor', 'organization')).toEqual(['organization-alden-fishers-guild']);
    const ruiz = plan.nodes.flatMap((b) => b.rows).find((r) => r.id === 'person-ana-ruiz');
    expect(ruiz).toEqual({
      id: 'person-ana-ruiz',
      props: { name: 'Ana Ruiz', kind: 'person' },
      aliases: ['Ruiz'],
    });
  });

  it('writes meeting, proposal and stance properties; a missing summary becomes null', () => {
    const rows = plan.nodes.flatMap((b) => b.rows);
    expect(rows.find((r) => r.id.endsWith('meeting-1'))?.props).toEqual({
      label: 'Ruiz and Hale meet in Port Alden',
      place: 'Port Alden',
      date: '2025-03-03',
      status: 'held',
    });
    expect(rows.find((r) => r.id.endsWith('proposal-1'))?.props).toEqual({
      label: 'Ferry timetable',
      terms: ['two early departures', 'a later winter service'],
    });
    expect(rows.find((r) => r.id.endsWith('stance-1'))?.props).toEqual({
      polarity: 'oppose',
      summary: 'Hale opposes the timetable',
      date: null,
    });
    expect(rows.find((r) => r.id.endsWith('stance-2'))?.props).toEqual({
      polarity: 'oppose',
      summary: null,
      date: null,
    });
  });

  it('links every quote to the article and every element to its evidence', () => {
    expect(rels(plan, 'IN')).toHaveLength(11);
    expect(rels(plan, 'IN').every((r) => r.to === articleId && r.quoteIds === undefined)).toBe(true);
    expect(rels(plan, 'EVIDENCED_BY', 'Actor')).toHaveLength(7);
    expect(
      rels(plan, 'EVIDENCED_BY', 'Actor')
        .filter((r) => r.from === 'person-ana-ruiz')
        .map((r) => r.to),
    ).toEqual([qid('Ana Ruiz'), qid('Ruiz', 1), qid('Ruiz', 2)]);
    for (const label of ['Meeting', 'Proposal', 'Stance']) {
      expect(rels(plan, 'EVIDENCED_BY', label).length).toBeGreaterThan(0);
    }
  });

  it('puts the supporting quote ids on every domain relationship', () => {
    const meetingQuote = quoteId(articleId, doc.meetings[0]!.evidence[0]!);
    const proposalQuote = quoteId(articleId, doc.proposals[0]!.evidence[0]!);
    const stanceQuote = quoteId(articleId, doc.stances[0]!.evidence[0]!);
    const meetingId = doc.meetings[0]!.id;
    const proposalId = doc.proposals[0]!.id;
    expect(rels(plan, 'ATTENDED')).toEqual([
      { from: 'person-ana-ruiz', to: meetingId, quoteIds: [meetingQuote] },
      { from: 'person-tom-hale', to: meetingId, quoteIds: [meetingQuote] },
    ]);
    expect(rels(plan, 'DISCUSSED')).toEqual([{ from: meetingId, to: proposalId, quoteIds: [meetingQuote] }]);
    expect(rels(plan, 'PROPOSED')).toEqual([
      { from: 'person-ana-ruiz', to: proposalId, quoteIds: [proposalQuote] },
    ]);
    expect(rels(plan, 'HOLDS')).toHaveLength(2);
    expect(rels(plan, 'HOLDS')[0]).toEqual({
      from: 'person-tom-hale',
      to: doc.stances[0]!.id,
      quoteIds: [stanceQuote],
    });
  });

  it('gives TOWARD one batch per target label, so each query matches its end by label', () => {
    expect(rels(plan, 'TOWARD', 'Stance', 'Proposal')).toEqual([
      {
        from: doc.stances[0]!.id,
        to: doc.proposals[0]!.id,
        quoteIds: [quoteId(articleId, doc.stances[0]!.evidence[0]!)],
      },
    ]);
    expect(rels(plan, 'TOWARD', 'Stance', 'Actor')).toEqual([
      {
        from: doc.stances[1]!.id,
        to: 'person-ana-ruiz',
        quoteIds: [quoteId(articleId, doc.stances[1]!.evidence[0]!)],
      },
    ]);
  });

  it('refers only to nodes that the plan writes', () => {
    const written = new Map<string, Set<string>>();
    for (const b of plan.nodes)
      for (const r of b.rows) written.set(r.id, (written.get(r.id) ?? new Set()).add(b.label));
    for (const b of plan.relationships) {
      for (const r of b.rows) {
        expect(written.get(r.from)?.has(b.from), `${b.type} from ${r.from}`).toBe(true);
        expect(written.get(r.to)?.has(b.to), `${b.type} to ${r.to}`).toBe(true);
        for (const q of r.quoteIds ?? []) expect(written.get(q)?.has('Quote')).toBe(true);
      }
    }
  });

  it('orders nodes before relationships, uses only schema labels and types, and skips empty batches', () => {
    expect(plan.nodes.map((b) => b.label)).toEqual([
      'Article',
      'Quote',
      'Actor',
      'Actor',
      'Meeting',
      'Proposal',
      'Stance',
    ]);
    expect(plan.relationships[0]?.type).toBe('IN');
    for (const b of plan.nodes) expect(NodeLabels).toContain(b.label);
    for (const b of plan.relationships) expect(RelationshipTypes).toContain(b.type);
    for (const b of [...plan.nodes, ...plan.relationships]) expect(b.rows.length).toBeGreaterThan(0);
  });

  it('is deterministic', () => {
    expect(buildLoadPlan(harbourExtraction())).toEqual(plan);
  });

  it('merges repeats: one quote for a span cited twice, one row per actor and per relationship', () => {
    const d = harbourExtraction();
    const proposalSpan = d.proposals[0]!.evidence[0]!;
    d.stances[0]!.evidence.push(proposalSpan, proposalSpan);
    d.meetings[0]!.participants.push('person-ana-ruiz');
    d.actors.push({ ...d.actors[0]!, aliases: ['Mayor Ruiz', 'Ruiz'] });
    const p = buildLoadPlan(ExtractionSchema.parse(d));
    expect(p.nodes.find((b) => b.label === 'Quote')?.rows).toHaveLength(11);
    expect(rels(p, 'ATTENDED')).toHaveLength(2);
    expect(nodeIds(p, 'Actor', 'person')).toEqual(['person-ana-ruiz', 'person-tom-hale']);
    expect(p.nodes.flatMap((b) => b.rows).find((r) => r.id === 'person-ana-ruiz')?.aliases).toEqual([
      'Ruiz',
      'Mayor Ruiz',
    ]);
    const holds = rels(p, 'HOLDS').find((r) => r.to === d.stances[0]!.id);
    expect(holds?.quoteIds).toEqual([
      quoteId(articleId, d.stances[0]!.evidence[0]!),
      quoteId(articleId, proposalSpan),
    ]);
  });

  it('writes only the article for an extraction with no elements', () => {
    const p = buildLoadPlan({ ...doc, actors: [], meetings: [], proposals: [], stances: [] });
    expect(p.nodes.map((b) => b.label)).toEqual(['Article']);
    expect(p.relationships).toEqual([]);
  });
});

describe('keepSets and planCounts', () => {
  it('lists what a reload keeps: quotes, the article’s own elements, relationship keys', () => {
    const keep = keepSets(plan);
    expect(keep.articleId).toBe(articleId);
    expect(keep.quoteIds).toHaveLength(11);
    expect(keep.ownedIds).toEqual([
      doc.meetings[0]!.id,
      doc.proposals[0]!.id,
      doc.stances[0]!.id,
      doc.stances[1]!.id,
    ]);
    expect(keep.evidenceKeys).toContain(relationshipKey('EVIDENCED_BY', 'person-ana-ruiz', qid('Ana Ruiz')));
    expect(keep.domainKeys).toContain(relationshipKey('ATTENDED', 'person-tom-hale', doc.meetings[0]!.id));
    expect(keep.domainKeys.every((k) => !k.startsWith('EVIDENCED_BY') && !k.startsWith('IN|'))).toBe(true);
  });

  it('counts rows per label and per type', () => {
    expect(planCounts(plan)).toEqual({
      nodes: { Article: 1, Quote: 11, Actor: 3, Meeting: 1, Proposal: 1, Stance: 2 },
      relationships: {
        IN: 11,
        EVIDENCED_BY: 11,
        ATTENDED: 2,
        PROPOSED: 1,
        HOLDS: 2,
        TOWARD: 2,
        DISCUSSED: 1,
      },
    });
  });
});

describe('schemaStatements', () => {
  it('reads cypher/schema.cypher as idempotent statements: a constraint per label and for the actor keys, three full-text indexes, the range indexes of the saved queries and the drop of the retired token index', async () => {
    const { readFile } = await import('node:fs/promises');
    const { schemaStatements } = await import('../../ingest/load/neo4j');
    const statements = schemaStatements(
      await readFile(new URL('../../cypher/schema.cypher', import.meta.url), 'utf8'),
    );
    expect(statements).toHaveLength(NodeLabels.length + 1 + 3 + 7 + 1);
    for (const s of statements) expect(s).toMatch(/^CREATE .* IF NOT EXISTS |^DROP .* IF EXISTS$/s);
    expect(statements.filter((s) => s.startsWith('DROP'))).toEqual([
      'DROP INDEX article_actor_tokens IF EXISTS',
    ]);
    for (const label of [...NodeLabels, 'ActorKey']) {
      expect(statements).toContainEqual(
        expect.stringMatching(new RegExp(`FOR \\(n:${label}\\) REQUIRE n\\.id IS UNIQUE`)),
      );
    }
    expect(statements.filter((s) => s.startsWith('CREATE FULLTEXT INDEX'))).toHaveLength(3);
    const ranged = statements.flatMap(
      (s) =>
        /^CREATE INDEX \w+ IF NOT EXISTS FOR \(n:(\w+)\) ON \(n\.(\w+)\)$/.exec(s)?.slice(1, 3).join('.') ??
        [],
    );
    expect(ranged.sort()).toEqual([
      'Article.date',
      'Meeting.date',
      'Meeting.status',
      'Proposal.stanceCount',
      'Quote.attribution',
      'Stance.date',
      'Stance.polarity',
    ]);
  });

  it('drops comment lines and splits on semicolons', async () => {
    const { schemaStatements } = await import('../../ingest/load/neo4j');
    expect(
      schemaStatements('// a comment; with a semicolon\nRETURN 1;\n\n  // another\nRETURN\n  2;\n'),
    ).toEqual(['RETURN 1', 'RETURN\n  2']);
  });
});
