// The extractor: an Article in, the extraction document (README.md, "The extraction document") out. Pure and synchronous:
// actors first, then proposals (which verbs can point at), then meetings and stances.
import { createHash } from 'node:crypto';
import type {
  Actor,
  Article,
  Extraction,
  Meeting,
  Proposal,
  QuoteAttribution,
  Span,
  Stance,
} from '../../schema';
import { findActors, type ActorDraft, type ActorIndex } from './actors';
import { attributeSpans } from './attribution';
import type { Clauses } from './clauses';
import { dateStances } from './dates';
import { analyse } from './document';
import { findMeetings, type MeetingDraft } from './meetings';
import {
  addMeetingDealParties,
  findProposals,
  readTrades,
  type CounterDraft,
  type ProposalDraft,
  type TermRoleDraft,
} from './proposals';
import { findStances, type StanceDraft } from './stances';

/** Extracts actors, meetings, proposals and stances, each with evidence spans into `article.text`. */
export function extractArticle(article: Article): Extraction {
  const doc = analyse(article);
  const index = findActors(doc);
  const { drafts, clauses } = findProposals(doc, index);
  const meetings = findMeetings(doc, index, clauses);
  addMeetingDealParties(doc, index, drafts, meetings);
  const stances = findStances(doc, index, clauses, new Map(drafts.map((d) => [d.key, d.proposers])));
  const trades = readTrades(doc, index, clauses, drafts);

  // Proposals nobody is said to back are dropped unless they are offers a stance is taken on ("X will
  // reject the offer", its maker unnamed): the extraction document allows a proposal without proposers.
  const stanceTargets = new Set(stances.map((s) => s.target.ref));
  const keptProposals = drafts.filter(
    (d) => d.proposers.size > 0 || (d.kind === 'offer' && stanceTargets.has(d.key)),
  );
  const keptProposalKeys = new Set(keptProposals.map((d) => d.key));
  const keptStances = stances.filter((s) => s.target.type === 'actor' || keptProposalKeys.has(s.target.ref));
  const actorDrafts = usedActors(index, meetings, keptProposals, keptStances);
  const actorIds = new Map(actorDrafts.map((a) => [a.key, actorId(a)]));
  const actors = actorsOut(index, actorDrafts, actorIds);
  const out: OutputIds = {
    articleId: article.id,
    idOf: (key) => actorIds.get(key),
    present: new Set(actors.map((a) => a.id)),
    actorById: new Map(actors.map((a) => [a.id, a])),
    proposalId: new Map(
      keptProposals.map((d) => [d.key, hashId('proposal', article.id, String(d.mentions[0]!.start))]),
    ),
  };
  const proposals: Proposal[] = keptProposals.map((d) => ({
    id: out.proposalId.get(d.key)!,
    label: proposalLabel(d, (key) => index.actors.get(key)),
    proposers: [...d.proposers].map(out.idOf).filter((x): x is string => !!x && out.present.has(x)),
    terms: [...new Set(d.terms.map((t) => t.text))],
    evidence: dedupeSpans([...d.evidence, ...d.terms]),
    ...tradesOut(trades.roles.get(d.key) ?? [], trades.counters.get(d.key) ?? [], out),
  }));
  const meetingsDone = meetingsOut(meetings, keptProposals, out);
  const stancesDone = dateStances(article, stancesOut(keptStances, out));
  const quotes = quotesOut(clauses, [...meetingsDone, ...proposals, ...stancesDone], out);
  return { article, actors, meetings: meetingsDone, proposals, stances: stancesDone, quotes };
}

/**
 * How each distinct evidence span is sourced (ingest/extract/attribution.ts); a speaker the document
 * does not keep as an actor leaves the span to the outlet's narration.
 */
function quotesOut(clauses: Clauses, elements: { evidence: Span[] }[], out: OutputIds): QuoteAttribution[] {
  const spans = dedupeSpans(elements.flatMap((e) => e.evidence));
  const text = clauses.doc.text;
  return attributeSpans(clauses, spans).map((a): QuoteAttribution => {
    const { start, end } = a;
    if (a.description) {
      const { start: s, end: e } = a.description;
      return {
        start,
        end,
        attribution: 'anonymous',
        sourceDescription: { start: s, end: e, text: text.slice(s, e) },
      };
    }
    const speaker = a.speaker === undefined ? undefined : out.idOf(a.speaker);
    if (a.attribution === 'narration' || !speaker || !out.present.has(speaker)) {
      return { start, end, attribution: 'narration' };
    }
    return { start, end, attribution: a.attribution, speaker };
  });
}

/** Ids the output sections share: actors by draft key, the actors present, proposals by draft key. */
interface OutputIds {
  articleId: string;
  idOf: (key: string) => string | undefined;
  present: Set<string>;
  actorById: Map<string, Actor>;
  proposalId: Map<string, string>;
}

/** Weak actors (groups found only by their noun) stay only if something refers to them. */
function usedActors(
  index: ActorIndex,
  meetings: MeetingDraft[],
  proposals: ProposalDraft[],
  stances: StanceDraft[],
): ActorDraft[] {
  const used = new Set<string>();
  for (const m of meetings) for (const p of m.participants) used.add(p);
  for (const d of proposals) for (const p of d.proposers) used.add(p);
  for (const s of stances) {
    used.add(s.holder);
    if (s.target.type === 'actor') used.add(s.target.ref);
  }
  return [...index.actors.values()].filter((a) => !a.weak || used.has(a.key));
}

/** Actors in order of first mention, with their aliases and mentions. */
function actorsOut(index: ActorIndex, drafts: ActorDraft[], ids: Map<string, string>): Actor[] {
  const mentionsOf = new Map<string, typeof index.mentions>();
  for (const m of index.mentions) {
    const list = mentionsOf.get(m.actor);
    if (list) list.push(m);
    else mentionsOf.set(m.actor, [m]);
  }
  return drafts
    .map((a) => ({ draft: a, mentions: mentionsOf.get(a.key) ?? [] }))
    .filter(({ mentions }) => mentions.length > 0)
    .sort((x, y) => x.mentions[0]!.start - y.mentions[0]!.start)
    .map(({ draft, mentions }) => ({
      id: ids.get(draft.key)!,
      name: draft.name,
      kind: draft.kind,
      aliases: [...new Set(mentions.map((m) => m.text))].filter((t) => t !== draft.name),
      mentions: dedupeSpans(mentions.map((m) => ({ start: m.start, end: m.end, text: m.text }))),
    }));
}

function meetingsOut(meetings: MeetingDraft[], proposals: ProposalDraft[], out: OutputIds): Meeting[] {
  return meetings
    .map((m) => ({
      m,
      participants: [...m.participants].map(out.idOf).filter((x): x is string => !!x && out.present.has(x)),
    }))
    .filter(({ participants }) => participants.length >= 1)
    .map(({ m, participants }) => ({
      id: hashId('meeting', out.articleId, [...participants].sort().join(','), m.status, m.label ?? ''),
      label: meetingLabel(
        m,
        participants.map((id) => out.actorById.get(id)!),
      ),
      participants,
      place: m.place,
      date: m.date,
      status: m.status,
      discussed: discussedIn(m, proposals, out.proposalId),
      evidence: dedupeSpans(m.evidence),
    }));
}

/** A proposal's terms with roles (only those for actors present, or conditions) and what it counters. */
function tradesOut(
  roles: TermRoleDraft[],
  counters: CounterDraft[],
  out: OutputIds,
): Pick<Proposal, 'termRoles' | 'counters'> {
  const termRoles = roles
    .map((t) => ({
      text: t.text,
      role: t.role,
      for: [...new Set(t.for.map(out.idOf))].filter((x): x is string => !!x && out.present.has(x)),
      evidence: dedupeSpans(t.evidence),
    }))
    .filter((t) => t.role === 'condition' || t.for.length > 0);
  const answered = counters
    .map((c) => ({ proposal: out.proposalId.get(c.target), evidence: dedupeSpans(c.evidence) }))
    .filter((c): c is { proposal: string; evidence: Span[] } => !!c.proposal);
  return {
    ...(termRoles.length > 0 ? { termRoles } : {}),
    ...(answered.length > 0 ? { counters: answered } : {}),
  };
}

function stancesOut(stances: StanceDraft[], out: OutputIds): Stance[] {
  return stances
    .map((s) => {
      const holder = out.idOf(s.holder);
      const target = s.target.type === 'actor' ? out.idOf(s.target.ref) : out.proposalId.get(s.target.ref);
      if (
        !holder ||
        !target ||
        !out.present.has(holder) ||
        (s.target.type === 'actor' && !out.present.has(target))
      )
        return null;
      return {
        id: hashId('stance', out.articleId, holder, target, s.polarity),
        holder,
        target,
        polarity: s.polarity,
        summary: s.summary,
        evidence: dedupeSpans(s.evidence),
      };
    })
    .filter((s): s is NonNullable<typeof s> => s !== null);
}

/** Lower-case letters and digits of every script, so a name with none in a-z still gets its own id. */
function slug(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

/** Actor ids depend on kind and name only, so one actor in two articles is one node. */
function actorId(a: ActorDraft): string {
  return `${a.kind}-${slug(a.name)}`;
}

function hashId(prefix: string, ...parts: string[]): string {
  return `${prefix}-${createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 16)}`;
}

function dedupeSpans(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans
    .filter((s) => {
      const k = `${s.start}:${s.end}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => a.start - b.start);
}

/** Surname for people ("von der Leyen" keeps its particles), the full name for the rest. */
function shortName(a: { kind: string; name: string }): string {
  if (a.kind !== 'person') return a.name;
  const parts = a.name.split(' ');
  const particle = parts.findIndex((p, i) => i > 0 && /^[a-z]/.test(p));
  return particle > 0 ? parts.slice(particle).join(' ') : (parts[parts.length - 1] ?? a.name);
}

/** A one-word label ("Agreement") says little: name it by its first term or by its sides instead. */
function proposalLabel(d: ProposalDraft, actor: (key: string) => ActorDraft | undefined): string {
  if (/\s/.test(d.label)) return d.label;
  const term = d.terms[0]?.text;
  // "Bid of $5 a share", "Agreement on fishing quotas".
  if (term) return `${d.label} ${/^[\p{Sc}\d]/u.test(term) ? 'of' : 'on'} ${term}`;
  const sides = [...d.proposers].map((k) => actor(k)).filter((a): a is ActorDraft => !!a);
  return sides.length ? `${sides.map(shortName).join('–')} ${d.label.toLowerCase()}` : d.label;
}

function meetingLabel(m: MeetingDraft, participants: Actor[]): string {
  if (m.label) return m.label;
  const names = participants.map(shortName);
  const who =
    names.length <= 2 ? names.join('–') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  const kind = m.status === 'held' ? m.kind : `${m.status} ${m.kind}`;
  return `${who} ${kind}${m.place ? ` in ${m.place}` : ''}`;
}

function discussedIn(
  m: MeetingDraft,
  drafts: { key: string; mentions: { start: number; end: number }[] }[],
  ids: Map<string, string>,
): string[] {
  const out: string[] = [];
  for (const d of drafts) {
    if (d.mentions.some((x) => m.evidence.some((e) => x.start >= e.start && x.end <= e.end)))
      out.push(ids.get(d.key)!);
  }
  return out;
}
