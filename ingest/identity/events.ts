// Corpus-level identity of meetings and proposals: whether two articles' meetings (or proposals) are one
// event, and the groups that become one node. Conservative by design: a wrong merge is worse than a missed
// one, so every rule must hold, and a pair that fails one rule while it meets the others is a near-miss
// with its reason. Pure: the loader (ingest/load/events.ts) groups the events around each article inside
// its transaction, and the report (ingest/identity/report.ts) over the whole corpus.
import type { MeetingStatus } from '../../schema';
import { addDays } from '../text/dates';
import { byCodePoint, foldLetters } from './names';

export type EventKind = 'meeting' | 'proposal';

/** One meeting or proposal of one article, with its actors already on their Actor nodes. */
export interface EventRef {
  articleId: string;
  articleDate: string | null;
  /** The element's id in its article (its own node when it merges with nothing). */
  id: string;
  kind: EventKind;
  label: string;
  /** Meetings only (null for proposals): when and where it took place, and how it went. */
  date: string | null;
  place: string | null;
  status: MeetingStatus | null;
  /** Proposals only: the terms the article gives. */
  terms: string[];
  /** Actor node ids: a meeting's participants, a proposal's proposers. */
  actors: string[];
}

export interface Verdict {
  same: boolean;
  /** Worth a line in the report when not the same: all but one rule held. */
  near: boolean;
  reason: string;
}

/** Meetings this many days apart or closer can be one meeting (reports date it on adjacent days). */
export const MEETING_DAYS = 3;
/** An undated meeting is compared only with meetings told in articles this close. */
export const UNDATED_MEETING_ARTICLE_DAYS = 7;
/** Proposals told in articles this many days apart or closer can be one proposal. */
export const PROPOSAL_ARTICLE_DAYS = 21;

/** Words that say nothing about what a proposal or meeting is. */
const FILLER = new Set(
  'a an the of and or with for to in on at by from into over about as its their his her this that these those new instead'.split(
    ' ',
  ),
);

/** Content words of a label and terms, without the actors' own name words ("Dovrek ceasefire" → ceasefire). */
export function keywords(texts: string[], actors: string[]): Set<string> {
  return withoutNames(contentWords(texts), nameWords(actors));
}

/** The words of actor ids after their kind ("person-ada-brun" → ada, brun). */
function nameWords(actors: string[]): Set<string> {
  return new Set(actors.flatMap((id) => id.split('-').slice(1)));
}

/** Each content word of the texts as written (folded) and as kept (a plural's -s dropped). */
function contentWords(texts: string[]): [string, string][] {
  const out: [string, string][] = [];
  for (const text of texts) {
    for (const raw of foldLetters(text).split(/[^\p{L}\p{N}]+/u)) {
      if (raw.length < 3 || /\d/.test(raw) || FILLER.has(raw)) continue;
      out.push([raw, raw.length > 4 && raw.endsWith('s') && !raw.endsWith('ss') ? raw.slice(0, -1) : raw]);
    }
  }
  return out;
}

function withoutNames(words: [string, string][], ...names: Set<string>[]): Set<string> {
  const out = new Set<string>();
  for (const [raw, kept] of words) if (!names.some((n) => n.has(raw))) out.add(kept);
  return out;
}

/** What the rules read of one event's texts, worked out once per event: they compare it with many others. */
interface TextFeatures {
  /** Content words of the label alone (undated meetings). */
  label: Set<string>;
  /** Content words of the label and terms before the pair's actor names are left out (proposals). */
  words: [string, string][];
  /** The name words of its own actors: a pair leaves out both events' (proposals). */
  names: Set<string>;
  amounts: Set<string>;
  place: string | null;
}

const featureCache = new WeakMap<EventRef, TextFeatures>();

function features(ref: EventRef): TextFeatures {
  let f = featureCache.get(ref);
  if (!f) {
    const texts = [ref.label, ...ref.terms];
    f = {
      label: withoutNames(contentWords([ref.label]), new Set()),
      words: contentWords(texts),
      names: nameWords(ref.actors),
      amounts: amounts(texts),
      place: fold(ref.place),
    };
    featureCache.set(ref, f);
  }
  return f;
}

/** The numbers a label or terms name ("20 kilometres", "6%", "1,500") as plain digit strings. */
export function amounts(texts: string[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    for (const m of text.matchAll(/\d[\d,]*(?:\.\d+)?/g)) out.add(m[0].replace(/,/g, ''));
  }
  return out;
}

function intersection<T>(a: Set<T>, b: Set<T>): T[] {
  return [...a].filter((x) => b.has(x));
}

/**
 * Days between two ISO dates, or null when either is missing or names no calendar day ("2025-13-40" has
 * the ISO shape): the rules then treat it as undated. Without this, the NaN such a date gives would fail
 * every "more than N days apart" test and join events whatever their dates.
 */
export function daysApart(a: string | null, b: string | null): number | null {
  if (!a || !b) return null;
  const [x, y] = [Date.parse(`${a}T00:00:00Z`), Date.parse(`${b}T00:00:00Z`)];
  if (Number.isNaN(x) || Number.isNaN(y)) return null;
  return Math.round(Math.abs(x - y) / 86_400_000);
}

const apart = (reason: string, near = true): Verdict => ({ same: false, near, reason });

/** How two sets of actors overlap: shared ids, and shared over all (Jaccard). */
function overlap(a: string[], b: string[]): { shared: number; jaccard: number } {
  const x = new Set(a);
  const y = new Set(b);
  const shared = intersection(x, y).length;
  const union = new Set([...x, ...y]).size;
  return { shared, jaccard: union === 0 ? 0 : shared / union };
}

/** Whether two labels (with terms) speak of one thing: half the smaller set of words shared, two if it has two. */
function labelsAgree(a: Set<string>, b: Set<string>): { agree: boolean; shared: number } {
  const shared = intersection(a, b).length;
  const smaller = Math.min(a.size, b.size);
  return { agree: smaller > 0 && shared * 2 >= smaller && shared >= Math.min(2, smaller), shared };
}

const fold = (s: string | null) => (s === null ? null : foldLetters(s).trim());

/**
 * Meetings are one when at least two participants are shared and the participants overlap by half or
 * more, in one place (when both name it), neither cancelled while the other took place, on dates at most
 * MEETING_DAYS apart; when one is undated, their labels must agree and their articles be close.
 */
export function sameMeeting(a: EventRef, b: EventRef): Verdict {
  if (a.articleId === b.articleId) return apart('one article', false);
  const { shared, jaccard } = overlap(a.actors, b.actors);
  if (shared < 2) return apart('fewer than two shared participants', false);
  const who = `${shared} shared participants (Jaccard ${jaccard.toFixed(2)})`;
  if (jaccard < 0.5) return apart(`${who}: too few of all the participants`);
  const statuses = new Set([a.status, b.status]);
  if (statuses.has('cancelled') && (statuses.has('held') || statuses.has('failed'))) {
    return apart(`${who}, but one was cancelled and the other took place`);
  }
  const [pa, pb] = [features(a).place, features(b).place];
  if (pa && pb && pa !== pb) return apart(`${who}, but in different places (${a.place}, ${b.place})`);
  const days = daysApart(a.date, b.date);
  if (days !== null) {
    if (days > MEETING_DAYS) return apart(`${who}, but dated ${days} days apart`);
    return {
      same: true,
      near: false,
      reason: `${who}, ${days === 0 ? 'same date' : `dates ${days} days apart`}`,
    };
  }
  const labels = labelsAgree(features(a).label, features(b).label);
  if (!labels.agree) return apart(`${who}, undated, and their labels differ`);
  const articleDays = daysApart(a.articleDate, b.articleDate);
  if (articleDays === null || articleDays > UNDATED_MEETING_ARTICLE_DAYS) {
    return apart(`${who}, undated, told in articles ${articleDays ?? 'of unknown'} days apart`);
  }
  return {
    same: true,
    near: false,
    reason: `${who}, undated, labels agree, articles ${articleDays} days apart`,
  };
}

/**
 * Proposals are one when their proposers overlap by half or more, their terms agree (the labels' and
 * terms' words, and no two different amounts), and their articles are at most PROPOSAL_ARTICLE_DAYS apart.
 * A proposal by another party (a counter-proposal) is never the offer it answers.
 */
export function sameProposal(a: EventRef, b: EventRef): Verdict {
  if (a.articleId === b.articleId) return apart('one article', false);
  const [fa, fb] = [features(a), features(b)];
  const words = labelsAgree(
    withoutNames(fa.words, fa.names, fb.names),
    withoutNames(fb.words, fa.names, fb.names),
  );
  const [na, nb] = [fa.amounts, fb.amounts];
  const sameAmount = intersection(na, nb).length > 0;
  const { shared, jaccard } = overlap(a.actors, b.actors);
  if (shared === 0) {
    const alike = words.agree || (sameAmount && words.shared > 0);
    return apart(
      'made by different parties: a counter-proposal is never merged into the offer it answers',
      alike,
    );
  }
  if (words.shared === 0 && !sameAmount) return apart('no words of their terms shared', false);
  const who = `${shared} shared proposers`;
  if (jaccard < 0.5) return apart(`${who}, but too few of all the proposers (Jaccard ${jaccard.toFixed(2)})`);
  if (na.size > 0 && nb.size > 0 && !sameAmount) {
    return apart(
      `${who}, but different amounts (${[...na].join(', ')} / ${[...nb].join(', ')}): a revised offer stays apart`,
    );
  }
  if (!words.agree) return apart(`${who}, but their terms share too few words (${words.shared})`);
  const days = daysApart(a.articleDate, b.articleDate);
  if (days === null) return apart(`${who} and terms agree, but an article is undated`);
  if (days > PROPOSAL_ARTICLE_DAYS) return apart(`${who} and terms agree, but told ${days} days apart`);
  const terms = `${words.shared} shared words${sameAmount ? ', same amount' : ''}`;
  return { same: true, near: false, reason: `${who}, terms agree (${terms}), articles ${days} days apart` };
}

/** Inclusive ISO date bounds; null when no bound can be given (then nothing is left out). */
export type DateWindow = { from: string; to: string } | null;

function around(date: string | null, days: number): DateWindow {
  if (date === null) return null;
  const [from, to] = [addDays(date, -days), addDays(date, days)];
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  return iso.test(from) && iso.test(to) ? { from, to } : null;
}

/**
 * Where the events the same as `ref` can be, for the loader's read of candidates: told in an article dated
 * within `article`, or (meetings) on a group node dated within `node`. A superset of what the rules join:
 * a proposal needs articles PROPOSAL_ARTICLE_DAYS apart or closer; a meeting, either articles
 * UNDATED_MEETING_ARTICLE_DAYS apart or closer (when one is undated) or dates MEETING_DAYS apart or closer
 * (when both are dated), and a group's node carries one of its members' dates, at most MEETING_DAYS from
 * every other dated member, hence twice MEETING_DAYS from `ref`. An undated `ref` article bounds nothing,
 * and the reader keeps undated candidate articles.
 */
export function sameEventWindows(ref: EventRef): { article: DateWindow; node: DateWindow } {
  if (ref.kind === 'proposal') return { article: around(ref.articleDate, PROPOSAL_ARTICLE_DAYS), node: null };
  return {
    article: around(ref.articleDate, UNDATED_MEETING_ARTICLE_DAYS),
    node: around(ref.date, 2 * MEETING_DAYS),
  };
}

/**
 * How many of an event's actors a group node must have to hold an event the same as it: meetings share
 * two participants, proposals one proposer, and both overlap by half or more, which needs half of this
 * event's own actors. A group node has every actor of its members, so no group holding such an event has
 * fewer (the loader's read of candidates, ingest/load/events.ts, asks for no fewer).
 */
export function probeMinimum(event: Pick<EventRef, 'kind' | 'actors'>): number {
  const actors = new Set(event.actors).size;
  return Math.max(event.kind === 'meeting' ? 2 : 1, Math.ceil(actors / 2));
}

/**
 * Whether two events can be the same at all: the rules join only events of one kind that share an actor,
 * so the rest need no comparing (sameProposal works out the pair's words before it looks at proposers).
 */
export function mayBeSame(a: EventRef, b: EventRef): boolean {
  return a.kind === b.kind && a.actors.some((x) => b.actors.includes(x));
}

export function compareEvents(a: EventRef, b: EventRef): Verdict {
  if (a.kind !== b.kind) return apart('a meeting and a proposal', false);
  return a.kind === 'meeting' ? sameMeeting(a, b) : sameProposal(a, b);
}

/**
 * compareEvents with a memory: each pair is compared once, in id order (as groupEvents asks it), however
 * often and in whichever order it is asked. For one grouping at a time: it keeps every pair it was asked.
 */
export function verdictMemory(): (a: EventRef, b: EventRef) => Verdict {
  const known = new Map<string, Verdict>();
  return (a, b) => {
    const { key, pair } = inIdOrder(a, b);
    const verdict = known.get(key) ?? compareEvents(...pair);
    known.set(key, verdict);
    return verdict;
  };
}

/** A pair of events in id order, and its key: how every map of pairs here is keyed. */
function inIdOrder(a: EventRef, b: EventRef): { key: string; pair: [EventRef, EventRef] } {
  const pair: [EventRef, EventRef] = byCodePoint(a.id, b.id) < 0 ? [a, b] : [b, a];
  return { key: `${pair[0].id}|${pair[1].id}`, pair };
}

/** One group of events that is one node: its id is the least member id, so no load order can change it. */
export interface EventCluster {
  id: string;
  kind: EventKind;
  /** By id; the first is the node's id. */
  members: EventRef[];
  /** Each member after the first, and why it joined. */
  joins: { member: EventRef; reason: string }[];
}

export interface EventNearMiss {
  kind: EventKind;
  ids: [string, string];
  labels: [string, string];
  articles: [string, string];
  reason: string;
}

export interface EventGrouping {
  clusters: EventCluster[];
  /** Cluster id of every member. */
  clusterOf: Map<string, string>;
  /** Pairs left apart that nearly joined: listed only when grouping for the report. */
  nearMisses: EventNearMiss[];
}

/** Proposals sharing a word are compared for the report only, and only in buckets this small. */
const WORD_BUCKET_LIMIT = 50;

/**
 * Pairs worth comparing: events of one kind sharing an actor, found through an actor index; with `words`,
 * also proposals sharing a word of their terms (a counter-proposal shares no proposer with its offer).
 */
function candidatePairs(refs: EventRef[], words: boolean): Map<string, [EventRef, EventRef]> {
  const buckets = new Map<string, EventRef[]>();
  const put = (key: string, ref: EventRef) => {
    const bucket = buckets.get(key);
    if (bucket) bucket.push(ref);
    else buckets.set(key, [ref]);
  };
  for (const ref of refs) {
    for (const actor of new Set(ref.actors)) put(`${ref.kind}|${actor}`, ref);
    if (words && ref.kind === 'proposal') {
      for (const word of keywords([ref.label, ...ref.terms], ref.actors)) put(`word|${word}`, ref);
    }
  }
  const pairs = new Map<string, [EventRef, EventRef]>();
  for (const [key, group] of buckets) {
    if (key.startsWith('word|') && group.length > WORD_BUCKET_LIMIT) continue;
    group.forEach((a, i) => {
      for (const b of group.slice(i + 1)) {
        const { key, pair } = inIdOrder(a, b);
        pairs.set(key, pair);
      }
    });
  }
  return pairs;
}

/**
 * Groups events: in order of id, each joins the first group all of whose members it is the same as and
 * none from its own article, or starts its own. The result depends on the set of events only, and a
 * group's members are pairwise the same event, so a chain of near matches never merges its two ends.
 * `report` also compares proposals by different parties, and lists the near-misses (the load groups
 * without them: no one reads them there). `compare` is asked each pair in id order: a caller that has
 * compared some pairs already passes a memory of them (verdictMemory).
 */
export function groupEvents(
  refs: EventRef[],
  report = false,
  compare: (a: EventRef, b: EventRef) => Verdict = compareEvents,
): EventGrouping {
  const sorted = [...new Map(refs.map((r) => [r.id, r])).values()].sort((a, b) => byCodePoint(a.id, b.id));
  const pairs = candidatePairs(sorted, report);
  const verdicts = new Map<string, Verdict>();
  for (const [key, [a, b]] of pairs) verdicts.set(key, compare(a, b));
  const verdict = (a: EventRef, b: EventRef) => verdicts.get(inIdOrder(a, b).key);
  const clusters: EventCluster[] = [];
  const clusterOf = new Map<string, string>();
  for (const ref of sorted) {
    const home = clusters.find(
      (c) =>
        c.kind === ref.kind &&
        c.members.every((m) => m.articleId !== ref.articleId && verdict(m, ref)?.same === true),
    );
    if (home) {
      home.joins.push({ member: ref, reason: verdict(home.members[0] ?? ref, ref)?.reason ?? '' });
      home.members.push(ref);
    } else {
      clusters.push({ id: ref.id, kind: ref.kind, members: [ref], joins: [] });
    }
    clusterOf.set(ref.id, home?.id ?? ref.id);
  }
  return { clusters, clusterOf, nearMisses: report ? nearMissesOf(pairs, verdicts, clusterOf) : [] };
}

/** Pairs left in different groups that all but one rule joined, or that one group member kept apart. */
function nearMissesOf(
  pairs: Map<string, [EventRef, EventRef]>,
  verdicts: Map<string, Verdict>,
  clusterOf: Map<string, string>,
): EventNearMiss[] {
  const out: EventNearMiss[] = [];
  for (const [key, [a, b]] of pairs) {
    const v = verdicts.get(key);
    if (!v || (!v.near && !v.same) || clusterOf.get(a.id) === clusterOf.get(b.id)) continue;
    const reason = v.same
      ? `${v.reason}, but not the same as every event of the group it would join`
      : v.reason;
    out.push({
      kind: a.kind,
      ids: [a.id, b.id],
      labels: [a.label, b.label],
      articles: [a.articleId, b.articleId],
      reason,
    });
  }
  return out.sort((x, y) => byCodePoint(x.ids.join('|'), y.ids.join('|')));
}

/** The value most members give (ties: the least by code point); null when none gives one. */
function mostCommon(values: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  const sorted = [...counts].sort(([a, x], [b, y]) => y - x || byCodePoint(a, b));
  return sorted[0]?.[0] ?? null;
}

/**
 * The properties of a group's node, from its members alone: the label, date and place most of them give;
 * a meeting's status as the latest article tells it (a planned meeting later held is held); a proposal's
 * terms, every member's in member order. A group of one keeps its element's own properties.
 */
export function groupProps(cluster: EventCluster): Record<string, string | string[] | null> {
  const { members } = cluster;
  const label = mostCommon(members.map((m) => m.label)) ?? cluster.id;
  if (cluster.kind === 'proposal') return { label, terms: [...new Set(members.flatMap((m) => m.terms))] };
  const latest = [...members].sort(
    (a, b) => byCodePoint(b.articleDate ?? '', a.articleDate ?? '') || byCodePoint(a.id, b.id),
  )[0];
  return {
    label,
    date: mostCommon(members.map((m) => m.date)),
    place: mostCommon(members.map((m) => m.place)),
    status: latest?.status ?? null,
  };
}
