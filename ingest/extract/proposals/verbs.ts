// Proposals made by a verb: "X put forward changes", "a wage rise offered by X".
import type { Clauses } from '../clauses';
import type { Doc } from '../document';
import { DETERMINERS, PROPOSING_VERBS, TERM_STOP_WORDS } from '../lexicon';
import type { ProposalMention } from './drafts';
import { TERM_BOUNDARY, topicWords } from './topics';

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
