// Proposals: offers, drafts, demands and deals. Finds the noun phrases that name one ("an initial US
// offer", "the minerals deal", "it"), groups the phrases that name the same proposal, and reads who put it
// forward and its terms (amounts, shares, what is exchanged for what).
import type { Span } from '../../schema';
import type { ActorIndex } from './actors';
import type { Clauses, EntitySpan } from './clauses';
import type { Doc } from './document';
import {
  COMPLEMENT_PREPS,
  COMPLEMENT_STOPS,
  COUNTRIES,
  DETERMINERS,
  OFFER_MARKERS,
  PROPOSAL_HEADS,
  PROPOSING_VERBS,
  SPECIFIC_HEADS,
  STOP_MODIFIERS,
  TERM_STOP_WORDS,
  TERM_TRIGGERS,
  TOPIC_STOP,
  words,
} from './lexicon';
import type { Token } from '../text/language';

export interface ProposalMention {
  from: number;
  to: number;
  start: number;
  end: number;
  sentence: number;
  head: string;
  kind: 'offer' | 'deal';
  definite: boolean;
  marked: boolean;
  proposers: string[];
  topics: Set<string>;
  /** Token range of a complement such as "on critical minerals". */
  complementTo: number;
  /** Created by a verb ("put forward changes ..."): always a proposal of its own. */
  fromVerb: boolean;
}

export interface ProposalDraft {
  key: string;
  kind: 'offer' | 'deal';
  label: string;
  proposers: Set<string>;
  terms: Span[];
  evidence: Span[];
  mentions: ProposalMention[];
  topics: Set<string>;
}

const TERM_BOUNDARY = new Set(words(', ; . : — – ( ) “ ” "'));

const singular = (w: string) => (w.length > 4 && w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w);
const COUNTRY_WORDS = new Set(
  COUNTRIES.flatMap((c) => [c.name, ...c.aliases, ...c.demonyms].map((x) => x.toLowerCase())),
);

function topicWords(tokens: Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) {
    if (t.kind !== 'word' || TOPIC_STOP.has(t.lower) || COUNTRY_WORDS.has(t.lower) || PROPOSAL_HEADS[t.lower])
      continue;
    out.add(singular(t.lower.replace(/'s$/, '')));
  }
  return out;
}

function withHead(topics: Set<string>, head: string): Set<string> {
  if (SPECIFIC_HEADS.has(head)) topics.add(head);
  return topics;
}

/** The countries and people named inside a proposal phrase, read as its proposers ("US offer", "Kyiv’s plan"). */
function proposersInside(index: ActorIndex, from: number, to: number, headAt: number): string[] {
  const out: string[] = [];
  for (let k = from; k < headAt; k++) {
    for (const m of index.mentionsFrom.get(k) ?? []) if (m.to <= headAt && m.to <= to) out.push(m.actor);
  }
  return out;
}

/** Finds proposal noun phrases in every sentence. */
export function findProposalMentions(doc: Doc, index: ActorIndex, clauses: Clauses): ProposalMention[] {
  const out: ProposalMention[] = [];
  doc.sentences.forEach((_, si) => {
    if (doc.skip[si]) return;
    const [from, to] = doc.sentenceTokens[si] ?? [0, 0];
    for (let h = from; h < to; h++) {
      const mention = proposalAt(doc, index, clauses, si, h);
      if (mention) out.push(mention);
    }
  });
  return out;
}

/** The proposal phrase whose head noun is token h ("an initial US offer"), or null. */
function proposalAt(
  doc: Doc,
  index: ActorIndex,
  clauses: Clauses,
  si: number,
  h: number,
): ProposalMention | null {
  const { tokens } = doc;
  const [from, to] = doc.sentenceTokens[si] ?? [0, 0];
  const head = tokens[h]!;
  // By lemma, as a noun: "the offers" is a proposal, "offered" is a verb (read in findVerbProposals).
  const kind = PROPOSAL_HEADS[head.lower] ?? PROPOSAL_HEADS[head.lemma];
  if (!kind || head.pos === 'VERB' || head.pos === 'AUX') return null;
  // A named proposal: "the Indus Waters Treaty", "the Minsk Agreement".
  if (head.cap) return namedProposal(doc, index, si, h);
  const next = tokens[h + 1]?.lower ?? '';
  // "plans to meet", "deal with the fallout", "draft a law": verbs, not proposals.
  if (next === 'to' && (head.lower === 'plan' || head.lower === 'plans' || head.lower === 'offer'))
    return null;
  if (PROPOSAL_HEADS[next]) return null; // "draft agreement": the head is the last noun
  let s = h;
  let definite = false;
  let determined = false;
  let marked = false;
  for (let k = h - 1; k >= Math.max(from, h - 6); k--) {
    const t = tokens[k]!;
    if (DETERMINERS.has(t.lower)) {
      s = k;
      determined = true;
      definite = t.lower !== 'a' && t.lower !== 'an' && t.lower !== 'another';
      break;
    }
    if (t.kind === 'possessive') {
      s = k;
      continue;
    }
    // A currency sign belongs to the phrase: "a £2bn bid".
    const joiner = t.text === '-' && !t.spaced; // "a 30-day extension"
    if ((t.kind === 'punct' && !doc.amountStarts.has(k) && !joiner) || STOP_MODIFIERS.has(t.lower)) break;
    if (OFFER_MARKERS.has(t.lower)) marked = true;
    s = k;
  }
  if (!determined) {
    // Without a determiner keep only names and markers next to the head ("US proposals").
    s = h;
    while (
      s > from &&
      (OFFER_MARKERS.has(tokens[s - 1]!.lower) || tokens[s - 1]!.cap || tokens[s - 1]!.kind === 'possessive')
    )
      s--;
    if (tokens[s]?.kind === 'possessive') s++;
  }
  // The possessor before a possessive belongs to the phrase: "Kyiv’s proposal".
  let complementTo = h + 1;
  if (COMPLEMENT_PREPS.has(next)) {
    let k = h + 2;
    while (
      k < to &&
      k - h < 14 &&
      !COMPLEMENT_STOPS.has(tokens[k]!.lower) &&
      !TERM_BOUNDARY.has(tokens[k]!.text)
    )
      k++;
    if (k > h + 2) complementTo = k;
  }
  const isDraftDeal = tokens.slice(s, h).some((t) => t.lower === 'draft');
  return {
    from: s,
    to: h + 1,
    start: tokens[s]!.start,
    end: head.end,
    sentence: si,
    head: head.lower,
    kind: isDraftDeal ? 'offer' : kind,
    definite,
    marked: marked || isDraftDeal,
    proposers: [
      ...proposersInside(index, s, h + 1, h),
      ...possessivePronounOwner(clauses, s, si),
      ...agentAfter(clauses, h + 1, to),
    ],
    topics: withHead(topicWords(tokens.slice(s, complementTo)), head.lower),
    complementTo,
    fromVerb: false,
  };
}

/** "its offer", "their plan": who the possessive pronoun opening the phrase stands for. */
function possessivePronounOwner(clauses: Clauses, s: number, si: number): string[] {
  const w = clauses.doc.tokens[s]?.lower ?? '';
  if (w === 'his' || w === 'her') {
    const ref = clauses.resolvePronoun(s, si);
    return ref ? [ref] : [];
  }
  if (w !== 'its' && w !== 'their') return [];
  // The sentence's subject when it is a body named before ("the exchange held ... its bid"), else the
  // nearest body.
  const main = clauses.mainSubject(si);
  const subject = main?.span && main.span.to <= s ? main.ref : null;
  const kind = subject ? clauses.index.actors.get(subject)?.kind : undefined;
  const ref = subject && kind !== 'person' ? subject : clauses.resolvePlural(s, si);
  return ref ? [ref] : [];
}

/** "an offer from X", "a bid by X and Y": the agent named right after the head. */
function agentAfter(clauses: Clauses, k: number, to: number): string[] {
  const w = clauses.doc.tokens[k]?.lower ?? '';
  if (w !== 'from' && w !== 'by') return [];
  return clauses.coordinatedAfter(k + 1, Math.min(to, k + 12));
}

function namedProposal(doc: Doc, index: ActorIndex, si: number, h: number): ProposalMention | null {
  const { tokens } = doc;
  const [from] = doc.sentenceTokens[si] ?? [0, 0];
  let s = h;
  while (s > from && tokens[s - 1]!.cap && tokens[s - 1]!.kind === 'word') s--;
  if (s === h || s === from) return null; // one word, or the start of a sentence: not a name
  const nameFrom = s;
  if (tokens[s - 1]?.lower === 'the') s--;
  return {
    from: s,
    to: h + 1,
    start: tokens[s]!.start,
    end: tokens[h]!.end,
    sentence: si,
    head: tokens[h]!.lower,
    kind: 'deal',
    definite: true,
    marked: false,
    proposers: proposersInside(index, nameFrom, h + 1, h),
    topics: new Set(tokens.slice(nameFrom, h).map((t) => singular(t.lower))),
    complementTo: h + 1,
    fromVerb: false,
  };
}

/** "Kyiv put forward changes to the offer": the object of a proposing verb is a proposal of its own. */
export function findVerbProposals(
  doc: Doc,
  clauses: Clauses,
  existing: ProposalMention[],
): ProposalMention[] {
  const { tokens } = doc;
  const out: ProposalMention[] = [];
  doc.sentences.forEach((_, si) => {
    if (doc.skip[si]) return;
    const [from, to] = doc.sentenceTokens[si] ?? [0, 0];
    for (let v = from; v < to; v++) {
      // By lemma and as a verb: "offered", "offers" and "offering" are one rule; "the offers" is none.
      if (tokens[v]!.pos !== 'VERB' || DETERMINERS.has(tokens[v - 1]?.lower ?? '')) continue;
      const one = tokens[v]!.lemma;
      const two = `${one} ${tokens[v + 1]?.lower ?? ''}`;
      const phrase = PROPOSING_VERBS.has(two) ? two : PROPOSING_VERBS.has(one) ? one : null;
      if (!phrase) continue;
      const objFrom = v + phrase.split(' ').length;
      if (objFrom >= to) continue;
      if (tokens[objFrom]!.lower === 'by') {
        const passive = passiveProposal(doc, clauses, existing, si, v, objFrom);
        if (passive) out.push(passive);
        continue;
      }
      // An object that is already a proposal phrase ("proposed a deal") is that proposal.
      if (
        existing.some(
          (p) =>
            p.from === objFrom ||
            (p.from > objFrom && p.from <= objFrom + 1 && DETERMINERS.has(tokens[objFrom]!.lower)),
        )
      )
        continue;
      // The object runs to a clause boundary; the label stops before a relative clause.
      let end = objFrom;
      while (end < to && end - objFrom < 16 && !TERM_BOUNDARY.has(tokens[end]!.text)) end++;
      let labelEnd = objFrom;
      while (labelEnd < end && !TERM_STOP_WORDS.has(tokens[labelEnd]!.lower)) labelEnd++;
      if (labelEnd === objFrom || tokens[objFrom]!.kind !== 'word') continue;
      // "agreed to" needs a verb after it ("agreed to establish ..."), not "agreed to a deal".
      if (phrase.startsWith('agree') && DETERMINERS.has(tokens[objFrom]!.lower)) continue;
      // "agreed to hold talks", "proposed to meet": a meeting to come, which the meeting reader takes.
      if (/^(hold|meet|resume|start|begin|continue|convene|host)$/.test(tokens[objFrom]!.lower)) continue;
      const proposer = clauses.subjectsOf(v, si);
      if (proposer.length === 0) continue;
      out.push({
        from: objFrom,
        to: labelEnd,
        start: tokens[objFrom]!.start,
        end: tokens[labelEnd - 1]!.end,
        sentence: si,
        head: tokens[labelEnd - 1]!.lower,
        kind: 'offer',
        definite: false,
        marked: true,
        proposers: proposer,
        topics: topicWords(tokens.slice(objFrom, labelEnd)),
        complementTo: end,
        fromVerb: true,
      });
    }
  });
  return out;
}

/**
 * "a 50% wage increase offered by the alliance": what was offered comes before the verb, from its
 * determiner; who offered it follows "by". Returns an offer of the agent's, or null.
 */
function passiveProposal(
  doc: Doc,
  clauses: Clauses,
  existing: ProposalMention[],
  si: number,
  v: number,
  by: number,
): ProposalMention | null {
  const { tokens } = doc;
  const [from, to] = doc.sentenceTokens[si] ?? [0, 0];
  let s = v - 1;
  while (s > from && v - s < 10 && !/^(a|an|the|its|their)$/.test(tokens[s]!.lower)) {
    if (TERM_BOUNDARY.has(tokens[s]!.text)) return null;
    s--;
  }
  if (!/^(a|an|the|its|their)$/.test(tokens[s]?.lower ?? '') || s >= v - 1) return null;
  if (existing.some((p) => p.from >= s && p.to <= v)) return null; // "the draft presented by X": a known phrase
  const agents = clauses.coordinatedAfter(by + 1, Math.min(to, by + 12));
  if (agents.length === 0) return null;
  return {
    from: s,
    to: v,
    start: tokens[s]!.start,
    end: tokens[v - 1]!.end,
    sentence: si,
    head: tokens[v - 1]!.lower,
    kind: 'offer',
    definite: false,
    marked: true,
    proposers: agents,
    topics: topicWords(tokens.slice(s, v)),
    complementTo: v,
    fromVerb: false,
  };
}

/** Groups mentions into proposals: by proposer and kind for offers, by topic for deals, anaphora to the latest. */
export function clusterProposals(doc: Doc, mentions: ProposalMention[]): ProposalDraft[] {
  const drafts: ProposalDraft[] = [];
  let latest: ProposalDraft | null = null;
  const recent = new Map<'offer' | 'deal', ProposalDraft>();
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const overlap = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));
  const open = (m: ProposalMention): ProposalDraft => {
    const d: ProposalDraft = {
      key: `p${drafts.length}`,
      kind: m.kind,
      label: labelOf(doc, m),
      proposers: new Set(m.proposers),
      terms: [],
      evidence: [],
      mentions: [],
      topics: new Set(m.topics),
    };
    drafts.push(d);
    return d;
  };
  for (const m of sorted) {
    let target: ProposalDraft | null | undefined = null;
    const recentOfKind = recent.get(m.kind) ?? null;
    // Apposition: "a 25% cut in quotas, a proposal that ..." names the same proposal twice.
    const appositive =
      !m.definite && doc.tokens[m.from - 1]?.text === ','
        ? drafts.find((d) =>
            d.mentions.some(
              (x) => x.sentence === m.sentence && (x.to === m.from - 1 || x.complementTo === m.from - 1),
            ),
          )
        : undefined;
    if (appositive) target = appositive;
    else if (m.fromVerb) target = open(m);
    else if (m.kind === 'offer' && m.proposers.length > 0) {
      target = drafts.find(
        (d) =>
          d.kind === 'offer' &&
          [...d.proposers].some((p) => m.proposers.includes(p)) &&
          !d.mentions.some((x) => x.fromVerb),
      );
    } else if (m.kind === 'deal' && m.topics.size > 0) {
      target = drafts.find((d) => d.kind === 'deal' && overlap(d.topics, m.topics));
    } else if (m.definite) {
      // "the offer", "the draft deal": the latest-named proposal of that kind. "The accord", "the $500
      // billion deal": whichever proposal was named last, unless that was a counterproposal.
      const previous = latest as ProposalDraft | null;
      const latestIsCounter = previous?.mentions.some((x) => x.fromVerb) ?? false;
      target = m.kind === 'deal' && previous && !latestIsCounter ? previous : recentOfKind;
    } else if (m.kind === 'deal') {
      target = recentOfKind;
    }
    if (!target) target = open(m);
    target.mentions.push(m);
    for (const p of m.proposers) target.proposers.add(p);
    for (const t of m.topics) target.topics.add(t);
    if (
      target.label.length < 8 ||
      (labelOf(doc, m).length > target.label.length &&
        !m.definite &&
        !target.mentions[0]!.fromVerb &&
        m.topics.size > 0)
    ) {
      target.label = labelOf(doc, m);
    }
    const span = { start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) };
    target.evidence.push(span);
    latest = target;
    if (!m.fromVerb) recent.set(target.kind, target);
  }
  return drafts;
}

function labelOf(doc: Doc, m: ProposalMention): string {
  const tokens = doc.tokens;
  let s = m.from;
  while (s < m.to && DETERMINERS.has(tokens[s]!.lower)) s++;
  let end = m.fromVerb ? m.to : Math.max(m.to, m.complementTo);
  // "set up a joint panel and also ...": a verb's object ends at its head noun.
  if (m.fromVerb) {
    const head = tokens.slice(s, end).findIndex((t) => PROPOSAL_HEADS[t.lower]);
    if (head >= 0) end = s + head + 1;
  }
  if (s >= end) s = m.from; // nothing but determiners: keep them
  const text = doc.text.slice(tokens[s]!.start, tokens[end - 1]!.end);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Terms: what a proposal involves, gives, secures or exchanges, and the amounts and shares stated
 * next to it; read in the clause after each mention.
 */
export function readTerms(
  doc: Doc,
  drafts: ProposalDraft[],
  isActorSpan: (from: number, to: number) => boolean,
): void {
  const { tokens } = doc;
  for (const d of drafts) {
    const seen = new Set<string>();
    const mentionStarts = new Set(d.mentions.map((x) => x.from));
    const addTerm = (from: number, to: number) => {
      while (
        to > from &&
        (tokens[to - 1]!.kind === 'punct' ||
          TERM_STOP_WORDS.has(tokens[to - 1]!.lower) ||
          tokens[to - 1]!.lower === 'and' ||
          tokens[to - 1]!.lower === 'the')
      )
        to--;
      while (
        from < to &&
        /^(the|a|an)$/.test(tokens[from]!.lower) &&
        tokens[from + 1]?.lower !== 'equivalent'
      )
        from++;
      if (to - from < 2 || isActorSpan(from, to)) return;
      const start = tokens[from]!.start;
      const end = tokens[to - 1]!.end;
      const text = doc.text.slice(start, end);
      if (seen.has(text) || d.terms.some((t) => t.start <= start && t.end >= end)) return;
      // A longer term replaces the shorter ones it contains.
      d.terms = d.terms.filter((t) => !(t.start >= start && t.end <= end));
      seen.add(text);
      d.terms.push({ start, end, text });
    };
    for (const m of d.mentions) {
      const [, sTo] = doc.sentenceTokens[m.sentence] ?? [0, 0];
      if (m.fromVerb) addTerm(m.from, m.complementTo);
      else if (m.complementTo > m.to + 1) addTerm(m.to + 1, m.complementTo);
      // The stretch that belongs to this mention: up to the next proposal mention or a clause break.
      let limit = m.to;
      while (
        limit < sTo &&
        !CLAUSE_LIMITS.has(tokens[limit]!.text) &&
        !(limit !== m.from && mentionStarts.has(limit))
      )
        limit++;
      for (let k = m.to; k < limit; k++) {
        const t = tokens[k]!;
        const isTrigger = TERM_TRIGGERS.has(t.lower) && !TERM_TRIGGERS.has(tokens[k + 1]?.lower ?? '');
        const isExchange =
          t.lower === 'exchange' && tokens[k - 1]?.lower === 'in' && tokens[k + 1]?.lower === 'for';
        const isAccess = t.lower === 'access' && tokens[k + 1]?.lower === 'to';
        if (isAccess) {
          // "give the US access to X" names the beneficiary first.
          let s = k;
          while (
            s > m.to &&
            (tokens[s - 1]!.cap || tokens[s - 1]!.kind === 'possessive' || tokens[s - 1]!.lower === 'the')
          )
            s--;
          addTerm(s, termEnd(tokens, k + 2, limit));
        } else if (isTrigger || isExchange) {
          const start = isExchange ? k - 1 : k + 1;
          addTerm(start, termEnd(tokens, start + (isExchange ? 3 : 0), limit));
        }
      }
      // Amounts and shares inside the phrase itself: "the $500 billion deal".
      for (let k = m.from; k < m.to - 1; k++) {
        if (doc.amountStarts.has(k)) addTerm(k, PROPOSAL_HEADS[m.head] ? m.to - 1 : m.to);
      }
      // Amounts and shares in the clause after it.
      for (let k = m.to; k < limit; k++) {
        const t = tokens[k]!;
        if (doc.amountStarts.has(k) || (t.lower === 'half' && tokens[k + 1]?.lower === 'the'))
          addTerm(k, termEnd(tokens, k + 1, limit));
      }
    }
  }
}

const CLAUSE_LIMITS = new Set([';', '—', '–', ':', '.']);

/** A term runs to the end of its phrase: a boundary, a relative pronoun or a new clause. */
function termEnd(tokens: Token[], i: number, limit: number): number {
  let k = i;
  while (k < limit && k - i < 14) {
    const t = tokens[k]!;
    if (TERM_BOUNDARY.has(t.text) || TERM_STOP_WORDS.has(t.lower)) break;
    if (['would', 'will', 'could', 'should', 'is', 'was', 'are', 'were', 'said', 'says'].includes(t.lower))
      break;
    k++;
  }
  return k;
}

/** Proposal spans usable as verb objects. */
export function proposalEntities(drafts: ProposalDraft[]): EntitySpan[] {
  return drafts.flatMap((d) =>
    d.mentions.map((m) => ({
      type: 'proposal' as const,
      ref: d.key,
      from: m.from,
      to: m.to,
      start: m.start,
      end: m.end,
      possessive: false,
    })),
  );
}
