// Shallow clause reading over tokens: who is the subject of a verb, what follows it as its object, and
// who a pronoun points at. Good enough for news prose without a full parser: it knows relative clauses
// (", who ..."), appositions between commas, and prepositions that keep a noun out of subject position.
import type { Doc } from './document';
import type { ActorIndex, Mention } from './actors';
import { labelNameEnd, type Token } from '../text/language';
import {
  ALONGSIDE_WORDS,
  AUXILIARY_WORDS,
  CLAUSE_OPENERS,
  COUNTRY_PAIR_NOUNS,
  FIRST_PERSON,
  GOVERNING_BODIES,
  NAME_LIST_FILLERS,
  ORGANISATION_PAIR_NOUNS,
  ORGANISATION_POSSESSIVES,
  PAIR_WORDS,
  PERSONAL,
  PERSUADING_VERBS,
  PLURAL_PRONOUNS,
  PREPOSITIONS,
  RELATIVES,
  SPEECH_VERBS,
  SUBJECT_PRONOUNS,
  SUBJECT_SKIP_BACK,
  TWO_SIDE_NOUNS,
} from './lexicon';

/** Something a verb can point at: an actor mention or a proposal mention. */
export interface EntitySpan {
  type: 'actor' | 'proposal';
  ref: string;
  from: number;
  to: number;
  start: number;
  end: number;
  possessive: boolean;
}

const CLAUSE_BREAKS = new Set(['.', ';', '?', '!', ':']);
/** Marks that open and close an aside: "Critics, including X, said", "Critics - including X - said". */
const ASIDE_MARKS = new Set([',', '—', '–', '-']);
/** How many tokens an "including" aside may run. */
const INCLUDED_REACH = 16;
const SPEECH = new Set(SPEECH_VERBS);

export class Clauses {
  private readonly startingAt = new Map<number, EntitySpan[]>();
  private readonly endingAt = new Map<number, EntitySpan[]>();
  /** Proposal spans covering each token, for "a name inside a proposal". */
  private readonly proposalsOver = new Map<number, EntitySpan[]>();
  private countryRanking: string[] | null = null;
  private answerSpeakers: (string | undefined)[] | null = null;

  constructor(
    readonly doc: Doc,
    readonly index: ActorIndex,
    /** Actor and proposal spans, sorted by start. */
    readonly entities: EntitySpan[],
  ) {
    const push = (map: Map<number, EntitySpan[]>, k: number, e: EntitySpan) => {
      const list = map.get(k);
      if (list) list.push(e);
      else map.set(k, [e]);
    };
    for (const e of entities) {
      push(this.startingAt, e.from, e);
      push(this.endingAt, e.to, e);
      if (e.type === 'proposal') for (let k = e.from; k < e.to; k++) push(this.proposalsOver, k, e);
    }
  }

  sentenceRange(si: number): [number, number] {
    return this.doc.sentenceTokens[si] ?? [0, 0];
  }

  /** The outermost entity starting at or after token i and before `limit`. */
  firstEntityAfter(i: number, limit: number, type?: 'actor' | 'proposal'): EntitySpan | null {
    for (let k = i; k < limit; k++) {
      let best: EntitySpan | null = null;
      for (const e of this.startingAt.get(k) ?? []) {
        if (e.to > limit || (type && e.type !== type)) continue;
        if (!best || e.to > best.to) best = e;
      }
      // "Trump’s treasury secretary": the possessor modifies what follows; it is not the object.
      if (!best || best.possessive) continue;
      // A name inside a proposal ("an initial US offer") is the proposal's, not an object of its own.
      if (best.type === 'actor' && !type) {
        const outer = (this.proposalsOver.get(best.from) ?? []).find((e) => e.to >= best!.to);
        if (outer) return outer;
      }
      return best;
    }
    return null;
  }

  /** The widest entity starting at token k, of the given type if one is named. */
  entityStartingAt(k: number, type?: 'actor' | 'proposal'): EntitySpan | null {
    let best: EntitySpan | null = null;
    for (const e of this.startingAt.get(k) ?? []) {
      if (type && e.type !== type) continue;
      if (!best || e.to > best.to) best = e;
    }
    return best;
  }

  /** "WXYZ president Ana Ruiz": the person named right after an organisation stands for it in a clause. */
  personAfter(e: EntitySpan): EntitySpan {
    if (e.type !== 'actor' || this.index.actors.get(e.ref)?.kind === 'person') return e;
    const next = (this.startingAt.get(e.to) ?? []).find(
      (x) => x.type === 'actor' && this.index.actors.get(x.ref)?.kind === 'person',
    );
    return next ?? e;
  }

  /** End of the clause that starts at token i: the next hard break, or a comma before a new clause. */
  clauseEnd(i: number, si: number): number {
    const [from, to] = this.sentenceRange(si);
    const tokens = this.doc.tokens;
    // Inside ", who ...," the clause closes at the next comma.
    let relative = false;
    for (let k = i - 1; k >= from; k--) {
      if (tokens[k]!.text !== ',') continue;
      relative = RELATIVES.has(tokens[k + 1]?.lower ?? '');
      break;
    }
    for (let k = i; k < to; k++) {
      const t = tokens[k]!;
      if (CLAUSE_BREAKS.has(t.text) || t.text === '—' || t.text === '–') return k;
      if (t.text === ',' && relative) return k;
      // ", the person said", ", a French official said": an attribution, not part of the clause.
      if (t.text === ',' && tokens.slice(k + 1, Math.min(to, k + 6)).some((x) => SPEECH.has(x.lower)))
        return k;
      if (
        t.text === ',' &&
        (RELATIVES.has(tokens[k + 1]?.lower ?? '') || CLAUSE_OPENERS.has(tokens[k + 1]?.lower ?? ''))
      )
        return k;
    }
    return to;
  }

  /**
   * The subject of the verb at token v: the antecedent of a relative clause it sits in, or the nearest
   * actor before it that no preposition governs, skipping commas-enclosed asides. Pronouns resolve.
   */
  subjectOf(v: number, si: number): string | null {
    return this.subjectSpan(v, si)?.ref ?? null;
  }

  /** The main clause's subject: the first actor in the sentence that no preposition governs. */
  mainSubject(si: number): { ref: string; span: EntitySpan | null } | null {
    const [from, to] = this.sentenceRange(si);
    const tokens = this.doc.tokens;
    let coveredTo = -1; // skip names nested inside a wider mention
    for (let k = from; k < to; k++) {
      const here = (this.startingAt.get(k) ?? []).filter((e) => e.to <= to);
      if (here.length === 0 || k < coveredTo) continue;
      const e = here.reduce((w, x) => (x.to > w.to ? x : w));
      coveredTo = e.to;
      // Not the object of a preposition: "After a meeting with (the) Acme, the group said".
      const before = tokens[e.from - 1]?.lower === 'the' ? e.from - 2 : e.from - 1;
      if (e.type !== 'actor' || e.possessive || PREPOSITIONS.has(tokens[before]?.lower ?? '')) continue;
      return { ref: e.ref, span: e };
    }
    return null;
  }

  /**
   * "A proposed a cut, but B rejected it, saying ...": the subject right after the last "but" before the
   * comma at k, which the participle after the comma shares; null when no "but" clause comes first.
   */
  private contrastedSubject(k: number, si: number): { ref: string; span: EntitySpan } | null {
    const tokens = this.doc.tokens;
    const [from] = this.sentenceRange(si);
    for (let b = k - 1; b > from; b--) {
      if (tokens[b]!.lower !== 'but') continue;
      const e = this.firstEntityAfter(b + 1, Math.min(k, b + 4), 'actor');
      return e && !e.possessive ? { ref: e.ref, span: e } : null;
    }
    return null;
  }

  /** Like subjectOf, with the span the subject was read from (null for a resolved pronoun). */
  subjectSpan(v: number, si: number): { ref: string; span: EntitySpan | null } | null {
    const tokens = this.doc.tokens;
    const [from] = this.sentenceRange(si);
    // A participle after a comma or dash ("..., denouncing X", "— and prompting Y") shares the main subject.
    if (/ing$/.test(tokens[v]?.lower ?? '')) {
      let k = v - 1;
      while (k > from && SUBJECT_SKIP_BACK.has(tokens[k]!.lower)) k--;
      if (tokens[k]?.text === ',' || tokens[k]?.text === '—') {
        const main = this.contrastedSubject(k, si) ?? this.mainSubject(si);
        if (main) return main;
      }
    }
    // Inside ", who ...": the subject is the name before the comma.
    for (let k = v - 1; k >= from; k--) {
      const t = tokens[k]!;
      if (t.text === ',' || t.text === '—') {
        if (RELATIVES.has(tokens[k + 1]?.lower ?? '') && tokens[k + 1]?.lower !== 'where') {
          const antecedent = this.entityEndingAt(k, 'actor');
          if (antecedent) return { ref: antecedent.ref, span: antecedent };
          // ", which supports ...": a thing, not an actor, is the subject.
          if (tokens[k + 1]?.lower === 'which' && k + 2 === v) return null;
        }
        break;
      }
    }
    // "urged both parties to accept": the subject of the infinitive is the one urged.
    if (tokens[v - 1]?.lower === 'to') {
      for (let c = v - 2; c >= Math.max(from, v - 6); c--) {
        if (!PERSUADING_VERBS.has(tokens[c]!.lower)) continue;
        const urged = this.firstEntityAfter(c + 1, v - 1, 'actor');
        return urged ? { ref: urged.ref, span: urged } : null;
      }
    }
    let k = v - 1;
    let depth = 0;
    while (k >= from) {
      const t = tokens[k]!;
      if (t.text === ',' || t.text === '—') {
        // Skip an aside: ", who met with X," or ", the Treasury chief," between subject and verb.
        const open = this.asideStart(k, from);
        if (open !== null && depth === 0) {
          k = open - 1;
          depth++;
          continue;
        }
      }
      const candidate = this.entityEndingAt(k + 1, 'actor');
      // A name inside a proposal ("the Egyptian proposal") is not the subject of what follows.
      const e = candidate && !this.insideProposal(candidate) ? candidate : null;
      if (
        e &&
        !e.possessive &&
        // "talks with the Arctic Council (AC)": the acronym in brackets stands or falls with the name before it.
        tokens[e.from - 1]?.text !== '(' &&
        !PREPOSITIONS.has(tokens[e.from - 1]?.lower ?? '') &&
        !(tokens[e.from - 1]?.lower === 'the' && PREPOSITIONS.has(tokens[e.from - 2]?.lower ?? ''))
      ) {
        return { ref: e.ref, span: e };
      }
      if (PERSONAL.has(t.lower) && t.lower !== 'him' && t.lower !== 'her') {
        const ref = this.resolvePronoun(k, si);
        return ref ? { ref, span: null } : null;
      }
      // "Marek: We have proposed ...": in an interview's answer, "I" and "we" are the labelled speaker.
      const answering = FIRST_PERSON.has(t.lower) ? this.labelledSpeakerAt(k) : undefined;
      if (answering) return { ref: answering, span: null };
      if (t.lower === 'they' || t.lower === 'we' || this.isOrganisationPronoun(k)) {
        const ref = this.resolvePlural(k, si);
        return ref ? { ref, span: null } : null;
      }
      k--;
    }
    return null;
  }

  /**
   * Every subject of the verb at v: the nearest one plus those coordinated with it ("Ukrainian and US
   * negotiators", "Trump and Vance"); "both sides" stands for the two most named countries.
   */
  subjectsOf(v: number, si: number): string[] {
    const members = this.includedMembers(v, si);
    if (members.length > 0) return members;
    const found = this.subjectSpan(v, si);
    if (!found) {
      const tokens = this.doc.tokens;
      const [from] = this.sentenceRange(si);
      // "both sides agreed", "the two countries will": right before the verb or its auxiliary.
      let k = v - 1;
      while (k > from && AUXILIARY_WORDS.has(tokens[k]!.lower)) k--;
      const bothSides =
        PAIR_WORDS.has(tokens[k - 1]?.lower ?? '') && TWO_SIDE_NOUNS.has(tokens[k]?.lower ?? '');
      if (k > from && bothSides) return this.pairOf(tokens[k]!.lower);
      return [];
    }
    const out = new Set([found.ref]);
    const e = found.span;
    // "A, B and C have backed the union. They have all ...": a sentence opened by "they" goes on with
    // the coordinated subject of the sentence before.
    const earlier = e ? null : this.pluralSubjectBefore(si);
    if (earlier) return earlier;
    if (
      !e &&
      this.index.actors.get(found.ref)?.kind === 'country' &&
      PLURAL_PRONOUNS.has(this.pronounBefore(v, si))
    ) {
      // "they" after a country in two-sided news usually means both sides.
      return this.topCountries(2);
    }
    if (e) {
      for (const other of this.endingAt.get(e.to) ?? []) if (other.type === 'actor') out.add(other.ref);
      // "A and B verb", "A, B, and club manager C verb": walk back over coordinated names, each
      // perhaps after a lower-case description.
      const tokens = this.doc.tokens;
      let k = e.from;
      let listed = false;
      for (;;) {
        let j = partitiveStart(tokens, k);
        while (j - k > -2 && tokens[j - 1]?.pos === 'NOUN' && !tokens[j - 1]!.cap) j--;
        // "The board and the guild approved": a determiner may open each conjunct.
        if (tokens[j - 1]?.pos === 'DET') j--;
        // "A, alongside B and C, verb": B and C act with A.
        const alongside = ALONGSIDE_WORDS.has(tokens[j - 1]?.lower ?? '') && tokens[j - 2]?.text === ',';
        if (alongside) j--;
        else if (tokens[j - 1]?.lower !== 'and' && tokens[j - 1]?.text !== ',') break;
        let joined = alongside;
        while (tokens[j - 1]?.lower === 'and' || tokens[j - 1]?.text === ',') {
          joined ||= tokens[j - 1]!.lower === 'and';
          j--;
        }
        const prev = this.entityEndingAt(bracketStart(tokens, j), 'actor');
        // "After a stop in Oslo, Ruiz said": a name after a preposition and a bare comma ends
        // a fronted phrase; it is not coordinated. "Delegations from A, B and C met" is one list.
        if (!prev) break;
        const fronted = !joined && PREPOSITIONS.has(tokens[prev.from - 1]?.lower ?? '');
        if (fronted && !listOpening(tokens, prev.from, listed)) break;
        listed ||= joined;
        out.add(prev.ref);
        k = prev.from;
      }
    }
    return [...out];
  }

  /** When sentence si opens with "they": the subjects of the sentence before, if it had two or more. */
  private pluralSubjectBefore(si: number): string[] | null {
    const tokens = this.doc.tokens;
    const [from] = this.sentenceRange(si);
    const first = CLAUSE_OPENERS.has(tokens[from]?.lower ?? '') ? from + 1 : from;
    if (si === 0 || tokens[first]?.lower !== 'they') return null;
    const main = this.mainSubject(si - 1);
    if (!main?.span) return null;
    const [, to] = this.sentenceRange(si - 1);
    for (let k = main.span.to; k < to; k++) {
      if (tokens[k]!.pos !== 'VERB' && tokens[k]!.pos !== 'AUX') continue;
      const subjects = this.subjectsOf(k, si - 1);
      return subjects.length >= 2 ? subjects : null;
    }
    return null;
  }

  /**
   * "X said it rejected ...", "X said its board opposed ...": "it" as a subject, or "its"/"their" before
   * one of an organisation's own bodies, stands for the organisation or country named before.
   */
  private isOrganisationPronoun(k: number): boolean {
    const tokens = this.doc.tokens;
    const t = tokens[k]!;
    if (PREPOSITIONS.has(tokens[k - 1]?.lower ?? '')) return false;
    if (t.lower === 'it') return t.pos === 'PRON' && tokens[k + 1]?.pos !== 'PART';
    return ORGANISATION_POSSESSIVES.has(t.lower) && GOVERNING_BODIES.has(tokens[k + 1]?.lemma ?? '');
  }

  private pronounBefore(v: number, si: number): string {
    const [from] = this.sentenceRange(si);
    for (let k = v - 1; k >= from; k--)
      if (SUBJECT_PRONOUNS.has(this.doc.tokens[k]!.lower)) return this.doc.tokens[k]!.lower;
    return '';
  }

  /**
   * "Critics, including A and B, said": the actors named in an aside opened by "including" that ends just
   * before the verb at v (or its auxiliaries); they, not the group they belong to, are the ones who act.
   */
  includedMembers(v: number, si: number): string[] {
    const tokens = this.doc.tokens;
    const [from] = this.sentenceRange(si);
    let close = v - 1;
    while (close > from && (AUXILIARY_WORDS.has(tokens[close]!.lower) || tokens[close]!.pos === 'ADV'))
      close--;
    if (!ASIDE_MARKS.has(tokens[close]?.text ?? '')) return [];
    for (let k = close - 1; k > Math.max(from, close - INCLUDED_REACH); k--) {
      const t = tokens[k]!;
      if (t.lower === 'including')
        return ASIDE_MARKS.has(tokens[k - 1]?.text ?? '') ? this.coordinatedAfter(k + 1, close) : [];
      if (CLAUSE_BREAKS.has(t.text) || (ASIDE_MARKS.has(t.text) && t.text !== ',')) return [];
    }
    return [];
  }

  /** Actors named from token k on, joined by "and" or commas ("Marsh and other Canadian officials"). */
  coordinatedAfter(k: number, end: number): string[] {
    const tokens = this.doc.tokens;
    const names: string[] = [];
    while (k < end) {
      const e = this.firstEntityAfter(k, end, 'actor');
      if (!e || e.from > k + 1) break;
      names.push(e.ref);
      k = e.to;
      if (tokens[k]?.lower !== 'and' && tokens[k]?.text !== ',') break;
      k++;
      while (k < end && NAME_LIST_FILLERS.has(tokens[k]!.lower)) k++;
    }
    return names;
  }

  /** The n countries the article names most. */
  topCountries(n: number): string[] {
    this.countryRanking ??= this.ranking((kind) => kind === 'country');
    return this.countryRanking.slice(0, n);
  }

  /**
   * The two sides "both sides", "the two firms" or "the two nations" stand for: the two countries, the two
   * organisations, or for "sides" and "parties" the two bodies of either kind, that the article names most.
   */
  pairOf(noun: string): string[] {
    if (COUNTRY_PAIR_NOUNS.has(noun)) return this.topCountries(2);
    if (ORGANISATION_PAIR_NOUNS.has(noun)) return this.ranking((kind) => kind === 'organization').slice(0, 2);
    return this.ranking((kind) => kind === 'country' || kind === 'organization').slice(0, 2);
  }

  /** Actors of the kinds asked for, the most named first. */
  private ranking(fits: (kind: string) => boolean): string[] {
    const counts = new Map<string, number>();
    for (const m of this.index.mentions) {
      const kind = this.index.actors.get(m.actor)?.kind;
      if (kind && fits(kind)) counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1);
    }
    return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([k]) => k);
  }

  /** For ", who ... ," or ", the X," ending at the comma k: the index of the opening comma, or null. */
  private asideStart(k: number, from: number): number | null {
    const tokens = this.doc.tokens;
    for (let j = k - 1; j >= from; j--) {
      const t = tokens[j]!;
      if (t.text === ',' || t.text === '—') {
        const first = tokens[j + 1]?.lower ?? '';
        if (RELATIVES.has(first) || first === 'including' || first === 'the' || first === 'a') return j;
        return null;
      }
    }
    return null;
  }

  insideProposal(e: EntitySpan): boolean {
    return (this.proposalsOver.get(e.from) ?? []).some((o) => o.to >= e.to && o !== e);
  }

  /** The widest entity whose last token is k - 1. */
  entityEndingAt(k: number, type?: 'actor' | 'proposal'): EntitySpan | null {
    let best: EntitySpan | null = null;
    for (const e of this.endingAt.get(k) ?? []) {
      if (type && e.type !== type) continue;
      if (!best || e.from < best.from) best = e;
    }
    return best;
  }

  /** The speaker whose labelled answer ("Marek: No. We reject it.") token k stands in, if the label names one. */
  labelledSpeakerAt(k: number): string | undefined {
    this.answerSpeakers ??= labelledAnswerSpeakers(this.doc, this.index);
    return this.answerSpeakers[k];
  }

  /** He/she/his: the nearest person before token k, in this sentence or the ones before. */
  resolvePronoun(k: number, si: number): string | null {
    // "Within hours of his talks with X, Moreau resigned": a pronoun in a fronted phrase points forward
    // to the person who is the subject after the comma.
    const main = this.mainSubject(si);
    const tokens = this.doc.tokens;
    if (main?.span && main.span.from > k && this.index.actors.get(main.ref)?.kind === 'person') {
      const between = tokens.slice(k, main.span.from);
      if (between.some((t) => t.text === ',') && !between.some((t) => t.pos === 'VERB')) return main.ref;
    }
    const person = this.lastMentionBefore(k, si, (m) => this.index.actors.get(m.actor)?.kind === 'person');
    return person?.actor ?? null;
  }

  /** They/we: the nearest country, organisation or group. */
  resolvePlural(k: number, si: number): string | null {
    const m = this.lastMentionBefore(k, si, (x) => this.index.actors.get(x.actor)?.kind !== 'person');
    return m?.actor ?? null;
  }

  /** The last mention that ends before token k, at most two sentences back, that `accept` takes. */
  lastMentionBefore(k: number, si: number, accept: (m: Mention) => boolean): Mention | null {
    const pos = this.doc.tokens[k]?.start ?? 0;
    const mentions = this.index.mentions;
    let lo = 0;
    let hi = mentions.length; // first mention starting at or after pos
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mentions[mid]!.start < pos) lo = mid + 1;
      else hi = mid;
    }
    // A transcript's speaker labels ("KROLL:") are no sentences to count back over, nor antecedents.
    let reach = si - 2;
    for (let s = si; s >= Math.max(0, reach); s--) if (this.isLabel(s)) reach--;
    for (let i = lo - 1; i >= 0; i--) {
      const m = mentions[i]!;
      if (m.sentence < reach) break;
      if (m.end <= pos && !this.isLabel(m.sentence) && accept(m)) return m;
    }
    return null;
  }

  /** Whether sentence si is a speaker label ("Marek:", "ANNA BERG (PRESENTER):"). */
  private isLabel(si: number): boolean {
    const [from, to] = this.sentenceRange(si);
    return labelNameEnd(this.doc.tokens, from, to) >= 0;
  }
}

/**
 * "Delegations from A, B and C", "ministers of A, B and C": a plural noun and "from" or "of" open a list
 * of names that "and" closed nearer the verb (`listed`); the first name at k is part of it.
 */
function listOpening(tokens: Token[], k: number, listed: boolean): boolean {
  const prep = tokens[k - 1]?.lower;
  const noun = tokens[k - 2];
  // A capitalised noun opening the sentence may be tagged as a name: its plural ending tells.
  const plural = !!noun && (noun.pos === 'NOUN' || noun.pos === 'PROPN') && /[^s]s$/.test(noun.lower);
  return listed && (prep === 'from' || prep === 'of') && plural;
}

/**
 * For each token, the actor a speaker label ("Marek:", "ANNA BERG (PRESENTER):") before it names, up to the
 * next label; a label that names no actor ("Q:") gives its answer no speaker.
 */
function labelledAnswerSpeakers(doc: Doc, index: ActorIndex): (string | undefined)[] {
  const out = new Array<string | undefined>(doc.tokens.length);
  let speaker: string | undefined;
  for (const [from, to] of doc.sentenceTokens) {
    const nameEnd = labelNameEnd(doc.tokens, from, to);
    if (nameEnd >= 0) {
      speaker = index.mentionsFrom.get(from)?.find((m) => m.to === nameEnd)?.actor;
      continue;
    }
    if (speaker) out.fill(speaker, from, to);
  }
  return out;
}

/** Longest bracketed note after a name: "(BRKM.SV)", "(NYSE: ABC)", "(HWU)". */
const BRACKET_REACH = 6;

/**
 * "Acme Mining (ACM.L) and the union met": where a short bracketed note (a ticker, an acronym) that closes
 * at token `end` opens, so the name before it can be read; else `end`.
 */
function bracketStart(tokens: Token[], end: number): number {
  if (tokens[end - 1]?.text !== ')') return end;
  for (let k = end - 2; k >= 0 && k >= end - 1 - BRACKET_REACH; k--) {
    const t = tokens[k]!.text;
    if (t === '(') return k;
    if (t === ')' || t === ',') return end;
  }
  return end;
}

/** "a breakaway group of six producers": where the quantifying phrase before the name at k starts, else k. */
function partitiveStart(tokens: Token[], k: number): number {
  let q = k - 1;
  while (q > k - 3 && (tokens[q]?.pos === 'NUM' || tokens[q]?.pos === 'ADJ')) q--;
  if (tokens[q]?.lower !== 'of') return k;
  let j = q;
  while (j > q - 3 && !tokens[j - 1]?.cap && (tokens[j - 1]?.pos === 'NOUN' || tokens[j - 1]?.pos === 'ADJ'))
    j--;
  return j < q ? j : k;
}
