// "the leader of the Vela Party, Ivo Marr": a description of a person by the body they head, set
// before their name, is a mention of that person (what a verb takes as its object is the person).
import type { Doc } from '../document';
import { HEAD_OF_NOUNS } from '../lexicon';
import type { Registry } from './registry';
import type { Mention } from './types';

/** The description before a named head of a body ("the leader of the Vela Party (VP), Ivo Marr"). */
export function headsOfBodies(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  const startingAt = new Map<number, Mention>();
  for (const m of reg.mentions) if (!startingAt.has(m.from)) startingAt.set(m.from, m);
  for (const body of [...reg.mentions]) {
    if (reg.actors.get(body.actor)?.kind !== 'organization') continue;
    // "of the far-right Vela Party": the article and lower-case modifiers go with the body.
    let k = body.from;
    while (k > body.from - 5 && tokens[k - 1] && tokens[k - 1]!.lower !== 'of' && !tokens[k - 1]!.cap) k--;
    if (tokens[k - 1]?.lower !== 'of' || !HEAD_OF_NOUNS.has(tokens[k - 2]?.lower ?? '')) continue;
    if (tokens[k - 3]?.lower !== 'the') continue;
    let end = body.to;
    if (tokens[end]?.text === '(' && tokens[end + 2]?.text === ')') end += 3;
    const person = tokens[end]?.text === ',' ? startingAt.get(end + 1) : undefined;
    const actor = person && reg.actors.get(person.actor);
    if (actor?.kind === 'person') reg.addMention(actor, k - 3, end, body.sentence, 'description');
  }
}
