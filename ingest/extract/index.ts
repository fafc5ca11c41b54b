// The extractor: an Article in, the extraction document of DESIGN.md §4 out. Pure and synchronous:
// actors first, then proposals (which verbs can point at), then meetings and stances.
import { createHash } from 'node:crypto';
import type { Actor, Article, Extraction, Meeting, Proposal, Span, Stance } from '../../schema';
import { findActors, nameKey, type ActorDraft, type ActorIndex } from './actors';
import { Clauses, type EntitySpan } from './clauses';
import { analyse, type Doc } from './document';
import { findMeetings, type MeetingDraft } from './meetings';
import {
  clusterProposals,
  findProposalMentions,
  findVerbProposals,
  proposalEntities,
  readTerms,
  type ProposalDraft,
} from './proposals';
import { DEMAND_VERBS, PROPOSING_LEMMAS, PURSUIT_VERBS } from './lexicon';
import { findStances, type StanceDraft } from './stances';

/** Extracts actors, meetings, proposals and stances, each with evidence spans into `article.text`. */
export function extractArticle(article: Article): Extraction {
  const doc = analyse(article);
  const index = findActors(doc);
  const { drafts, clauses } = findProposals(doc, index);
  const meetings = findMeetings(doc, index, clauses);
  addMeetingDealParties(drafts, meetings);
  const stances = findStances(doc, index, clauses);

  // Proposals nobody is said to back are dropped, and so are stances toward them.
  const keptProposals = drafts.filter((d) => d.proposers.size > 0);
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
  }));
  return {
    article,
    actors,
    meetings: meetingsOut(meetings, keptProposals, out),
    proposals,
    stances: stancesOut(keptStances, out),
  };
}

/** Ids the output sections share: actors by draft key, the actors present, proposals by draft key. */
interface OutputIds {
  articleId: string;
  idOf: (key: string) => string | undefined;
  present: Set<string>;
  actorById: Map<string, Actor>;
  proposalId: Map<string, string>;
}

/** Proposals from nouns and verbs, with their terms and proposers, and the clause reader that knows them. */
function findProposals(doc: Doc, index: ActorIndex): { drafts: ProposalDraft[]; clauses: Clauses } {
  const actorEntities: EntitySpan[] = index.mentions.map((m) => ({
    type: 'actor',
    ref: m.actor,
    from: m.from,
    to: m.to,
    start: m.start,
    end: m.end,
    possessive: m.possessive,
  }));
  const actorClauses = new Clauses(doc, index, actorEntities);
  const nounMentions = findProposalMentions(doc, index, actorClauses);
  const verbMentions = findVerbProposals(doc, actorClauses, nounMentions);
  const drafts = clusterProposals(doc, [...nounMentions, ...verbMentions]);
  const personSpans = new Set(
    index.mentions
      .filter((m) => index.actors.get(m.actor)?.kind === 'person')
      .map((m) => `${m.from}:${m.to}`),
  );
  readTerms(doc, drafts, (from, to) => personSpans.has(`${from}:${to}`));
  const entities = [...actorEntities, ...proposalEntities(drafts)].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
  const clauses = new Clauses(doc, index, entities);
  addDealParties(doc, clauses, drafts);
  addStatedDemands(doc, index, clauses, drafts);
  addPassiveProposers(doc, clauses, drafts);
  return { drafts, clauses };
}

/** A deal nobody is said to pursue belongs to those who met to discuss it. */
function addMeetingDealParties(drafts: ProposalDraft[], meetings: MeetingDraft[]): void {
  for (const d of drafts) {
    if (d.kind !== 'deal' || d.proposers.size > 0) continue;
    const meeting = meetings.find((m) =>
      d.mentions.some(
        (x) => x.sentence === m.sentence && m.trigger >= 0 && x.from > m.trigger && x.from - m.trigger <= 16,
      ),
    );
    if (meeting) for (const p of meeting.participants) d.proposers.add(p);
  }
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

/** Passive proposers: "a draft presented by X", "the deal, negotiated by X and other officials". */
function addPassiveProposers(doc: Doc, clauses: Clauses, drafts: ProposalDraft[]): void {
  for (const d of drafts) {
    for (const m of d.mentions) {
      const [, to] = doc.sentenceTokens[m.sentence] ?? [0, 0];
      for (let k = m.to; k < Math.min(to, m.to + 6); k++) {
        if (doc.tokens[k]!.lower !== 'by') continue;
        // Only a verb of making a proposal: "rejected by X" names an opponent, not the author.
        const verbs = [k - 1, k - 2, k - 3].filter((i) => i >= m.to && doc.tokens[i]!.pos === 'VERB');
        if (!verbs.some((i) => PROPOSING_LEMMAS.has(doc.tokens[i]!.lemma))) break;
        for (const agent of clauses.coordinatedAfter(k + 1, Math.min(to, k + 14))) d.proposers.add(agent);
        break;
      }
    }
  }
}

/** The parties to a deal are those who finalize, sign, negotiate or pursue it. */
function addDealParties(doc: Doc, clauses: Clauses, drafts: ProposalDraft[]): void {
  for (const d of drafts) {
    if (d.kind !== 'deal') continue;
    for (const m of d.mentions) {
      const [from] = doc.sentenceTokens[m.sentence] ?? [0, 0];
      for (let k = m.from - 1; k >= Math.max(from, m.from - 5); k--) {
        const w = doc.tokens[k]!.lower;
        const phrasal =
          doc.tokens[k + 1]?.lower === 'for' &&
          /^(called|calls|call|pushed|pushes|pressed|presses|urged|appealed)$/.test(w);
        if (!PURSUIT_VERBS.has(w) && !phrasal) continue;
        for (const s of clauses.subjectsOf(k, m.sentence)) d.proposers.add(s);
        break;
      }
    }
  }
}

/**
 * "Trump has said he wanted $500 billion worth of rare earths": an amount someone wants is a term of
 * the offer their side made, or a demand of its own when their side made none.
 */
function addStatedDemands(doc: Doc, index: ActorIndex, clauses: Clauses, drafts: ProposalDraft[]): void {
  const { tokens } = doc;
  doc.sentences.forEach((_, si) => {
    if (doc.skip[si]) return;
    const [from, to] = doc.sentenceTokens[si] ?? [0, 0];
    for (let v = from; v < to; v++) {
      if (!DEMAND_VERBS.has(tokens[v]!.lower)) continue;
      let a = v + 1;
      while (a < Math.min(to, v + 5) && !doc.amountStarts.has(a)) a++;
      if (a >= Math.min(to, v + 5)) continue;
      const who = clauses.subjectOf(v, si);
      if (!who) continue;
      let start = v + 1;
      while (start < a && /^(for|the|a|an)$/.test(tokens[start]!.lower)) start++;
      let end = a + 1;
      while (
        end < to &&
        end - a < 10 &&
        !/^[,.;:—–]$/.test(tokens[end]!.text) &&
        !/^(which|that|but|while|and)$/.test(tokens[end]!.lower)
      )
        end++;
      const span = { start: tokens[start]!.start, end: tokens[end - 1]!.end, text: '' };
      span.text = doc.text.slice(span.start, span.end);
      const actor = index.actors.get(who);
      const side = actor?.affiliation ? `country:${nameKey(actor.affiliation)}` : null;
      const offer = drafts.find(
        (d) => d.kind === 'offer' && (d.proposers.has(who) || (side !== null && d.proposers.has(side))),
      );
      if (offer) {
        offer.proposers.add(who);
        offer.terms.push(span);
        offer.evidence.push(span);
      }
    }
  });
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
  if (term) return `${d.label} on ${term}`;
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
