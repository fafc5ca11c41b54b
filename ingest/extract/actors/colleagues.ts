// "Ms Holm's colleagues", "Mr Lund's party": the people around a person, where the article names the
// organisation that person works for ("Liberal leader Ana Holm"), are that organisation.
import type { Doc } from '../document';
import { COLLEAGUE_NOUNS } from '../lexicon';
import type { Registry } from './registry';
import type { ActorDraft } from './types';

/** a person's colleagues as their organisation; see the module comment. */
export function colleaguesOfPeople(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  const { actors, mentions, addMention } = reg;
  // Each person's employer: the organisation named right before one of their mentions.
  const employerOf = new Map<string, ActorDraft>();
  const orgEndingAt = new Map<number, ActorDraft>();
  for (const m of mentions) {
    const actor = actors.get(m.actor);
    if (actor?.kind === 'organization') orgEndingAt.set(m.to, actor);
  }
  for (const m of mentions) {
    const org = orgEndingAt.get(m.from);
    if (org && actors.get(m.actor)?.kind === 'person' && !employerOf.has(m.actor))
      employerOf.set(m.actor, org);
  }
  for (const m of [...mentions]) {
    const org = m.possessive ? employerOf.get(m.actor) : undefined;
    const noun = tokens[m.to + 1];
    if (!org || !noun || !COLLEAGUE_NOUNS.has(noun.lower)) continue;
    addMention(org, m.from, m.to + 2, m.sentence, 'description');
  }
}
