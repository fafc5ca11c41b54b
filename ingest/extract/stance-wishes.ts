// Stances read from a wish about what becomes of someone or something: "X wants the levy to end",
// "called for Ruiz to resign", "urged the council to be dissolved" (against), "wants the plan to be
// approved" (for). The one who wishes holds the stance toward the actor or proposal named after the verb.
import type { Polarity } from '../../schema';
import type { EntitySpan } from './clauses';
import { WISH_ENDINGS, WISH_LEMMAS, WISH_OUTCOMES, WISH_PARTICLES } from './lexicon';
import { holdersOf, type Reader } from './speakers';
import { spanOf, stancesToward, verbNegated, type StanceDraft } from './stances';

/** The most words an end a wish names may run to ("come to an end"). */
const WISH_ENDING_WORDS = 4;

/** Every wish in sentence si that names an end or an outcome for an actor or a proposal. */
export function wishStances(reader: Reader, si: number): StanceDraft[] {
  const { tokens } = reader.doc;
  const [from, to] = reader.doc.sentenceTokens[si] ?? [0, 0];
  const out: StanceDraft[] = [];
  for (let w = from; w < to; w++) {
    const t = tokens[w]!;
    if (!WISH_LEMMAS.has(t.lemma) || t.pos !== 'VERB' || verbNegated(tokens, w)) continue;
    out.push(...wishAt(reader, si, w, to));
  }
  return out;
}

function wishAt(reader: Reader, si: number, w: number, to: number): StanceDraft[] {
  const { doc } = reader;
  const { tokens } = doc;
  const start = WISH_PARTICLES.has(tokens[w + 1]?.lower ?? '') ? w + 2 : w + 1;
  const object = wishedObject(reader, start, Math.min(to, start + 3));
  if (!object) return [];
  // "wants the plan to be scrapped": the passive names what becomes of it.
  const v = tokens[object.to + 1]?.lower === 'be' ? object.to + 2 : object.to + 1;
  const side = wishedSide(reader, v, object.type);
  if (!side) return [];
  const holders = holdersOf(reader, w, si);
  const evidence = spanOf(doc, w, side.end);
  return stancesToward(holders, object, side.polarity, evidence);
}

/**
 * The actor or proposal a wish names, just before its "to": "for Ruiz to resign" (the person, even where
 * the whole phrase reads as a demand of its own), "the plan to be scrapped".
 */
function wishedObject(reader: Reader, from: number, limit: number): EntitySpan | null {
  const { clauses } = reader;
  const { tokens } = reader.doc;
  for (let k = from; k < limit; k++) {
    const found = clauses.entityStartingAt(k, 'actor') ?? clauses.entityStartingAt(k);
    const e = found?.type === 'actor' ? clauses.personAfter(found) : found;
    if (e) return !e.possessive && tokens[e.to]?.lower === 'to' ? e : null;
  }
  return null;
}

/**
 * The side a wished outcome at v takes: an end of the kind the target can have ("resign" for an actor,
 * "be scrapped" for a proposal) opposes it; an outcome that carries a proposal through supports it.
 */
function wishedSide(
  reader: Reader,
  v: number,
  type: 'actor' | 'proposal',
): { polarity: Polarity; end: number } | null {
  const { tokens } = reader.doc;
  const t = tokens[v];
  if (!t) return null;
  // The longest end named from v: "come to an end", "step down", "resign".
  for (let n = WISH_ENDING_WORDS; n >= 1; n--) {
    const words = [t.lemma, ...tokens.slice(v + 1, v + n).map((x) => x.lower)];
    if (words.length === n && WISH_ENDINGS.get(words.join(' ')) === type)
      return { polarity: 'oppose', end: v + n };
  }
  return type === 'proposal' && WISH_OUTCOMES.has(t.lemma) ? { polarity: 'support', end: v + 1 } : null;
}
