// The maker of an effort holds the stance its infinitive names: "an attempt by X to block the merger",
// "X's last-minute bid to derail the deal". The subject of the sentence only talks about that effort
// ("their bid is just a ploy, an attempt by X to stall ...", "Y will fight X's attempt to ..."). So
// do the makers of a proposal whose purpose is named ("the purpose of X's offer is to block the merger").
import type { EntitySpan } from './clauses';
import {
  COPULAS,
  CURTAILING_LEMMAS,
  GENERIC_DETERMINERS,
  PURPOSE_NOUNS,
  STANCE_EFFORT_NOUNS,
} from './lexicon';
import type { Reader } from './speakers';
import { stanceObject } from './stance-targets';

const APOSTROPHES = new Set(["'", '’']);

/** How many modifiers may stand between a possessor and the effort noun ("X's last-minute attempt"). */
const MODIFIER_REACH = 5;

/**
 * The actors whose effort the infinitive verb at v completes: the agent after "by" ("an attempt by X
 * to") or the possessor before the noun ("X's attempt to"). Empty when v is no such infinitive.
 */
export function effortMakers(reader: Reader, v: number, from: number): string[] {
  const { clauses } = reader;
  const { tokens } = clauses.doc;
  if (tokens[v - 1]?.lower !== 'to') return [];
  if (COPULAS.has(tokens[v - 2]?.lemma ?? '')) return purposeMakers(reader, v - 2);
  // "an attempt by X to": the agent ends right before "to".
  const agent = clauses.entityEndingAt(v - 1, 'actor');
  if (agent) {
    const by = tokens[agent.from - 1]?.lower === 'the' ? agent.from - 2 : agent.from - 1;
    const noun = tokens[by - 1];
    return tokens[by]?.lower === 'by' && noun && isEffort(noun.lemma, noun.pos) ? [agent.ref] : [];
  }
  const noun = tokens[v - 2];
  if (!noun || !isEffort(noun.lemma, noun.pos)) return [];
  // "X's (last-minute) attempt to": the possessor a few modifiers before the noun.
  for (let k = v - 3; k >= Math.max(from, v - 3 - MODIFIER_REACH); k--) {
    const t = tokens[k]!;
    if (t.kind === 'possessive' || APOSTROPHES.has(t.text)) {
      const owner = clauses.entityEndingAt(k, 'actor') ?? clauses.entityEndingAt(k + 1, 'actor');
      return owner ? [owner.ref] : [];
    }
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && t.text !== '-') return [];
  }
  return [];
}

/** "the purpose of the X offer is to": the makers of the proposal before the copula at c. */
function purposeMakers(reader: Reader, c: number): string[] {
  const { clauses } = reader;
  const { tokens } = clauses.doc;
  const proposal = clauses.entityEndingAt(c, 'proposal');
  if (!proposal || tokens[proposal.from - 1]?.lower !== 'of') return [];
  const noun = tokens[proposal.from - 2];
  return noun && PURPOSE_NOUNS.has(noun.lower) ? [...reader.proposersOf(proposal.ref)] : [];
}

function isEffort(lemma: string, pos: string): boolean {
  return STANCE_EFFORT_NOUNS.has(lemma) && pos === 'NOUN';
}

/**
 * "will block any move to cut the levy", "resist all attempts to scrap it": an object naming any
 * effort at all to curtail something; the stance is on that thing, the other way round. Null when the
 * object at `after` is not such an effort, or what it would curtail is no actor or proposal.
 */
export function curtailedObject(reader: Reader, after: number, end: number): EntitySpan | null {
  const { tokens } = reader.doc;
  const [det, noun, to, verb] = [0, 1, 2, 3].map((k) => tokens[after + k]);
  if (!det || !noun || !verb || !GENERIC_DETERMINERS.has(det.lower) || !isEffort(noun.lemma, noun.pos))
    return null;
  if (to?.lower !== 'to' || !CURTAILING_LEMMAS.has(verb.lemma)) return null;
  return stanceObject(reader, after + 4, end);
}
