// Stances of a group named by the side it takes: "Critics, including A and B, believe the plan would hurt
// farmers", "Opponents of the merger say ...", "Supporters argue it will ...". The group noun is the
// subject of a verb of saying or believing; the members named in its aside (or else the group itself)
// hold the group's side toward what its "of" phrase names, or the proposal its clause names, or else the
// proposal last named before it: such a group is named for the proposal under discussion.
import type { EntitySpan } from './clauses';
import { OPINION_LEMMAS, SIDE_GROUP_NOUNS } from './lexicon';
import type { Reader } from './speakers';
import { latestProposal } from './stance-targets';
import { spanOf, stancesToward, verbNegated, type StanceDraft } from './stances';

/** How many tokens the verb may follow the group noun by (an aside naming its members comes between). */
const VERB_REACH = 20;
/** How near its verb a name opens the clause a group's view is about ("say that Ruiz ..."). */
const ABOUT_REACH = 2;

/** Every side group in sentence si that voices a view, with the stance it takes. */
export function sideGroupStances(reader: Reader, si: number): StanceDraft[] {
  const { doc, clauses } = reader;
  const { tokens } = doc;
  const [from, to] = doc.sentenceTokens[si] ?? [0, 0];
  const out: StanceDraft[] = [];
  for (let n = from; n < to; n++) {
    const polarity = SIDE_GROUP_NOUNS.get(tokens[n]!.lower);
    if (!polarity) continue;
    const v = opinionVerb(reader, si, n);
    if (v === null || verbNegated(tokens, v)) continue;
    const target = groupTarget(reader, si, n, v);
    if (!target) continue;
    const holders = clauses.subjectsOf(v, si);
    out.push(...stancesToward(holders, target, polarity, spanOf(doc, n, v + 1)));
  }
  return out;
}

/**
 * The verb of saying or believing whose subject is the group noun at n: the group's own name ("critics of
 * the plan") or an aside of its members ("critics - including A and B -") may come between.
 */
function opinionVerb(reader: Reader, si: number, n: number): number | null {
  const { doc, clauses } = reader;
  const { tokens } = doc;
  const [, to] = doc.sentenceTokens[si] ?? [0, 0];
  for (let v = n + 1; v < Math.min(to, n + VERB_REACH); v++) {
    const t = tokens[v]!;
    if (t.pos !== 'VERB' || t.lower === 'including') continue;
    if (!OPINION_LEMMAS.has(t.lemma)) return null;
    const aside = tokens[n + 2]?.lower === 'including' && clauses.includedMembers(v, si).length > 0;
    const subject = clauses.subjectSpan(v, si)?.span;
    return aside || (subject && subject.from <= n && n < subject.to) ? v : null;
  }
  return null;
}

/** What the group at n (its verb at v) is for or against; see the module comment. */
function groupTarget(reader: Reader, si: number, n: number, v: number): EntitySpan | null {
  const { doc, clauses } = reader;
  const { tokens } = doc;
  if (tokens[n + 1]?.lower === 'of') {
    const named = clauses.firstEntityAfter(n + 2, v);
    if (named && named.from <= n + 4) return named;
  }
  const end = clauses.clauseEnd(v + 1, si);
  const stated = clauses.firstEntityAfter(v + 1, end, 'proposal');
  if (stated) return stated;
  // "critics say Ruiz should resign": a clause about someone named in it is no view of a proposal.
  const about = clauses.firstEntityAfter(v + 1, end, 'actor');
  if (about && about.from <= v + ABOUT_REACH) return null;
  // Named for the proposal already under discussion: the last one before it.
  return latestProposal(clauses, n);
}
