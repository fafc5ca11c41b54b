// Stances: who stands for or against whom or what. Reads stance verbs ("rejected", "pushed for"),
// stance nouns ("outrage from NATO allies") and what speakers say inside quotation marks, and ties each
// to its holder (the verb's subject) and target (its object: a proposal, "it", or a person).
import type { Polarity, Span } from '../../schema';
import type { ActorIndex } from './actors';
import type { Clauses, EntitySpan } from './clauses';
import type { Doc } from './document';
import { MEETING_NOUNS, SPEECH_VERBS, STANCE_NOUNS, STANCE_VERBS, type StanceVerb } from './lexicon';

export interface StanceDraft {
  holder: string;
  target: { type: 'actor' | 'proposal'; ref: string };
  polarity: Polarity;
  evidence: Span[];
  summary: string;
}

const NEGATIONS = new Set(['not', 'never', "n't", 'without', 'no', 'refused', 'declined', 'unwilling']);
const SPEECH = new Set(SPEECH_VERBS);
const OPEN_QUOTES = new Set(['“', '"']);
const CLOSE_QUOTES = new Set(['”', '"']);
const QUOTED_SUPPORT = new Set(['need', 'want', 'support', 'welcome', 'back', 'favour', 'favor']);

export function findStances(doc: Doc, index: ActorIndex, clauses: Clauses): StanceDraft[] {
  const { tokens } = doc;
  const out: StanceDraft[] = [];

  const lowers = tokens.map((t) => t.lower);
  doc.sentences.forEach((_, si) => {
    if (doc.skip[si]) return;
    const [from, to] = doc.sentenceTokens[si] ?? [0, 0];
    for (let v = from; v < to; v++) {
      const match = stanceVerbAt(lowers, v, to);
      if (!match) continue;
      const { verb, length } = match;
      const after = v + length;
      const holders = clauses.subjectsOf(v, si);
      if (holders.length === 0) continue;
      const holder = holders[0]!;
      const end = clauses.clauseEnd(after, si);
      let target: EntitySpan | { type: 'actor' | 'proposal'; ref: string } | null;
      if (verb.kind === 'transitive') {
        if (tokens[after]?.lower === 'it' || tokens[after]?.lower === 'them') {
          target = latestProposal(clauses, after);
        } else {
          const objectWords = tokens.slice(after, Math.min(end, after + 4)).map((t) => t.lower);
          if (objectWords.some((w) => MEETING_NOUNS.has(w))) continue; // "pushed for a meeting": a meeting, not a stance
          target = clauses.firstEntityAfter(after, Math.min(end, after + 8));
        }
      } else {
        // "fired back, saying the US president ...": the next person named, else the last one before.
        const next = clauses.firstEntityAfter(after, to, 'actor');
        target = next && next.ref !== holder ? next : null;
      }
      if (!target || target.ref === holder) continue;
      let polarity: Polarity = verb.polarity;
      const negated = [tokens[v - 1]?.lower, tokens[v - 2]?.lower].some((w) => w && NEGATIONS.has(w));
      if (negated) {
        if (polarity === 'oppose') continue;
        polarity = 'oppose';
      }
      // "assured ... but then demurred": a reversal in the same sentence cancels support.
      if (
        polarity === 'support' &&
        /\bbut (then )?(\w+ )?(demurred|backed out|reneged|refused|rejected|pulled out)/.test(
          doc.sentences[si]!.text.slice(tokens[v]!.start - doc.sentences[si]!.start),
        )
      )
        continue;
      const summaryEnd = 'to' in target && target.from > v ? target.to : Math.min(end, after + 10);
      // The quote is the clause itself: from its subject (when named close by) through the target.
      const subject = clauses.subjectSpan(v, si)?.span;
      const quoteFrom = subject && subject.from >= from && v - subject.from <= 25 ? subject.from : v;
      const evidence = spanOf(doc, quoteFrom, Math.max(summaryEnd, after));
      for (const h of holders) {
        if (h === target.ref) continue;
        out.push({
          holder: h,
          target: { type: target.type, ref: target.ref },
          polarity,
          evidence: [evidence],
          summary: summaryOf(doc, v, summaryEnd),
        });
      }
    }

    // "outrage from NATO allies": the holder follows "from", the target is the sentence's subject.
    for (let n = from; n < to; n++) {
      const polarity = STANCE_NOUNS.get(tokens[n]!.lower);
      if (!polarity || tokens[n + 1]?.lower !== 'from') continue;
      const holder = clauses.firstEntityAfter(n + 2, Math.min(to, n + 6), 'actor');
      const governing = /ing$/.test(tokens[n - 1]?.lower ?? '') ? n - 1 : n;
      const subject = clauses.subjectOf(governing, si);
      if (!holder || !subject || holder.ref === subject) continue;
      out.push({
        holder: holder.ref,
        target: { type: 'actor', ref: subject },
        polarity,
        evidence: [spanOf(doc, governing, holder.to)],
        summary: summaryOf(doc, n, Math.min(to, holder.to)),
      });
    }
  });

  // Quoted speech: “We need strong agreements ...,” X said.
  for (const q of quotations(doc, clauses)) {
    const words = tokens.slice(q.from, q.to).map((t) => t.lower);
    for (let k = 0; k < words.length - 1; k++) {
      if (words[k] !== 'we' || !QUOTED_SUPPORT.has(words[k + 1] ?? '')) continue;
      const target = clauses.firstEntityAfter(q.from + k + 2, Math.min(q.to, q.from + k + 8), 'proposal');
      if (!target) continue;
      const span = { start: tokens[q.from]!.start, end: tokens[q.to - 1]!.end, text: '' };
      span.text = doc.text.slice(span.start, span.end);
      out.push({
        holder: q.speaker,
        target: { type: 'proposal', ref: target.ref },
        polarity: 'support',
        evidence: [span],
        summary: span.text,
      });
    }
  }
  return mergeStances(out);
}

function stanceVerbAt(words: string[], v: number, to: number): { verb: StanceVerb; length: number } | null {
  for (const n of [4, 3, 2, 1]) {
    if (v + n > to) continue;
    const phrase = words.slice(v, v + n).join(' ');
    const verb = STANCE_VERBS.get(phrase);
    if (verb) return { verb, length: n };
  }
  return null;
}

function latestProposal(clauses: Clauses, before: number): EntitySpan | null {
  for (let k = before; k > 0; k--) {
    const e = clauses.entityEndingAt(k, 'proposal');
    if (e) return e;
  }
  return null;
}

/** The text of tokens [from, to) as a span. */
function spanOf(doc: Doc, from: number, to: number): Span {
  const start = doc.tokens[from]!.start;
  const end = doc.tokens[Math.max(from, to - 1)]!.end;
  return { start, end, text: doc.text.slice(start, end) };
}

function summaryOf(doc: Doc, from: number, to: number): string {
  const a = doc.tokens[from]!.start;
  const b = doc.tokens[Math.max(from, to - 1)]!.end;
  return doc.text.slice(a, b);
}

interface Quotation {
  from: number;
  to: number;
  speaker: string;
}

/** Quoted passages and who said them: the name after (“...,” X said) or before (X said: “...”). */
function quotations(doc: Doc, clauses: Clauses): Quotation[] {
  const { tokens } = doc;
  const out: Quotation[] = [];
  doc.sentences.forEach((_, si) => {
    const [from, to] = doc.sentenceTokens[si] ?? [0, 0];
    for (let i = from; i < to; i++) {
      if (!OPEN_QUOTES.has(tokens[i]!.text)) continue;
      let j = i + 1;
      while (j < to && !CLOSE_QUOTES.has(tokens[j]!.text)) j++;
      if (j - i < 4) continue;
      let speaker: string | null = null;
      // After: ”, Zelenskiy said / ”, said Zelenskiy / ” Bessent told ...
      for (let k = j + 1; k < Math.min(to, j + 8); k++) {
        if (SPEECH.has(tokens[k]!.lower)) {
          const before = clauses.entityEndingAt(k, 'actor');
          const afterName = clauses.firstEntityAfter(k + 1, Math.min(to, k + 6), 'actor');
          speaker =
            before?.ref ??
            (tokens[k - 1]?.lower === 'he' || tokens[k - 1]?.lower === 'she'
              ? clauses.resolvePronoun(k - 1, si)
              : null) ??
            (afterName?.from === k + 1 ? afterName.ref : null);
          break;
        }
      }
      if (!speaker && i > from) speaker = clauses.subjectOf(i, si);
      if (speaker) out.push({ from: i + 1, to: j, speaker });
      i = j;
    }
  });
  return out;
}

/** One stance per holder, target and polarity, with all its evidence. */
function mergeStances(list: StanceDraft[]): StanceDraft[] {
  const out = new Map<string, StanceDraft>();
  for (const s of list) {
    const key = `${s.holder}|${s.target.type}:${s.target.ref}|${s.polarity}`;
    const twin = out.get(key);
    if (!twin) out.set(key, s);
    else
      for (const e of s.evidence)
        if (!twin.evidence.some((x) => x.start === e.start && x.end === e.end)) twin.evidence.push(e);
  }
  return [...out.values()];
}
