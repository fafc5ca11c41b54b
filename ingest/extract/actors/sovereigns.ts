// "the Queen", "the Pope": a title only one person holds, which names her even where no name is given.
import type { Doc } from '../document';
import { SOVEREIGN_TITLES } from '../lexicon';
import type { Registry } from './registry';
import { forEachToken } from './runs';
import type { ActorDraft } from './types';

/** "the Queen" (capitalised, not "the Queen of ..."): the person named with that title, else a person of its own. */
export function sovereigns(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  const { claimed, addMention, ensureActor } = reg;
  forEachToken(doc, (t, i, si) => {
    const title = tokens[i + 1];
    if (t.lower !== 'the' || !title || !SOVEREIGN_TITLES.has(title.text) || claimed.has(i + 1)) return;
    const next = tokens[i + 2];
    if (next?.lower === 'of' || (next?.cap && next.pos === 'PROPN')) return;
    const role = title.lower;
    const person: ActorDraft =
      [...reg.actors.values()].find((a) => a.kind === 'person' && a.roles.has(role)) ??
      ensureActor(`person:the ${role}`, `The ${title.text}`, 'person');
    person.roles.add(role);
    addMention(person, i, i + 2, si, 'description');
  });
}
