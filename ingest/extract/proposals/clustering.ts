// Groups the mentions that name one proposal ("an offer ... the offer ... it") into drafts.
import type { Doc } from '../document';
import {
  DETERMINERS,
  GENERAL_DEAL_HEADS,
  GENERIC_REFERRING_NOUNS,
  PROPOSAL_HEAD_KINDS,
  type ProposalKind,
} from '../lexicon';
import type { ProposalDraft, ProposalMention } from './drafts';

/** Groups mentions into proposals: by proposer and kind for offers, by topic for deals, anaphora to the latest. */
export function clusterProposals(doc: Doc, mentions: ProposalMention[]): ProposalDraft[] {
  const drafts: ProposalDraft[] = [];
  let latest: ProposalDraft | null = null;
  const recent = new Map<ProposalKind, ProposalDraft>();
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
  for (const named of sorted) {
    if (named.refersBack) {
      const earlier = referredProposal(doc, drafts, named);
      if (earlier) addReference(doc, earlier, named);
      continue;
    }
    const m = revisionMaker(named, recent.get('offer'));
    let target: ProposalDraft | null | undefined = null;
    const recentOfKind = recent.get(m.kind) ?? null;
    const appositive = appositiveOf(doc, drafts, m);
    // "a rebate ... a budget plan ... the rebate": a deal's own head noun (not "the deal") named again.
    const sameHead =
      m.definite && m.kind === 'deal' && !GENERAL_DEAL_HEADS.has(m.head) && m.proposers.length === 0
        ? lastWithHead(drafts, m.head)
        : undefined;
    const identical = appositive ?? (m.fromVerb ? undefined : copularSubject(doc, drafts, m));
    if (identical) target = identical;
    else if (m.fromVerb) target = open(m);
    else if (sameHead) target = sameHead;
    else if (m.kind === 'offer' && m.proposers.length > 0) {
      target = ownOffer(drafts, m);
    } else if (m.kind === 'deal' && m.topics.size > 0) {
      target = drafts.find((d) => d.kind === 'deal' && overlap(d.topics, m.topics));
    } else if (m.definite) {
      // "the offer", "the draft deal": the latest-named proposal of that kind. "The accord", "the $500
      // billion deal": whichever proposal was named last, unless that was a counterproposal.
      const previous = latest as ProposalDraft | null;
      const latestIsCounter = previous?.mentions.some((x) => x.fromVerb) ?? false;
      target = m.kind === 'deal' && previous && !latestIsCounter ? previous : recentOfKind;
      // "X proposed a truce. Y rejected the proposal.": with none of its kind named, a sentence's own
      // proposal, even one a verb made, is the one a later "the proposal" means.
      if (!target && previous && madeBefore(doc, previous, m)) target = previous;
    } else if (m.kind === 'deal') {
      target = recentOfKind;
    }
    // "There can be no deal on X": denied, and no deal named before it, it names none at all.
    if (!target && doc.tokens[m.from]?.lower === 'no') continue;
    if (!target) target = open(m);
    joinMention(doc, target, m);
    latest = target;
    if (!m.fromVerb) recent.set(target.kind, target);
  }
  return drafts;
}

/** Apposition: "a 25% cut in quotas, a proposal that ..." names the same proposal twice. */
function appositiveOf(doc: Doc, drafts: ProposalDraft[], m: ProposalMention): ProposalDraft | undefined {
  if (m.definite || doc.tokens[m.from - 1]?.text !== ',') return undefined;
  return drafts.find((d) =>
    d.mentions.some(
      (x) => x.sentence === m.sentence && (x.to === m.from - 1 || x.complementTo === m.from - 1),
    ),
  );
}

/** Adds a mention to its proposal: proposers, topics, the better label, and the mention's words as evidence. */
function joinMention(doc: Doc, target: ProposalDraft, m: ProposalMention): void {
  target.mentions.push(m);
  for (const p of m.proposers) target.proposers.add(p);
  for (const t of m.topics) target.topics.add(t);
  const label = labelOf(doc, m);
  const fuller =
    label.length > target.label.length && !m.definite && !target.mentions[0]!.fromVerb && m.topics.size > 0;
  if (target.label.length < 8 || fuller) target.label = label;
  // A verb's proposal is quoted with its verb ("demanded the minister quit"): it says whose it is.
  const start = m.quoteStart ?? m.start;
  target.evidence.push({ start, end: m.end, text: doc.text.slice(start, m.end) });
}

/**
 * "The offer was a plan to ...", "Among the sweeteners were plans to ...": a proposal phrase after a form
 * of "be" names again the proposal that is the subject, right before the verb or fronted by "among".
 */
function copularSubject(doc: Doc, drafts: ProposalDraft[], m: ProposalMention): ProposalDraft | undefined {
  const { tokens } = doc;
  const be = m.from - 1;
  if (tokens[be]?.lemma !== 'be' || tokens[be]!.pos !== 'AUX') return undefined;
  const [from] = doc.sentenceTokens[m.sentence] ?? [0, 0];
  const fronted = tokens[from]?.lower === 'among';
  return drafts.find((d) =>
    d.mentions.some(
      (x) =>
        x.sentence === m.sentence &&
        x.to <= be &&
        (x.to === be || x.complementTo === be || (fronted && x.from <= from + 2)),
    ),
  );
}

/**
 * The proposal "the move" or "the cut" names again: the one named last before it, among those whose own
 * words hold the noun unless it fits any ("the move").
 */
function referredProposal(doc: Doc, drafts: ProposalDraft[], m: ProposalMention): ProposalDraft | undefined {
  const generic = GENERIC_REFERRING_NOUNS.has(m.head);
  let best: ProposalDraft | undefined;
  let bestAt = -1;
  for (const d of drafts) {
    const lastBefore = Math.max(-1, ...d.mentions.filter((x) => x.start < m.start).map((x) => x.start));
    if (lastBefore <= bestAt) continue;
    const words = [d.label, ...d.evidence.map((e) => e.text)].join(' ').toLowerCase();
    if (generic || words.includes(m.head)) {
      best = d;
      bestAt = lastBefore;
    }
  }
  return best;
}

/** The draft with the latest mention whose head noun is `head` (not one a verb made), if any. */
function lastWithHead(drafts: ProposalDraft[], head: string): ProposalDraft | undefined {
  let best: ProposalDraft | undefined;
  let bestAt = -1;
  for (const d of drafts)
    for (const x of d.mentions)
      if (!x.fromVerb && x.head === head && x.start > bestAt) {
        best = d;
        bestAt = x.start;
      }
  return best;
}

function addReference(doc: Doc, d: ProposalDraft, m: ProposalMention): void {
  d.mentions.push(m);
  d.evidence.push({ start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) });
}

/**
 * "the original bid", "a sweetened offer" with no maker named: a version of the offer named last, so by
 * the same makers.
 */
function revisionMaker(m: ProposalMention, lastOffer: ProposalDraft | undefined): ProposalMention {
  if (m.kind !== 'offer' || !m.revision || m.proposers.length > 0 || !lastOffer) return m;
  return { ...m, proposers: [...lastOffer.proposers] };
}

/**
 * The offer its makers made before that mention m names. A raised offer ("a sweetened bid", "raised
 * its offer to $5") is a new one; "its initial offer" is the first they made; any other mention names
 * their latest.
 */
function ownOffer(drafts: ProposalDraft[], m: ProposalMention): ProposalDraft | undefined {
  const own = drafts.filter(
    (d) =>
      d.kind === 'offer' &&
      [...d.proposers].some((p) => m.proposers.includes(p)) &&
      !d.mentions.some((x) => x.fromVerb),
  );
  const revised = (d: ProposalDraft) => d.mentions.some((x) => x.revision === 'revised');
  if (m.revision === 'revised' && !m.definite) return undefined;
  if (m.revision === 'original') return own.find((d) => !revised(d));
  if (m.revision === 'revised') return own.filter(revised).at(-1);
  return own.at(-1);
}

/**
 * Whether the proposal was made before mention m: in an earlier sentence, or in an earlier clause of m's
 * ("X proposed a cut, but Y rejected the plan"), a comma after the proposal setting the clauses apart.
 */
function madeBefore(doc: Doc, previous: ProposalDraft, m: ProposalMention): boolean {
  const first = previous.mentions[0]!;
  if (first.sentence < m.sentence) return true;
  const end = Math.max(first.to, first.complementTo);
  return (
    first.sentence === m.sentence && end < m.from && doc.tokens.slice(end, m.from).some((t) => t.text === ',')
  );
}

function labelOf(doc: Doc, m: ProposalMention): string {
  const tokens = doc.tokens;
  let s = m.from;
  while (s < m.to && DETERMINERS.has(tokens[s]!.lower)) s++;
  let end = m.fromVerb ? m.to : Math.max(m.to, m.complementTo);
  // "set up a joint panel and also ...": a verb's object ends at its head noun.
  if (m.fromVerb) {
    const head = tokens.slice(s, end).findIndex((t) => PROPOSAL_HEAD_KINDS.has(t.lower));
    if (head >= 0) end = s + head + 1;
  }
  if (s >= end) s = m.from; // nothing but determiners: keep them
  const text = doc.text.slice(tokens[s]!.start, tokens[end - 1]!.end);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
