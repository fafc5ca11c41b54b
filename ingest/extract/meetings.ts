// Meetings: visits, talks, calls, conferences, board meetings and planned summits. Reads who took part
// (the subject, or the article's main actor for "talks with X" told alone, and the "with ..." or
// "between ... and ..." names, "participants included ...", "X also attended"), where ("in Lyon",
// "during a visit to Kyiv", the city in a conference's name), when ("on Thursday", "March 31" against the
// article's date) and whether it was held, planned, proposed, cancelled or held and failed.
import type { MeetingStatus, Span } from '../../schema';
import { addDays, isMonthName, nextWeekday, parseLooseDate, resolveWeekday, WEEKDAYS } from '../text/dates';
import type { ActorIndex, PlaceMention } from './actors';
import type { Clauses } from './clauses';
import type { Doc } from './document';
import type { Token } from '../text/language';
import {
  ATTEND_VERBS,
  BODY_NOUNS,
  BRIEFING_MODIFIERS,
  CALL_VERBS,
  CALL_WORDS,
  CLAUSE_JOINS,
  CANCELLED_CUES,
  DELEGATION_NOUNS,
  FAILED_CUES,
  FAILED_LEMMAS,
  LEADING_VERBS,
  MEDIATION_LEMMAS,
  MEETING_ORDINALS,
  MEET_PRESENT,
  NEEDS_PARTNER,
  NOT_A_CALL,
  NOUN_TRIGGERS,
  OBJECT_MEETING_VERBS,
  OWNER_PRONOUNS,
  PAIR_WORDS,
  REJECTING_LEMMAS,
  PARTICIPANT_LIST_VERBS,
  PARTICIPANT_NOUNS,
  PERSONAL,
  PLANNED_AFTER,
  PLANNED_CUES,
  PREDICATE_ENDS,
  PROPOSAL_HEAD_KINDS,
  PROPOSED_CUES,
  RESUMING_LEMMAS,
  REFERRING,
  ROUND_NOUNS,
  SIDE_NOUNS,
  SIDE_PEOPLE_NOUNS,
  SPEAKING_WORDS,
  SPEECH_VERBS,
  TALK_STEMS,
  UNNAMED_PARTY_LEMMAS,
  VERB_TRIGGERS,
} from './lexicon';

const SPEECH = new Set(SPEECH_VERBS);

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
  /** One side alone: an organisation's board meeting, or talks with a side the text does not name. */
  lone: boolean;
  /** What kind of encounter the text calls it: meeting, talks, call, visit or summit. */
  kind: string;
  /** Its place in a sequence ("first", "third", "last"), when the text gives one. */
  ordinal: string | null;
}

function kindOf(word: string, next: string): string {
  if (word.startsWith('summon')) return 'meeting';
  if (next === 'phone' || next === 'telephone' || next === 'video') return 'call';
  if (CALL_WORDS.has(word)) return 'call';
  if (TALK_STEMS.test(word)) return 'talks';
  if (word.startsWith('visit')) return 'visit';
  if (word === 'summit') return 'summit';
  return 'meeting';
}

/** What every rule of this pass reads: the document, its actors and clauses, and the article's main actor. */
interface Reader {
  doc: Doc;
  index: ActorIndex;
  clauses: Clauses;
  /** Names coordinated from token k on, up to `end`. */
  names: (k: number, end: number) => string[];
  /** The country or organisation the article names most: the other side of "talks with X" told alone. */
  main: string | null;
  /** The meetings read so far, in text order. */
  found: MeetingDraft[];
}

export function findMeetings(doc: Doc, index: ActorIndex, clauses: Clauses): MeetingDraft[] {
  const found: MeetingDraft[] = [];
  const names = (k: number, end: number) => namesFrom(doc, index, clauses, k, end);
  const r: Reader = { doc, index, clauses, names, main: mainActor(index), found };
  doc.sentences.forEach((_, si) => {
    if (doc.skip[si]) return;
    const [from, to] = doc.sentenceTokens[si] ?? [0, 0];
    for (let v = from; v < to; v++) found.push(...meetingsAt(r, si, v));
    addAttendees(doc, clauses, si, found, names);
  });
  found.push(...eventMeetings(index, clauses, doc));
  return mergeMeetings(
    found.sort((a, b) => a.sentence - b.sentence),
    sideOf(index),
  );
}

/** The side an actor stands for: a person's country when known (a minister speaks for it), else itself. */
function sideOf(index: ActorIndex): (actor: string) => string {
  const countries = new Map<string, string>();
  for (const a of index.actors.values()) if (a.kind === 'country') countries.set(a.name, a.key);
  return (actor) => {
    const a = index.actors.get(actor);
    return (a?.kind === 'person' && a.affiliation && countries.get(a.affiliation)) || actor;
  };
}

/** The country or organisation with the most mentions (the first named wins a tie), or null. */
function mainActor(index: ActorIndex): string | null {
  const counts = new Map<string, number>();
  for (const m of index.mentions) {
    const kind = index.actors.get(m.actor)?.kind;
    if (kind === 'country' || kind === 'organization') counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [actor, n] of counts) if (n >= 2 && (!best || n > counts.get(best)!)) best = actor;
  return best;
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
    // "Castellan's Mira Talvik": the organisation a person is named by takes part with them.
    const owner = clauses.entityStartingAt(k, 'actor') ?? clauses.entityStartingAt(k + 1, 'actor');
    // "the union's chair, Ana Ruiz": a possessive owner may stand before the person's title.
    const owned = !!e && e.from <= k + 4 && tokens.slice(k, e.from).some((t) => t.kind === 'possessive');
    if (!e || (e.from > k + 2 && !owned)) break;
    if (owner?.possessive && owner.to <= e.from && index.actors.get(e.ref)?.kind === 'person')
      if (index.actors.get(owner.ref)?.kind !== 'person') names.push(owner.ref);
    names.push(e.ref);
    k = e.to;
    // "Castellan chief executive Mira Talvik": the person named right after their organisation.
    const person = clauses.firstEntityAfter(k, end, 'actor');
    if (person && person.from === k && index.actors.get(person.ref)?.kind === 'person') {
      names.push(person.ref);
      k = person.to;
    }
    if (tokens[k]?.kind === 'possessive') break;
    // "Norwegian negotiators", "union delegates": a plain noun after a name describes who came.
    if (tokens[k]?.pos === 'NOUN' && !tokens[k]!.cap && tokens[k]!.lower !== tokens[k]!.lemma) k++;
    // "a Norwegian delegation led by Ola Berg": the delegation's state and its leader both take part.
    const leader = leaderAt(tokens, k);
    if (leader !== null) {
      const led = clauses.firstEntityAfter(leader, end, 'actor');
      if (led && led.from <= leader + 3) {
        names.push(led.ref);
        k = led.to;
      }
    }
    // "representatives from Afghanistan and ...": the origin belongs to the name before it.
    const origin = tokens[k]?.lower === 'from' ? clauses.firstEntityAfter(k + 1, end, 'actor') : null;
    if (origin && origin.from <= k + 2) k = origin.to;
    if (tokens[k]?.lower !== 'and' && tokens[k]?.text !== ',') break;
    k++;
    if (tokens[k]?.lower === 'other' || tokens[k]?.lower === 'and') k++;
  }
  return names;
}

/** How token v introduces a meeting: as a verb ("met"), as a noun ("talks"), or not at all (null). */
function triggerAt(tokens: Token[], v: number): 'verb' | 'noun' | null {
  const t = tokens[v]!;
  const prev = tokens[v - 1];
  if (VERB_TRIGGERS.has(t.lower)) {
    // "called for a ceasefire", "called on Kyiv to": another verb than a phone call.
    if (CALL_VERBS.has(t.lower) && NOT_A_CALL.has(tokens[v + 1]?.lower ?? '')) return null;
    return 'verb';
  }
  if (t.lower === 'meeting' && isVerbContext(prev?.lower)) return 'verb';
  if (!NOUN_TRIGGERS.has(t.lower)) return null;
  // "told a news conference": a briefing, not a meeting between sides.
  return BRIEFING_MODIFIERS.has(prev?.lower ?? '') ? null : 'noun';
}

/** The meetings that the verb or noun at token v reports (one per side when they met separately). */
function meetingsAt(r: Reader, si: number, v: number): MeetingDraft[] {
  const trigger = triggerAt(r.doc.tokens, v);
  if (!trigger) return [];
  const body = bodyMeetings(r, si, v, trigger);
  if (body) return body;
  const meeting = meetingAt(r, si, v, trigger === 'noun');
  return meeting ? [meeting] : [];
}

/** The meeting that the trigger at token v reports, with who took part; null when it names no sides. */
function meetingAt(r: Reader, si: number, v: number, nounUse: boolean): MeetingDraft | null {
  const { doc, clauses } = r;
  const t = doc.tokens[v]!;
  const end = clauses.clauseEnd(v + 1, si);
  const side = partnersOf(r, si, v, end, nounUse);
  if (!side) return null;
  const { partners, between } = side;
  const resumed = nounUse && partners.length === 0 ? resumedSides(r, v) : [];
  let subjects = between ? [] : resumed.length > 0 ? resumed : subjectsFor(r, si, v, end, nounUse);
  // "slow negotiations with the lenders", no subject in the clause: the article's main actor is the other side.
  if (subjects.length === 0 && !between && nounUse && partners.length > 0 && r.main) {
    if (!partners.includes(r.main)) subjects = [r.main];
  }
  // "Talks on pay broke down, the two unions said": those who report talks of no named side held them.
  if (subjects.length === 0 && partners.length === 0 && nounUse) subjects = attributedTo(r, si, v);
  if (subjects.length === 0 && partners.length === 0 && nounUse && !outcomeOf(doc.tokens, v))
    subjects = pairInSentence(r, si);
  if (subjects.length === 0 && partners.length === 0 && nounUse) subjects = sidesAfter(r, si, v) ?? [];
  if (subjects.length > 0 && partners.length === 0 && nounUse)
    partners.push(...dealPartners(r, si, subjects));
  // "X and Y spoke" is reciprocal; "X spoke" alone is not a meeting.
  if (NEEDS_PARTNER.has(t.lower) && partners.length === 0 && !side.unnamed && subjects.length < 2)
    return null;
  const participants = new Set([...subjects, ...partners]);
  const lone = side.unnamed && subjects.length > 0;
  const draft = draftAt(r, si, v, end, participants, nounUse, lone && partners.length === 0);
  return draft.status === 'proposed' && turnedDown(r, si, v, end) ? null : draft;
}

/**
 * "X's proposal for direct talks with Y was rejected", "Y turned down an offer of talks": talks only
 * proposed, and refused, are no meeting (the proposal reader keeps the proposal).
 */
function turnedDown(r: Reader, si: number, v: number, end: number): boolean {
  const { tokens } = r.doc;
  const [from] = r.doc.sentenceTokens[si] ?? [0, 0];
  const refuses = (t: Token) => REJECTING_LEMMAS.has(t.lemma) && (t.pos === 'VERB' || t.pos === 'AUX');
  return (
    predicateOf(tokens, v + 1, end).some(refuses) || tokens.slice(Math.max(from, v - 8), v).some(refuses)
  );
}

/**
 * "Norland quit its fishing pact with Vellia once negotiations stalled": talks of one
 * side in a sentence about its deal with another side are talks with that side.
 */
function dealPartners(r: Reader, si: number, subjects: string[]): string[] {
  const { tokens } = r.doc;
  const [from, to] = r.doc.sentenceTokens[si] ?? [0, 0];
  for (let j = from; j < to; j++) {
    if (PROPOSAL_HEAD_KINDS.get(tokens[j]!.lower) !== 'deal') continue;
    // "a fishing pact (NFP) with Vellia": a bracketed short form may sit between.
    for (let k = j + 1; k < Math.min(to, j + 5) && tokens[k]!.pos !== 'VERB'; k++) {
      if (tokens[k]!.lower !== 'with') continue;
      const others = r.names(k + 1, to).filter((n) => !subjects.includes(n));
      if (others.length > 0) return others;
      break;
    }
  }
  return [];
}

/**
 * "the guild's proposal to reopen talks": talks taken up again are those of the latest meeting between
 * sides, with whoever offers to resume them.
 */
function resumedSides(r: Reader, v: number): string[] {
  const { tokens } = r.doc;
  if (!RESUMING_LEMMAS.has(tokens[v - 1]?.lemma ?? '')) return [];
  const earlier = r.found.findLast((m) => m.participants.size >= 2);
  if (!earlier) return [];
  const out = new Set(earlier.participants);
  // The owner of the proposal: "X's offer to reopen negotiations".
  const head = tokens[v - 2]?.lower === 'to' ? v - 3 : -1;
  if (head >= 0 && PROPOSAL_HEAD_KINDS.has(tokens[head]!.lower) && tokens[head - 1]?.kind === 'possessive') {
    const owner = r.clauses.entityEndingAt(head - 1, 'actor');
    if (owner) out.add(owner.ref);
  }
  return [...out];
}

/** "the breakdown of the talks": talks told before, named by what became of them. */
function outcomeOf(tokens: Token[], v: number): boolean {
  const prev = tokens[v - 1]?.lower;
  return prev === 'of' || (prev === 'the' && tokens[v - 2]?.lower === 'of');
}

/**
 * "The first meeting showed that both Vo and Tran wanted a deal", "At the meeting, Vo and Tran agreed
 * ...": a meeting that names no side of its own was between the actors the sentence coordinates.
 */
function pairInSentence(r: Reader, si: number): string[] {
  const { tokens } = r.doc;
  const [from, to] = r.doc.sentenceTokens[si] ?? [0, 0];
  for (let k = from; k < to; k++) {
    const e = r.clauses.entityStartingAt(k, 'actor');
    if (!e || e.possessive) continue;
    const before = tokens[k - 1]?.lower === 'the' ? tokens[k - 2] : tokens[k - 1];
    const names = before?.pos === 'ADP' ? [] : r.names(k, to);
    if (names.length >= 2 && tokens.slice(k, to).some((t) => t.lower === 'and')) return names;
    k = e.to - 1;
  }
  return [];
}

/** The speakers of a closing attribution after token v (", X and the Y said."), or [] when there is none. */
function attributedTo(r: Reader, si: number, v: number): string[] {
  const { tokens } = r.doc;
  const [, to] = r.doc.sentenceTokens[si] ?? [0, 0];
  let k = to - 1;
  while (k > v && tokens[k]!.pos === 'PUNCT') k--;
  if (k <= v || !SPEECH.has(tokens[k]!.lower)) return [];
  // Walk back over the speakers, their articles, "and" and list commas, to the comma that opens them.
  const speakers: string[] = [];
  for (let j = k - 1; j > v;) {
    const e = r.clauses.entityEndingAt(j + 1, 'actor');
    if (e && e.from > v && !e.possessive) {
      speakers.push(e.ref);
      j = e.from - 1;
      continue;
    }
    const w = tokens[j]!;
    // A comma after no name ends the attribution; "the Alpha union, ABU, and ..." lists go on.
    const before = tokens[j - 1];
    const named = before?.pos === 'PROPN' && !WEEKDAYS.includes(before.lower) && !isMonthName(before.text);
    const listed = r.clauses.entityEndingAt(j, 'actor') || named;
    if (w.text === ',' && !listed && tokens[j - 1]?.lower !== 'and')
      return speakers.length > 0 ? speakers.reverse() : [];
    // Names the actor list missed ("the Alpha, Beta and Gamma Union") are passed over.
    if (w.pos !== 'DET' && w.pos !== 'CCONJ' && w.pos !== 'PROPN' && w.text !== ',') return [];
    j--;
  }
  return [];
}

/** A draft for the trigger at v with the given participants: place, date, status and evidence read. */
function draftAt(
  r: Reader,
  si: number,
  v: number,
  end: number,
  participants: Set<string>,
  nounUse: boolean,
  lone: boolean,
): MeetingDraft {
  const { doc, index, clauses } = r;
  const { tokens } = doc;
  const prev = tokens[v - 1];
  const [from] = doc.sentenceTokens[si] ?? [0, 0];
  const place = placeOf(doc, index, si, from, end);
  const status = statusOf(clauses, v, si, nounUse, end);
  const articleDate = doc.article.date;
  const date = articleDate ? dateOf(doc, v, si, clauses, articleDate, status) : null;
  const referring = REFERRING.has(prev?.lower ?? '') || prev?.kind === 'possessive';
  const hasPartner = tokens.slice(v + 1, end).some((x) => x.lower === 'with' || x.lower === 'between');
  return {
    participants,
    place: place.name,
    visit: place.visit,
    date,
    status,
    evidence: [clauseSpan(doc, clauses, v, si, end)],
    label: null,
    lone,
    noun:
      nounUse &&
      !hasPartner &&
      (referring || tokens[v - 2]?.lower === 'of' || REFERRING.has(tokens[v - 2]?.lower ?? '')),
    sentence: si,
    trigger: v,
    kind: summonedBack(tokens, (clauses.firstEntityAfter(v + 1, end, 'actor')?.to ?? v) as number)
      ? 'meeting'
      : kindOf(tokens[v]!.lower, tokens[v + 2]?.lower ?? ''),
    ordinal: ordinalOf(tokens, v),
  };
}

/** "its third meeting", "the final round of talks", "their first formal talks": the meeting's place in a sequence. */
function ordinalOf(tokens: Token[], v: number): string | null {
  let k = v - 1;
  if (ROUND_NOUNS.has(tokens[v - 2]?.lower ?? '') && tokens[v - 1]?.lower === 'of') k = v - 3;
  for (let j = k; j >= Math.max(0, k - 2); j--) {
    const ordinal = MEETING_ORDINALS.get(tokens[j]!.lower);
    if (ordinal) return ordinal;
    if (tokens[j]!.pos !== 'ADJ' && tokens[j]!.pos !== 'NOUN') return null;
  }
  return null;
}

interface Partners {
  partners: string[];
  between: boolean;
  /** "talks with rival bidders", "met lenders": a side the text describes but does not name. */
  unnamed: boolean;
}

/** Who the trigger at v met: "with X and Y", "between X and Y", a direct object, or a mediator. */
function partnersOf(r: Reader, si: number, v: number, end: number, nounUse: boolean): Partners | null {
  const { tokens } = r.doc;
  const t = tokens[v]!;
  let partnerAt = -1;
  let between = false;
  for (let j = v + 1; j < Math.min(end, v + 16); j++) {
    const w = tokens[j]!;
    if (w.lower === 'with' || w.lower === 'between' || (w.lower === 'to' && SPEAKING_WORDS.has(t.lower))) {
      partnerAt = j;
      between = w.lower === 'between';
      break;
    }
    // "talks may lead to a row with X": the "with" belongs to another verb.
    if (NOUN_TRIGGERS.has(w.lower) || VERB_TRIGGERS.has(w.lower) || w.pos === 'AUX' || w.pos === 'VERB')
      break;
  }
  // "is meeting her counterparts": the -ing form as a verb takes its object as "met" does.
  const direct = partnerAt < 0 && (OBJECT_MEETING_VERBS.has(t.lower) || (t.lower === 'meeting' && !nounUse));
  if (direct) partnerAt = v;
  const partners = partnerAt >= 0 ? r.names(partnerAt + 1, end) : [];
  // "called the offer 'unfair'": a complement after the object makes "called" another verb.
  if (direct && CALL_VERBS.has(t.lower) && partners.length > 0 && !callObjectEnds(r, v, end)) return null;
  const unnamed = partnerAt > v && partners.length === 0 && unnamedPartyAt(tokens, partnerAt + 1, end);
  // "under the mediation of X and Y", "hosted by X": those who brought the sides together took part.
  const [, to] = r.doc.sentenceTokens[si] ?? [0, 0];
  const mediator = mediatorAt(tokens, v + 1, Math.min(to, v + 30));
  if (mediator !== null) partners.push(...r.names(mediator, to));
  return { partners, between, unnamed };
}

/** After "called X": the object ends at a preposition, a conjunction or punctuation other than a quote. */
function callObjectEnds(r: Reader, v: number, end: number): boolean {
  const object = r.clauses.firstEntityAfter(v + 1, end, 'actor');
  if (!object) return false;
  const next = r.doc.tokens[object.to];
  if (!next || object.to >= end) return true;
  if (summonedBack(r.doc.tokens, object.to)) return true;
  if (next.pos === 'PUNCT') return !/^["“”‘’']$/.test(next.text);
  return next.pos === 'ADP' || next.pos === 'CCONJ' || WEEKDAYS.includes(next.lower);
}

/** "called Vo back to the palace": called to come in person, a meeting rather than a phone call. */
function summonedBack(tokens: Token[], k: number): boolean {
  return tokens[k]?.lower === 'back' && (tokens[k + 1]?.lower === 'to' || tokens[k + 1]?.pos === 'ADP');
}

/** "several rival bidders", "foreign lenders": a plural party noun within a few words of k. */
function unnamedPartyAt(tokens: Token[], k: number, end: number): boolean {
  for (let j = k; j < Math.min(end, k + 4); j++) {
    const w = tokens[j]!;
    if (w.pos === 'NOUN' && w.lower !== w.lemma && UNNAMED_PARTY_LEMMAS.has(w.lemma)) return true;
    if (w.pos !== 'ADJ' && w.pos !== 'DET' && w.pos !== 'NUM' && w.lower !== 'other') return false;
  }
  return false;
}

/** Who meets: "his meeting", "Kyiv’s talks", an agent ("negotiated by X"), a fronted phrase's main
 * subject ("During talks with X, the minister ..."), else the subject of the trigger. */
function subjectsFor(r: Reader, si: number, v: number, end: number, nounUse: boolean): string[] {
  const { doc, clauses } = r;
  const { tokens } = doc;
  const prev = tokens[v - 1];
  if (nounUse && (prev?.lower === 'his' || prev?.lower === 'her')) {
    const who = clauses.resolvePronoun(v - 1, si);
    return who ? [who] : [];
  }
  if (nounUse && prev?.kind === 'possessive') {
    const owner = clauses.entityEndingAt(v - 1, 'actor');
    return owner ? [owner.ref] : [];
  }
  if (tokens[v + 1]?.lower === 'by') {
    const agents = r.names(v + 2, end);
    if (agents.length > 0) return agents;
  }
  const sides = sidesBefore(r, si, v);
  if (sides) return sides;
  // "the outcome of the talks" names no side; "a new round of talks" keeps the sentence's subject.
  const ofAt =
    prev?.lower === 'of' ? v - 1 : prev?.lower === 'the' && tokens[v - 2]?.lower === 'of' ? v - 2 : -1;
  if (nounUse && ofAt >= 0 && !ROUND_NOUNS.has(tokens[ofAt - 1]?.lower ?? '')) return [];
  const subjects = withLeaders(r, si, v, clauses.subjectsOf(v, si));
  if (subjects.length > 0 || !nounUse) return subjects;
  const main = clauses.mainSubject(si);
  const [from] = doc.sentenceTokens[si] ?? [0, 0];
  const fronted =
    tokens[from]?.pos === 'ADP' && tokens.slice(v, main?.span?.from ?? v).some((x) => x.text === ',');
  return fronted && main ? [main.ref] : [];
}

/** Token after "delegation led by" / "team headed by" starting at k, or null. */
function leaderAt(tokens: Token[], k: number): number | null {
  let j: number;
  if (DELEGATION_NOUNS.has(tokens[k]?.lower ?? '')) j = k + 1;
  else if (DELEGATION_NOUNS.has(tokens[k - 1]?.lower ?? '')) j = k;
  else return null;
  if (tokens[j]?.text === ',') j++;
  if (!LEADING_VERBS.has(tokens[j]?.lower ?? '') || tokens[j + 1]?.lower !== 'by') return null;
  return j + 2;
}

/** Subjects with the leader of a delegation between them and the trigger ("X's team, led by Y, met"). */
function withLeaders(r: Reader, si: number, v: number, subjects: string[]): string[] {
  const { tokens } = r.doc;
  const [from] = r.doc.sentenceTokens[si] ?? [0, 0];
  for (let k = Math.max(from, v - 12); k < v; k++) {
    const at = DELEGATION_NOUNS.has(tokens[k]!.lower) ? leaderAt(tokens, k) : null;
    if (at === null) continue;
    const names = r.names(at, v);
    if (names.length > 0) return [...new Set([...subjects, ...names])];
  }
  return subjects;
}

/**
 * "The two sides will hold talks", "both sides agreed ... that they will hold talks": those of the
 * latest meeting read a few sentences back, or null when no such subject comes before the trigger.
 */
function sidesBefore(r: Reader, si: number, v: number): string[] | null {
  const { tokens } = r.doc;
  const [from] = r.doc.sentenceTokens[si] ?? [0, 0];
  let k = v - 1;
  let pronoun = false;
  for (; k > from && tokens[k]!.text !== ','; k--) {
    if (sideNoun(tokens, k) && (pronoun || v - k < 10)) break;
    // A name or a pronoun other than "they" is the trigger's own subject.
    if (r.clauses.entityEndingAt(k + 1, 'actor') || PERSONAL.has(tokens[k]!.lower)) return null;
    if (tokens[k]!.lower === 'they') pronoun = true;
  }
  if (!sideNoun(tokens, k)) return null;
  // "talks between the two sides" is read by the caller; "with both sides" too.
  if (tokens[k - 2]?.pos === 'ADP') return null;
  return sidesMeant(r, si, k);
}

/**
 * "Prior negotiations in May, when the two sides settled on a truce": a meeting noun that names no side,
 * followed in its sentence by "both sides" as a subject, was between those sides. Null without one.
 */
function sidesAfter(r: Reader, si: number, v: number): string[] | null {
  const { tokens } = r.doc;
  const [, to] = r.doc.sentenceTokens[si] ?? [0, 0];
  for (let k = v + 2; k < Math.min(to, v + 12); k++) {
    if (NOUN_TRIGGERS.has(tokens[k]!.lower) || VERB_TRIGGERS.has(tokens[k]!.lower)) return null;
    if (!sideNoun(tokens, k)) continue;
    // A subject: not the object of a preposition ("with both sides"), and a verb follows.
    const verb = tokens[k + 1]?.pos === 'VERB' || tokens[k + 1]?.pos === 'AUX';
    return tokens[k - 2]?.pos === 'ADP' || !verb ? null : sidesMeant(r, si, k);
  }
  return null;
}

/** Whom the side noun at token k stands for: the sides of the latest meeting, or the two named most. */
function sidesMeant(r: Reader, si: number, k: number): string[] | null {
  const { tokens } = r.doc;
  // The sides are states or organisations when the text has named two of them, else people.
  const sidesOf = (m: MeetingDraft) =>
    [...m.participants].filter((p) => r.index.actors.get(p)?.kind !== 'person');
  const bySides = r.found.findLast((m) => sidesOf(m).length >= 2);
  if (bySides) return sidesOf(bySides);
  const latest = r.found.findLast((m) => m.participants.size >= 2);
  if (latest) return [...latest.participants];
  // "the two sides" names two parties; "the ministers" may be many, so it needs the meeting before.
  return SIDE_NOUNS.has(tokens[k]!.lower) ? mostNamedSides(r.index, si) : null;
}

/**
 * "The league and the union agreed to extend the deadline. The two sides will meet again": with no
 * meeting read before, the two states or organisations named most up to sentence si; null without two.
 */
function mostNamedSides(index: ActorIndex, si: number): string[] | null {
  const counts = new Map<string, number>();
  for (const m of index.mentions) {
    const kind = index.actors.get(m.actor)?.kind;
    if (m.sentence <= si && (kind === 'country' || kind === 'organization'))
      counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([actor]) => actor);
  return ranked.length >= 2 ? ranked.slice(0, 2) : null;
}

/** "the two sides", "both countries", "the ministers", "both leaders": a plural for both sides at token k. */
function sideNoun(tokens: Token[], k: number): boolean {
  const noun = tokens[k]?.lower ?? '';
  const before = tokens[k - 1]?.lower ?? '';
  if (SIDE_NOUNS.has(noun)) return PAIR_WORDS.has(before);
  return SIDE_PEOPLE_NOUNS.has(noun) && (PAIR_WORDS.has(before) || before === 'the');
}

/**
 * "The board met", "the boards of A and B met separately": an organisation's own body meets, with
 * no other side. Null when the trigger at v is not such a meeting.
 */
function bodyMeetings(r: Reader, si: number, v: number, trigger: 'verb' | 'noun'): MeetingDraft[] | null {
  const { doc, clauses } = r;
  const { tokens } = doc;
  if (trigger !== 'verb' || !OBJECT_MEETING_VERBS.has(tokens[v]!.lower) || CALL_VERBS.has(tokens[v]!.lower))
    return null;
  const end = clauses.clauseEnd(v + 1, si);
  const separately = tokens[v + 1]?.lower === 'separately';
  if (!separately && clauses.firstEntityAfter(v + 1, Math.min(end, v + 3), 'actor')) return null;
  const owners = bodyOwners(r, si, v);
  if (owners.length === 0) return null;
  const drafts = separately ? owners.map((o) => [o]) : [owners];
  return drafts.map((who) => ({
    ...draftAt(r, si, v, end, new Set(who), false, true),
    kind: 'board meeting',
  }));
}

/** The organisations whose boards or councils are the subject of the verb at v, or [] when none is. */
function bodyOwners(r: Reader, si: number, v: number): string[] {
  const { doc, clauses } = r;
  const { tokens } = doc;
  const [from] = doc.sentenceTokens[si] ?? [0, 0];
  let k = v - 1;
  while (k > from && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) k--;
  // "the board of X will meet", "X's board met", "the boards of X and Y met".
  let start = k;
  while (start > from && !SPEECH.has(tokens[start - 1]!.lower) && tokens[start - 1]!.text !== ',') start--;
  const stretch = tokens.slice(start, k + 1);
  if (!stretch.some((x) => BODY_NOUNS.has(x.lower))) return [];
  const owners: string[] = [];
  for (let j = start; j <= k; j++) {
    const w = tokens[j]!.lower;
    const e = clauses.entityEndingAt(j + 1, 'actor');
    if (e && e.from >= start) owners.push(e.ref);
    else if (w === 'its' || w === 'their') {
      const who = clauses.resolvePlural(j, si);
      if (who) owners.push(who);
    }
  }
  return [...new Set(owners)];
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
    if (PARTICIPANT_NOUNS.has(w) && PARTICIPANT_LIST_VERBS.has(tokens[k + 1]?.lower ?? '')) {
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
    const status = statusOf(clauses, ev.from, ev.sentence, false, ev.to);
    found.push({
      participants,
      place: ev.place,
      visit: false,
      date: null,
      status: status === 'proposed' ? 'held' : status,
      evidence: [{ start: ev.start, end: ev.end, text: ev.text }, sentenceSpan(doc, ev.sentence)],
      label: ev.name,
      lone: false,
      noun: false,
      sentence: ev.sentence,
      trigger: -1,
      kind: 'meeting',
      ordinal: null,
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
  const owned = OWNER_PRONOUNS.has(doc.tokens[v - 1]?.lower ?? '')
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

function statusOf(clauses: Clauses, v: number, si: number, nounUse: boolean, end: number): MeetingStatus {
  const tokens = clauses.doc.tokens;
  const [from] = clauses.sentenceRange(si);
  let windowFrom = Math.max(from, v - 6);
  for (let k = v - 1; k >= windowFrom; k--) if (tokens[k]!.text === ',') windowFrom = k + 1;
  const before = tokens.slice(windowFrom, v);
  const around = tokens
    .slice(windowFrom, v + 3)
    .map((t) => t.lower)
    .join(' ');
  const after = nounUse ? predicateOf(tokens, v + 1, end) : [];
  const afterText = after.map((t) => t.lower).join(' ');
  if (CANCELLED_CUES.some((c) => around.includes(c) || afterText.includes(c))) return 'cancelled';
  // "the collapse of the talks", "talks broke down", "ended without agreement": held, and failed.
  if (
    before.some((t) => FAILED_LEMMAS.has(t.lemma)) ||
    after.some((t) => FAILED_LEMMAS.has(t.lemma)) ||
    FAILED_CUES.some((c) => afterText.includes(c))
  )
    return 'failed';
  if (before.some((t) => PROPOSED_CUES.has(t.lower))) return 'proposed';
  if (
    before.some((t) => PLANNED_CUES.has(t.lower)) ||
    // "talks on ways to set a price cap": a verb after "to" is the topic, not the schedule.
    after.some((t, i) => PLANNED_AFTER.has(t.lower) && after[i - 1]?.lower !== 'to') ||
    MEET_PRESENT.has(tokens[v]!.lower)
  )
    return 'planned';
  return 'held';
}

/** The words after a meeting noun up to the end of its own predicate ("talks ... broke down on Friday"). */
function predicateOf(tokens: Token[], from: number, end: number): Token[] {
  const out: Token[] = [];
  for (let k = from; k < Math.min(end, from + 14); k++) {
    const t = tokens[k]!;
    if (PREDICATE_ENDS.has(t.lower) || t.text === ',') break;
    out.push(t);
  }
  return out;
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
    // "last met in March": a month, not a place.
    if (isMonthName(p.name)) continue;
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
  while (start > from && !CLAUSE_JOINS.has(tokens[start - 1]!.lower) && v - start < 8) start--;
  const end = Math.min(clauses.clauseEnd(v + 1, si), v + 16);
  for (let k = start; k < end; k++) {
    const w = tokens[k]!.lower;
    // A weekday is the last one for what happened, the next one for what is to come.
    if (WEEKDAYS.includes(w))
      return tookPlace(status) ? resolveWeekday(articleDate, w) : nextWeekday(articleDate, w);
    const dated = monthDay(tokens, k, articleDate);
    if (dated) return dated;
    if (w === 'yesterday') return addDays(articleDate, -1);
    if (w === 'today') return articleDate;
    if (w === 'tomorrow') return addDays(articleDate, 1);
  }
  return null;
}

/** "March 31", "31 March": a day of the article's year, read at token k. */
function monthDay(tokens: Token[], k: number, articleDate: string): string | null {
  const year = articleDate.slice(0, 4);
  const t = tokens[k]!;
  const next = tokens[k + 1];
  if (!next) return null;
  if (t.cap && next.kind === 'number') return parseLooseDate(`${t.text} ${next.text}, ${year}`);
  if (t.kind === 'number' && next.cap) return parseLooseDate(`${t.text} ${next.text} ${year}`);
  return null;
}

/** Held or failed: the meeting took place, whatever came of it. */
function tookPlace(status: MeetingStatus): boolean {
  return status === 'held' || status === 'failed';
}

/**
 * One meeting per set of participants and kind of status. A noun that refers back ("the talks",
 * "the meeting") joins the latest meeting nearby. Evidence, place and date combine.
 */
function mergeMeetings(list: MeetingDraft[], side: (actor: string) => string): MeetingDraft[] {
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
    into.ordinal ??= m.ordinal;
    into.visit ||= m.visit;
    into.lone ||= m.lone;
    // "The talks" then "the collapse of the talks": one meeting, which failed.
    if (m.status === 'failed' && into.status === 'held') into.status = 'failed';
  };
  for (const m of list) {
    let twin = (byParticipants.get(keyOf(m)) ?? []).find(
      (o) =>
        tookPlace(o.status) === tookPlace(m.status) &&
        // A side alone at its board meeting and in talks with others: two meetings.
        (!(o.lone || m.lone) || o.kind === m.kind) &&
        (!o.date || !m.date || o.date === m.date) &&
        (!o.label || !m.label || o.label === m.label) &&
        sameOrdinal(o, m),
    );
    if (!twin && m.noun) {
      for (let k = out.length - 1; k >= 0 && m.sentence - out[k]!.sentence <= 2; k--) {
        const o = out[k]!;
        const sides = new Set([...o.participants].map(side));
        const shared = m.participants.size === 0 || [...m.participants].some((p) => sides.has(side(p)));
        if (tookPlace(o.status) === tookPlace(m.status) && !o.label && shared && sameOrdinal(o, m)) {
          twin = o;
          break;
        }
      }
    }
    if (!twin && m.participants.size >= 2) twin = containingMeeting(out, m) ?? oneSideReference(out, m, side);
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
  placesFromVisits(out);
  return withinEarlier(out, absorb).filter((m) => m.participants.size >= (m.label || m.lone ? 1 : 2));
}

/**
 * "Vo met Acme's Bo Tran ... the plans Vo discussed with Tran": the latest earlier meeting that already
 * holds everyone in `m` is the one it tells again (before any reading of them as one side's delegates).
 */
function containingMeeting(out: MeetingDraft[], m: MeetingDraft): MeetingDraft | undefined {
  return out.findLast(
    (o) =>
      tookPlace(o.status) === tookPlace(m.status) &&
      !o.label &&
      !o.lone &&
      sameOrdinal(o, m) &&
      [...m.participants].every((p) => o.participants.has(p)),
  );
}

/**
 * "Ola Berg, Norland's delegate to the talks": talks of one side only (a person and their state) are
 * the latest talks between several sides, however far back; that side took part in them.
 */
function oneSideReference(
  out: MeetingDraft[],
  m: MeetingDraft,
  side: (actor: string) => string,
): MeetingDraft | undefined {
  if (new Set([...m.participants].map(side)).size !== 1) return undefined;
  return out.findLast(
    (o) =>
      tookPlace(o.status) === tookPlace(m.status) &&
      !o.label &&
      !o.lone &&
      sameOrdinal(o, m) &&
      new Set([...o.participants].map(side)).size >= 2,
  );
}

/**
 * "Vo met Acme's Bo Tran" then "the plans Vo discussed with Tran": a meeting among some of the people of
 * an earlier one (or all of them and more), with the same status and no other day, place or name, is
 * that meeting. Two shared participants at least, so one side's several meetings stay apart.
 */
function withinEarlier(
  out: MeetingDraft[],
  absorb: (into: MeetingDraft, m: MeetingDraft) => void,
): MeetingDraft[] {
  const kept: MeetingDraft[] = [];
  const byActor = new Map<string, MeetingDraft[]>();
  const file = (m: MeetingDraft) => {
    for (const p of m.participants) {
      const list = byActor.get(p) ?? [];
      if (!list.includes(m)) list.push(m);
      byActor.set(p, list);
    }
  };
  for (const m of out) {
    // The latest few meetings of each participant: enough for one story, bounded for long articles.
    const near = [...m.participants].flatMap((p) => (byActor.get(p) ?? []).slice(-8));
    const twin = near.find((o) => sameEncounter(o, m));
    if (twin) {
      absorb(twin, m);
      file(twin);
    } else {
      kept.push(m);
      file(m);
    }
  }
  return kept;
}

/**
 * "The first meeting" and "the final talks" are two meetings. A meeting with no place in a sequence may
 * be either, but one told well after "the first meeting" (over a sentence later) is a later one.
 */
function sameOrdinal(o: MeetingDraft, m: MeetingDraft): boolean {
  if (o.ordinal && m.ordinal) return o.ordinal === m.ordinal;
  // "Previous talks" are never the talks the story is about.
  if (o.ordinal === 'previous' || m.ordinal === 'previous') return false;
  const [first, other] = o.sentence <= m.sentence ? [o, m] : [m, o];
  return first.ordinal !== 'first' || other.sentence - first.sentence <= 1;
}

function sameEncounter(o: MeetingDraft, m: MeetingDraft): boolean {
  if (o.status !== m.status || o.lone || m.lone || o.label || m.label || !sameOrdinal(o, m)) return false;
  if ((o.date && m.date && o.date !== m.date) || (o.place && m.place && o.place !== m.place)) return false;
  const shared = [...m.participants].filter((p) => o.participants.has(p)).length;
  return shared >= 2 && (shared === m.participants.size || shared === o.participants.size);
}

/** A meeting with no place, held by someone on a visit elsewhere in the article, happened there. */
function placesFromVisits(out: MeetingDraft[]): void {
  const visits = out.filter((o) => o.visit);
  for (const m of out) {
    if (m.place || !tookPlace(m.status)) continue;
    const host = visits.find(
      (o) =>
        o !== m && o.place && tookPlace(o.status) && [...o.participants].some((p) => m.participants.has(p)),
    );
    if (host) m.place = host.place;
  }
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
