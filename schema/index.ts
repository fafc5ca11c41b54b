// The single source of truth for data shapes: the extraction document that ingest produces (README.md, "The extraction document")
// and the labels and relationship types of the graph (README.md, "The graph"). Types are inferred from the runtime
// validators so the two cannot drift apart.
import { z } from 'zod';
import {
  ActorKinds,
  Attributions,
  MeetingStatuses,
  NodeLabels,
  Polarities,
  RelationshipTypes,
  TermRoles,
} from './vocabulary';

export * from './vocabulary';

/** A verbatim span of the article: `article.text.slice(start, end) === text`. */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().min(1),
});
export type Span = z.infer<typeof SpanSchema>;

/** ISO calendar date, YYYY-MM-DD. */
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const ArticleSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  date: IsoDate.nullable(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  text: z.string().min(1),
});
export type Article = z.infer<typeof ArticleSchema>;

export const ActorSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  kind: z.enum(ActorKinds),
  aliases: z.array(z.string()),
  mentions: z.array(SpanSchema).min(1),
});
export type Actor = z.infer<typeof ActorSchema>;

export const MeetingSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  participants: z.array(z.string()),
  place: z.string().nullable(),
  date: IsoDate.nullable(),
  status: z.enum(MeetingStatuses),
  /** Ids of proposals discussed at the meeting (becomes DISCUSSED in the graph). */
  discussed: z.array(z.string()).optional(),
  evidence: z.array(SpanSchema).min(1),
});
export type Meeting = z.infer<typeof MeetingSchema>;

/** One term of a proposal with its role and the actors it is for (who gives or gets it, whom a condition binds). */
export const TermRoleSchema = z.object({
  /** Verbatim from the article. */
  text: z.string().min(1),
  role: z.enum(TermRoles),
  /** Actor ids. */
  for: z.array(z.string()),
  evidence: z.array(SpanSchema).min(1),
});
export type TermRoleEntry = z.infer<typeof TermRoleSchema>;

/** An earlier proposal (by id) that this one answers, amends or replaces, with the words that say so. */
export const CounterSchema = z.object({
  proposal: z.string().min(1),
  evidence: z.array(SpanSchema).min(1),
});
export type Counter = z.infer<typeof CounterSchema>;

export const ProposalSchema = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  proposers: z.array(z.string()),
  terms: z.array(z.string()),
  evidence: z.array(SpanSchema).min(1),
  /** Optional so that documents written before it stay valid. */
  termRoles: z.array(TermRoleSchema).optional(),
  /** Optional so that documents written before it stay valid. */
  counters: z.array(CounterSchema).optional(),
});
export type Proposal = z.infer<typeof ProposalSchema>;

export const StanceSchema = z.object({
  id: z.string().min(1),
  holder: z.string().min(1),
  target: z.string().min(1),
  polarity: z.enum(Polarities),
  summary: z.string().optional(),
  /** When the stance was expressed: a day its evidence sentence names, else the article's date.
   * Optional so that documents written before it stay valid. */
  date: IsoDate.optional(),
  evidence: z.array(SpanSchema).min(1),
});
export type Stance = z.infer<typeof StanceSchema>;

/**
 * How one cited span is sourced (its Quote node's `attribution`): the span by its offsets, a named
 * speaker's actor id for `direct` and `reported`, and for `anonymous` the article's own words describing
 * the source, as a span so that it is checked like every other text of the document.
 */
export const QuoteAttributionSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  attribution: z.enum(Attributions),
  speaker: z.string().min(1).optional(),
  sourceDescription: SpanSchema.optional(),
});
export type QuoteAttribution = z.infer<typeof QuoteAttributionSchema>;

export const ExtractionSchema = z
  .object({
    article: ArticleSchema,
    actors: z.array(ActorSchema),
    meetings: z.array(MeetingSchema),
    proposals: z.array(ProposalSchema),
    stances: z.array(StanceSchema),
    /** One entry per cited span at most; a span without one is the outlet's narration. Optional so
     * that documents written before it stay valid. */
    quotes: z.array(QuoteAttributionSchema).optional(),
  })
  .superRefine((doc, ctx) => {
    // Every span must be the article's own text, and every reference must point at an element.
    const text = doc.article.text;
    const check = (span: Span, path: (string | number)[]) => {
      if (span.end < span.start || text.slice(span.start, span.end) !== span.text) {
        ctx.addIssue({ code: 'custom', message: 'span is not the article text it claims', path });
      }
    };
    const actorIds = new Set(doc.actors.map((a) => a.id));
    const targetIds = new Set([
      ...actorIds,
      ...doc.proposals.map((p) => p.id),
      ...doc.meetings.map((m) => m.id),
    ]);
    doc.actors.forEach((a, i) => a.mentions.forEach((s, j) => check(s, ['actors', i, 'mentions', j])));
    for (const kind of ['meetings', 'proposals', 'stances'] as const) {
      doc[kind].forEach((el, i) => el.evidence.forEach((s, j) => check(s, [kind, i, 'evidence', j])));
    }
    const ref = (id: string, ids: Set<string>, path: (string | number)[]) => {
      if (!ids.has(id)) ctx.addIssue({ code: 'custom', message: `unknown id ${id}`, path });
    };
    doc.meetings.forEach((m, i) => m.participants.forEach((id) => ref(id, actorIds, ['meetings', i])));
    const proposalIds = new Set(doc.proposals.map((p) => p.id));
    doc.meetings.forEach((m, i) =>
      (m.discussed ?? []).forEach((id) => ref(id, proposalIds, ['meetings', i])),
    );
    doc.proposals.forEach((p, i) => p.proposers.forEach((id) => ref(id, actorIds, ['proposals', i])));
    doc.proposals.forEach((p, i) => {
      (p.termRoles ?? []).forEach((t, j) => {
        t.for.forEach((id) => ref(id, actorIds, ['proposals', i, 'termRoles', j, 'for']));
        t.evidence.forEach((s, k) => check(s, ['proposals', i, 'termRoles', j, 'evidence', k]));
      });
      (p.counters ?? []).forEach((c, j) => {
        ref(c.proposal, proposalIds, ['proposals', i, 'counters', j, 'proposal']);
        if (c.proposal === p.id) {
          ctx.addIssue({
            code: 'custom',
            message: 'a proposal cannot counter itself',
            path: ['proposals', i],
          });
        }
        c.evidence.forEach((s, k) => check(s, ['proposals', i, 'counters', j, 'evidence', k]));
      });
    });
    doc.stances.forEach((s, i) => {
      ref(s.holder, actorIds, ['stances', i, 'holder']);
      ref(s.target, targetIds, ['stances', i, 'target']);
    });
    checkQuotes(doc, actorIds, check, (message, path) => ctx.addIssue({ code: 'custom', message, path }));
  });
export type Extraction = z.infer<typeof ExtractionSchema>;

type ExtractionShape = Omit<Extraction, 'quotes'> & { quotes?: QuoteAttribution[] };

/**
 * Each quote entry must be a span the document cites, once; a named speaker (an actor id) exactly for
 * `direct` and `reported`, and a description of the article's own text exactly for `anonymous`.
 */
function checkQuotes(
  doc: ExtractionShape,
  actorIds: Set<string>,
  checkSpan: (span: Span, path: (string | number)[]) => void,
  issue: (message: string, path: (string | number)[]) => void,
): void {
  const cited = new Set<string>();
  for (const a of doc.actors) for (const s of a.mentions) cited.add(`${s.start}:${s.end}`);
  for (const kind of ['meetings', 'proposals', 'stances'] as const) {
    for (const el of doc[kind]) for (const s of el.evidence) cited.add(`${s.start}:${s.end}`);
  }
  const seen = new Set<string>();
  (doc.quotes ?? []).forEach((q, i) => {
    const key = `${q.start}:${q.end}`;
    const path = ['quotes', i];
    if (!cited.has(key)) issue('quote is not a span the document cites', path);
    if (seen.has(key)) issue('span has two quote entries', path);
    seen.add(key);
    const named = q.attribution === 'direct' || q.attribution === 'reported';
    if (named !== (q.speaker !== undefined))
      issue(`a ${q.attribution} quote ${named ? 'needs' : 'has no'} speaker`, path);
    if (q.speaker !== undefined && !actorIds.has(q.speaker))
      issue(`unknown id ${q.speaker}`, [...path, 'speaker']);
    const anonymous = q.attribution === 'anonymous';
    if (anonymous !== (q.sourceDescription !== undefined)) {
      issue(`a ${q.attribution} quote ${anonymous ? 'needs' : 'has no'} source description`, path);
    }
    if (q.sourceDescription) checkSpan(q.sourceDescription, [...path, 'sourceDescription']);
  });
}

/**
 * One actor of an article as the Article node keeps it (`actorRefs`, one JSON string each): its kind,
 * canonical key and the names it is written with, so the corpus can be resolved again from the database.
 */
export const StoredActorRefSchema = z.object({
  kind: z.enum(ActorKinds),
  key: z.string().min(1),
  names: z.array(z.string()),
  aliases: z.array(z.string()),
});
export type StoredActorRef = z.infer<typeof StoredActorRefSchema>;

/**
 * One batch of an article's relationships to its actors as the Article node keeps it (`actorLinks`, one
 * JSON string each), with the actors' ids in the article, so they can be moved to another node later.
 */
export const StoredActorLinksSchema = z.object({
  type: z.enum(RelationshipTypes),
  from: z.enum(NodeLabels),
  to: z.enum(NodeLabels),
  rows: z.array(z.object({ from: z.string(), to: z.string(), quoteIds: z.array(z.string()).optional() })),
});
export type StoredActorLinks = z.infer<typeof StoredActorLinksSchema>;

/** A relationship of a stored meeting or proposal to another node (`id`), with its supporting quotes. */
const StoredEventLinkSchema = z.object({ id: z.string(), quoteIds: z.array(z.string()) });

/**
 * One meeting or proposal of an article as the Article node keeps it (`eventRefs`, one JSON string each):
 * what decides whether it is the same event as another article's (ingest/identity/events.ts), the node
 * it is on now (`node`), and its relationships, so that node can be written again from every article's.
 */
export const StoredEventRefSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['meeting', 'proposal']),
  node: z.string().min(1),
  articleDate: IsoDate.nullable(),
  label: z.string(),
  date: IsoDate.nullable(),
  place: z.string().nullable(),
  status: z.enum(MeetingStatuses).nullable(),
  terms: z.array(z.string()),
  /** Participants (ATTENDED) or proposers (PROPOSED): Actor node ids. */
  actors: z.array(StoredEventLinkSchema),
  /** Quote ids of the element's evidence. */
  evidence: z.array(z.string()),
  /** Meetings only: the article's proposals discussed (DISCUSSED), by their id in the article. */
  discussed: z.array(StoredEventLinkSchema),
  /** The article's stances toward it (TOWARD), by stance id. */
  toward: z.array(StoredEventLinkSchema),
  /** Proposals only: its terms with roles (HAS_TERM), by Term id. Optional: older articles have none. */
  hasTerm: z.array(StoredEventLinkSchema).optional(),
  /** Proposals only: the article's proposals it answers (COUNTERS), by their id in the article. */
  counters: z.array(StoredEventLinkSchema).optional(),
});
export type StoredEventRef = z.infer<typeof StoredEventRefSchema>;

/** Types a saved query's parameter may have (README.md, "Saved queries and the Cypher editor"). A date travels as its ISO string. */
export const SavedQueryParamTypes = ['string', 'integer', 'float', 'boolean', 'date'] as const;
export type SavedQueryParamType = (typeof SavedQueryParamTypes)[number];

export const SavedQueryParamSchema = z
  .object({
    name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'a parameter name is letters, digits and _'),
    type: z.enum(SavedQueryParamTypes),
    /** null: the person must give a value. */
    default: z.union([z.string(), z.number(), z.boolean()]).nullable(),
    /** Free text after the default, shown beside the input. */
    hint: z.string().optional(),
  })
  .superRefine((param, ctx) => {
    const value = param.default;
    if (value === null) return;
    const fits =
      param.type === 'string'
        ? typeof value === 'string'
        : param.type === 'date'
          ? typeof value === 'string' && IsoDate.safeParse(value).success
          : param.type === 'boolean'
            ? typeof value === 'boolean'
            : param.type === 'integer'
              ? Number.isSafeInteger(value)
              : typeof value === 'number' && Number.isFinite(value);
    if (!fits) {
      ctx.addIssue({
        code: 'custom',
        message: `default ${JSON.stringify(value)} is not a ${param.type}`,
        path: ['default'],
      });
    }
  });
export type SavedQueryParam = z.infer<typeof SavedQueryParamSchema>;

/** A saved query: its header (`// name:`, `// description:`, `// param:` lines) and the Cypher under it. */
export const SavedQuerySchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    description: z.string(),
    params: z.array(SavedQueryParamSchema),
    cypher: z.string().trim().min(1),
  })
  .superRefine((query, ctx) => {
    const seen = new Set<string>();
    query.params.forEach((param, i) => {
      if (seen.has(param.name)) {
        ctx.addIssue({
          code: 'custom',
          message: `parameter ${param.name} is declared twice`,
          path: ['params', i],
        });
      }
      seen.add(param.name);
    });
  });
export type SavedQuery = z.infer<typeof SavedQuerySchema>;
