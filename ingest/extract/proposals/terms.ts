// A proposal's terms: what it gives, involves or exchanges, and the amounts stated next to it.
import type { Doc } from '../document';
import { INDEFINITE_OR_DEFINITE, PROPOSAL_HEAD_KINDS, TERM_STOP_WORDS, TERM_TRIGGERS } from '../lexicon';
import type { Token } from '../../text/language';
import type { ProposalDraft } from './drafts';
import { TERM_BOUNDARY } from './topics';

/** A term's tokens [from, to) without the articles before it and the punctuation or joining words after it. */
function trimmedTerm(tokens: Token[], from: number, to: number): [number, number] {
  const loose = (t: Token) =>
    t.kind === 'punct' ||
    TERM_STOP_WORDS.has(t.lower) ||
    t.lower === 'and' ||
    t.lower === 'the' ||
    t.pos === 'ADP';
  while (to > from && loose(tokens[to - 1]!)) to--;
  while (
    from < to &&
    INDEFINITE_OR_DEFINITE.has(tokens[from]!.lower) &&
    tokens[from + 1]?.lower !== 'equivalent'
  )
    from++;
  return [from, to];
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
    // A mention's stretch ends where this proposal or another offer of its makers is named next: "raise
    // its bid to $5 from its initial $4 offer" gives $4 to the initial offer alone.
    const mentionStarts = new Set(
      drafts
        .filter((o) => o === d || (o.kind === 'offer' && [...o.proposers].some((p) => d.proposers.has(p))))
        .flatMap((o) => o.mentions.map((x) => x.from)),
    );
    const addTerm = (first: number, last: number) => {
      const [from, to] = trimmedTerm(tokens, first, last);
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
      // "put forward a counterproposal: a phased cut in subsidies": what follows the colon spells it out.
      if (!m.fromVerb && tokens[m.to]?.text === ':') addTerm(m.to + 1, termEnd(tokens, m.to + 1, sTo));
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
        if (doc.amountStarts.has(k)) addTerm(k, PROPOSAL_HEAD_KINDS.has(m.head) ? m.to - 1 : m.to);
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
export function termEnd(tokens: Token[], i: number, limit: number): number {
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
