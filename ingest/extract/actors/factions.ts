// A party's wing named by its side ("the Vela left", "the Tory right"): a group of its own, since it
// can stand against its party's leader.
import type { Doc } from '../document';
import { FACTION_WORDS, PARTY_ADJECTIVES } from '../lexicon';
import type { Registry } from './registry';
import { forEachToken } from './runs';
import { nameKey } from './types';

/** Tags after a wing's name that show it is a noun phrase, not "the Vela Party left the talks". */
const AFTER_WING = new Set(['AUX', 'VERB', 'PUNCT', 'CCONJ']);

/** "the Vela left was set against it": a weak group, kept only if a stance or a meeting uses it. */
export function partyWings(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  const organisationEnd = new Map<number, number>();
  for (const m of reg.mentions)
    if (reg.actors.get(m.actor)?.kind === 'organization' && !m.possessive) organisationEnd.set(m.from, m.to);
  forEachToken(doc, (t, i, si) => {
    const party = tokens[i + 1];
    if (t.lower !== 'the' || !party) return;
    const end = organisationEnd.get(i + 1) ?? (PARTY_ADJECTIVES.has(party.text) ? i + 2 : -1);
    const wing = tokens[end];
    const after = tokens[end + 1];
    if (!wing || !FACTION_WORDS.has(wing.lower) || (after && !AFTER_WING.has(after.pos))) return;
    const name = doc.text.slice(party.start, wing.end);
    reg.addMention(reg.ensureActor(`group:${nameKey(name)}`, name, 'group', true), i, end + 1, si, 'group');
  });
}
