// Meetings: visits, talks, calls, conferences and planned summits. Reads who took part (the subject and
// the "with ..." or "between ... and ..." names, "participants included ...", "X also attended"), where
// ("in Lyon", "during a visit to Kyiv", the city in a conference's name), when ("on Thursday" against
// the article's date) and whether it was held, planned, proposed or cancelled.
import type { MeetingStatus, Span } from '../../schema';
import { addDays, nextWeekday, resolveWeekday, WEEKDAYS } from '../text/dates';
import type { ActorIndex, PlaceMention } from './actors';
import type { Clauses } from './clauses';
import type { Doc } from './document';
import type { Token } from '../text/language';
import {
  ATTEND_VERBS,
  CANCELLED_CUES,
  MEDIATION_LEMMAS,
  NEEDS_PARTNER,
  NOUN_TRIGGERS,
  PARTICIPANT_NOUNS,
  PLANNED_CUES,
  PROPOSED_CUES,
  REFERRING,
  VERB_TRIGGERS,
} from './lexicon';

export interface MeetingDraft {
  participants: Set<string>;
  place: string | null;
  date: string | null;
  status: MeetingStatus;
  evidence: Span[];
  label: string | null;
  /** Happened during someone's visit to `place`, so other meetings of theirs there share it. */
  visit: boolean;
  /** Named by a noun ("the talks"), which later references can point back to. */
  noun: boolean;
  sentence: number;
  /** Token index of the word that introduced it (-1 for named events). */
  trigger: number;
  /** What kind of encounter the text calls it: meeting, talks, call, visit or summit. */
  kind: string;
}

function kindOf(word: string, next: string): string {
  if (next === 'phone' || next === 'telephone' || next === 'video') return 'call';
  if (/^(call|called|phoned|phone)$/.test(word)) return 'call';
  if (/^(talks|talked|spoke|speak|speaks|discuss|negotiat|consultations|conversation)/.test(word))
    return 'talks';
  if (word.startsWith('visit')) return 'visit';
  if (word === 'summit') return 'summit';
  return 'meeting';
}

export function findMeetings(doc: Doc, index: ActorIndex, clauses: Clauses): MeetingDraft[] {
  const found: MeetingDraft[] = [];
  const names = (k: number, end: number) => namesFrom(doc, index, clauses, k, end);
  doc.sentences.forEach((_, si) => {
    if (doc.skip[si]) return;
    const [from, to] = doc.sentenceTokens[si] ?? [0, 0];
    for (let v = from; v < to; v++) {
      const meeting = meetingAt(doc, index, clauses, si, v, names);
      if (meeting) found.push(meeting);
    }
    addAttendees(doc, clauses, si, found, names);
  });
  found.push(...eventMeetings(index, clauses, doc));
  return mergeMeetings(found.sort((a, b) => a.sentence - b.sentence));
}

function sentenceSpan(doc: Doc, si: number): Span {
  const s = doc.sentences[si]!;
  return { start: s.start, end: s.end, text: s.text };
}

/** Names coordinated from token k on ("X, Y and Z"), up to `end`. */
function namesFrom(doc: Doc, index: ActorIndex, clauses: Clauses, k: number, end: number): string[] {
  const { tokens } = doc;
  const names: string[] = [];
  while (k < end) {
    const e = clauses.firstEntityAfter(k, end, 'actor');
    if (!e || e.from > k + 2) break;
    names.push(e.ref);
    k = e.to;
    // "LSE chief executive Clara Furse": the person named right after their organisation.
    const person = clauses.firstEntityAfter(k, end, 'actor');
    if (person && person.from === k && index.actors.get(person.ref)?.kind === 'person') {
      names.push(person.ref);
      k = person.to;
    }
    if (tokens[k]?.kind === 'possessive') break;
    // "representatives from Afghanistan and ...": the origin belongs to the name before it.
    const origin = tokens[k]?.lower === 'from' ? clauses.firstEntityAfter(k + 1, end, 'actor') : null;
    if (origin && origin.from <= k + 2) k = origin.to;
    if (tokens[k]?.lower !== 'and' && tokens[k]?.text !== ',') break;
    k++;
    if (tokens[k]?.lower === 'other' || tokens[k]?.lower === 'and') k++;
  }
  return names;
}

/** The meeting that the verb or noun at token v reports, with who took part; null when v reports none. */
function meetingAt(
  doc: Doc,
  index: ActorIndex,
  clauses: Clauses,
  si: number,
  v: number,
  names: (k: number, end: number) => string[],
): MeetingDraft | null {
  const { tokens } = doc;
  const [from, to] = doc.sentenceTokens[si] ?? [0, 0];
  const t = tokens[v]!;
  const prev = tokens[v - 1];
  const isNoun = NOUN_TRIGGERS.has(t.lower) && !VERB_TRIGGERS.has(t.lower);
  const isVerb = VERB_TRIGGERS.has(t.lower) || (t.lower === 'meeting' && isVerbContext(prev?.lower));
  if (!isNoun && !isVerb && t.lower !== 'meeting') return null;
  const nounUse = !isVerb;
  const end = clauses.clauseEnd(v + 1, si);

  // Partners: "with X and Y", "between X and Y", or a direct object ("met Putin").
  let partnerAt = -1;
  let between = false;
  for (let j = v + 1; j < Math.min(end, v + 16); j++) {
    const w = tokens[j]!.lower;
    if (w === 'with' || w === 'between' || (w === 'to' && /^(spoke|speak|speaks|talked)$/.test(t.lower))) {
      partnerAt = j;
      between = w === 'between';
      break;
    }
    if (NOUN_TRIGGERS.has(w) || VERB_TRIGGERS.has(w)) break;
  }
  if (partnerAt < 0 && /^(meet|meets|met|hosted|hosts|host|called|phoned)$/.test(t.lower)) partnerAt = v;
  const partners = partnerAt >= 0 ? names(partnerAt + 1, end) : [];
  // "under the mediation of X and Y", "hosted by X": those who brought the sides together took part.
  const mediator = mediatorAt(tokens, v + 1, Math.min(to, v + 30));
  if (mediator !== null) partners.push(...names(mediator, to));

  // Who meets: "his meeting", "Kyiv’s talks", an agent ("negotiated by X"), else the subject.
  let subjects: string[] = [];
  if (between) subjects = [];
  else if (nounUse && (prev?.lower === 'his' || prev?.lower === 'her')) {
    const who = clauses.resolvePronoun(v - 1, si);
    if (who) subjects = [who];
  } else if (nounUse && prev?.kind === 'possessive') {
    const owner = clauses.entityEndingAt(v - 1, 'actor');
    if (owner) subjects = [owner.ref];
  } else if (tokens[v + 1]?.lower === 'by' && names(v + 2, end).length > 0) {
    subjects = names(v + 2, end);
  } else if (!(
    nounUse &&
    (prev?.lower === 'of' || (prev?.lower === 'the' && tokens[v - 2]?.lower === 'of'))
  )) {
    subjects = clauses.subjectsOf(v, si);
  }
  // "X and Y spoke" is reciprocal; "X spoke" alone is not a meeting.
  if (NEEDS_PARTNER.has(t.lower) && partners.length === 0 && subjects.length < 2) return null;
  const participants = new Set([...subjects, ...partners]);
  const place = placeOf(doc, index, si, from, end);
  const status = statusOf(clauses, v, si);
  const articleDate = doc.article.date;
  const date = articleDate ? dateOf(doc, v, si, clauses, articleDate, status) : null;
  return {
    participants,
    place: place.name,
    visit: place.visit,
    date,
    status,
    evidence: [clauseSpan(doc, clauses, v, si, end)],
    label: null,
    noun:
      nounUse &&
      partners.length === 0 &&
      (REFERRING.has(prev?.lower ?? '') ||
        prev?.kind === 'possessive' ||
        tokens[v - 2]?.lower === 'of' ||
        REFERRING.has(tokens[v - 2]?.lower ?? '')),
    sentence: si,
    trigger: v,
    kind: kindOf(t.lower, tokens[v + 2]?.lower ?? ''),
  };
}

/** "Their participants included X and Y", "X also attended": more people at the latest meeting. */
function addAttendees(
  doc: Doc,
  clauses: Clauses,
  si: number,
  found: MeetingDraft[],
  namesAt: (k: number, end: number) => string[],
): void {
  const { tokens } = doc;
  const [from, to] = doc.sentenceTokens[si] ?? [0, 0];
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.lower;
    let names: string[] = [];
    if (PARTICIPANT_NOUNS.has(w) && /^(included|includes|were|was)$/.test(tokens[k + 1]?.lower ?? '')) {
      names = namesAt(k + 2, clauses.clauseEnd(k + 2, si));
    } else if (ATTEND_VERBS.has(w) || (w === 'part' && tokens[k - 1]?.lower === 'took')) {
      names = clauses.subjectsOf(w === 'part' ? k - 1 : k, si);
    }
    if (names.length === 0) continue;
    const latest = [...found]
      .reverse()
      .find((m) => m.sentence <= si && m.sentence >= si - 2 && m.status === 'held');
    if (!latest) continue;
    for (const n of names) latest.participants.add(n);
    latest.evidence.push(sentenceSpan(doc, si));
  }
}

/** Named events: "the Munich Security Conference", with the people and sides the sentence names. */
function eventMeetings(index: ActorIndex, clauses: Clauses, doc: Doc): MeetingDraft[] {
  const found: MeetingDraft[] = [];
  for (const ev of index.events) {
    const inSentence = index.mentions.filter((m) => m.sentence === ev.sentence && !m.possessive);
    const participants = new Set(
      inSentence
        .filter((m) => index.actors.get(m.actor)?.kind !== 'group')
        .filter(
          (m) =>
            !inSentence.some(
              (o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start,
            ),
        )
        .map((m) => m.actor),
    );
    if (participants.size === 0) continue;
    const status = statusOf(clauses, ev.from, ev.sentence);
    found.push({
      participants,
      place: ev.place,
      visit: false,
      date: null,
      status: status === 'proposed' ? 'held' : status,
      evidence: [{ start: ev.start, end: ev.end, text: ev.text }, sentenceSpan(doc, ev.sentence)],
      label: ev.name,
      noun: false,
      sentence: ev.sentence,
      trigger: -1,
      kind: 'meeting',
    });
  }
  return found;
}

/** The token after "mediation of", "mediated by", "hosted by" or "brokered by" in [from, to), or null. */
function mediatorAt(tokens: Token[], from: number, to: number): number | null {
  for (let k = from; k < to - 1; k++) {
    const w = tokens[k]!;
    const next = tokens[k + 1]!.lower;
    if (MEDIATION_LEMMAS.has(w.lemma) && (next === 'of' || next === 'by')) return k + 2;
  }
  return null;
}

/** "is meeting", "before meeting": the -ing form as a verb rather than the noun. */
function isVerbContext(prev: string | undefined): boolean {
  return (
    !!prev &&
    ['is', 'are', 'was', 'were', 'be', 'been', 'after', 'before', 'while', 'when', 'by', 'not'].includes(prev)
  );
}

/** The meeting's own words: from its subject (when named close by) or its trigger to the clause's end. */
function clauseSpan(doc: Doc, clauses: Clauses, v: number, si: number, end: number): Span {
  const [from] = clauses.sentenceRange(si);
  const subject = clauses.subjectSpan(v, si)?.span;
  // "his meeting with ...", "Kyiv’s talks with ...": the owner opens the quote.
  const owned = /^(his|her|their|its)$/.test(doc.tokens[v - 1]?.lower ?? '')
    ? v - 1
    : (clauses.entityEndingAt(v - 1, 'actor')?.from ?? v);
  const first =
    subject && subject.from >= from && subject.from < v && v - subject.from <= 25
      ? subject.from
      : Math.min(owned, v);
  const last = Math.max(v + 1, end);
  const start = doc.tokens[first]!.start;
  const stop = doc.tokens[last - 1]!.end;
  return { start, end: stop, text: doc.text.slice(start, stop) };
}

function statusOf(clauses: Clauses, v: number, si: number): MeetingStatus {
  const tokens = clauses.doc.tokens;
  const [from] = clauses.sentenceRange(si);
  let windowFrom = Math.max(from, v - 6);
  for (let k = v - 1; k >= windowFrom; k--) if (tokens[k]!.text === ',') windowFrom = k + 1;
  const before = tokens.slice(windowFrom, v).map((t) => t.lower);
  const around = tokens
    .slice(windowFrom, v + 3)
    .map((t) => t.lower)
    .join(' ');
  if (CANCELLED_CUES.some((c) => around.includes(c))) return 'cancelled';
  if (before.some((w) => PROPOSED_CUES.has(w))) return 'proposed';
  if (before.some((w) => PLANNED_CUES.has(w)) || /^(meets|meet)$/.test(tokens[v]!.lower)) return 'planned';
  return 'held';
}

function placeOf(
  doc: Doc,
  index: ActorIndex,
  si: number,
  from: number,
  to: number,
): { name: string | null; visit: boolean } {
  for (const p of placesIn(index, si)) {
    const lead = doc.tokens
      .slice(Math.max(from, p.from - 4), p.from)
      .map((t) => t.lower)
      .join(' ');
    const visit = /visit|trip/.test(lead);
    if (p.from >= from && (p.from < to || visit)) return { name: p.name, visit };
  }
  return { name: null, visit: false };
}

const placesBySentence = new WeakMap<ActorIndex, Map<number, PlaceMention[]>>();

/** The places of sentence si, in index order (grouped once per index: an article may hold thousands). */
function placesIn(index: ActorIndex, si: number): PlaceMention[] {
  let bySentence = placesBySentence.get(index);
  if (!bySentence) {
    bySentence = new Map();
    for (const p of index.places) {
      const list = bySentence.get(p.sentence);
      if (list) list.push(p);
      else bySentence.set(p.sentence, [p]);
    }
    placesBySentence.set(index, bySentence);
  }
  return bySentence.get(si) ?? [];
}

/** "on Thursday", "yesterday": a day in the trigger's own clause, resolved against the article date. */
function dateOf(
  doc: Doc,
  v: number,
  si: number,
  clauses: Clauses,
  articleDate: string,
  status: MeetingStatus,
): string | null {
  const tokens = doc.tokens;
  const [from] = clauses.sentenceRange(si);
  let start = v;
  while (start > from && !/^(,|and|but|after|before|while)$/.test(tokens[start - 1]!.lower) && v - start < 8)
    start--;
  const end = Math.min(clauses.clauseEnd(v + 1, si), v + 16);
  for (let k = start; k < end; k++) {
    const w = tokens[k]!.lower;
    // A weekday is the last one for what happened, the next one for what is to come.
    if (WEEKDAYS.includes(w))
      return status === 'held' ? resolveWeekday(articleDate, w) : nextWeekday(articleDate, w);
    if (w === 'yesterday') return addDays(articleDate, -1);
    if (w === 'today') return articleDate;
    if (w === 'tomorrow') return addDays(articleDate, 1);
  }
  return null;
}

/**
 * One meeting per set of participants and kind of status. A noun that refers back ("the talks",
 * "the meeting") joins the latest meeting nearby. Evidence, place and date combine.
 */
function mergeMeetings(list: MeetingDraft[]): MeetingDraft[] {
  const out: MeetingDraft[] = [];
  // Candidates are looked up by participant set, not by a scan of every earlier meeting: an article
  // can hold thousands of meetings. `list` is in sentence order, and so is `out`.
  const byParticipants = new Map<string, MeetingDraft[]>();
  const position = new Map<MeetingDraft, number>();
  const keyOf = (m: MeetingDraft) => JSON.stringify([...m.participants].sort());
  const evidenceKeys = new Map<MeetingDraft, Set<string>>();
  const absorb = (into: MeetingDraft, m: MeetingDraft) => {
    for (const p of m.participants) into.participants.add(p);
    let keys = evidenceKeys.get(into);
    if (!keys) {
      keys = new Set(into.evidence.map((x) => `${x.start}:${x.end}`));
      evidenceKeys.set(into, keys);
    }
    for (const e of m.evidence) {
      const key = `${e.start}:${e.end}`;
      if (!keys.has(key)) {
        keys.add(key);
        into.evidence.push(e);
      }
    }
    into.place ??= m.place;
    into.date ??= m.date;
    into.label ??= m.label;
    into.visit ||= m.visit;
  };
  for (const m of list) {
    const held = (s: MeetingStatus) => s === 'held';
    let twin = (byParticipants.get(keyOf(m)) ?? []).find(
      (o) =>
        held(o.status) === held(m.status) &&
        (!o.date || !m.date || o.date === m.date) &&
        (!o.label || !m.label || o.label === m.label),
    );
    if (!twin && m.noun) {
      for (let k = out.length - 1; k >= 0 && m.sentence - out[k]!.sentence <= 2; k--) {
        const o = out[k]!;
        if (o.status === m.status && !o.label) {
          twin = o;
          break;
        }
      }
    }
    if (twin) {
      // Absorbing may grow the twin's participant set: file it under its new key as well.
      const before = keyOf(twin);
      absorb(twin, m);
      const after = keyOf(twin);
      if (after !== before) {
        const old = byParticipants.get(before) ?? [];
        byParticipants.set(
          before,
          old.filter((o) => o !== twin),
        );
        insertInOrder(byParticipants, after, twin, position);
      }
    } else {
      position.set(m, out.length);
      out.push(m);
      insertInOrder(byParticipants, keyOf(m), m, position);
    }
  }
  // A meeting with no place, held by someone on a visit elsewhere in the article, happened there.
  const visits = out.filter((o) => o.visit);
  for (const m of out) {
    if (m.place || m.status !== 'held') continue;
    const host = visits.find(
      (o) =>
        o !== m && o.place && o.status === 'held' && [...o.participants].some((p) => m.participants.has(p)),
    );
    if (host) m.place = host.place;
  }
  return out.filter((m) => m.participants.size >= (m.label ? 1 : 2));
}

/** Files `m` under `key`, keeping each list in the order of `out` (so a lookup finds the earliest). */
function insertInOrder(
  map: Map<string, MeetingDraft[]>,
  key: string,
  m: MeetingDraft,
  position: Map<MeetingDraft, number>,
): void {
  const list = map.get(key) ?? [];
  const at = position.get(m) ?? 0;
  const last = list[list.length - 1];
  const i = last && (position.get(last) ?? 0) > at ? list.findIndex((o) => (position.get(o) ?? 0) > at) : -1;
  if (i < 0) list.push(m);
  else list.splice(i, 0, m);
  map.set(key, list);
}
