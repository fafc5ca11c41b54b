// Relatives named by their given names after a person's possessive ("Mr Dunmore's two sons, Ari and
// Benno"): each is a person of the family's surname, since the story names them as acting for it.
import type { Doc } from '../document';
import { KIN_NOUNS } from '../lexicon';
import type { Registry } from './registry';
import { nameKey } from './types';

/** "Mr Dunmore's two sons, Ari and Benno", "Ms Vik's daughter Clea": people named "Ari Dunmore", "Clea Vik". */
export function namedRelatives(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  for (const m of [...reg.mentions]) {
    const person = reg.actors.get(m.actor);
    if (person?.kind !== 'person' || !m.possessive) continue;
    let k = m.to + 1;
    if (tokens[k]?.pos === 'NUM') k++;
    if (!KIN_NOUNS.has(tokens[k]?.lower ?? '')) continue;
    k++;
    if (tokens[k]?.text === ',') k++;
    const surname = person.name.split(' ').pop() ?? '';
    // Given names alone, joined by commas and "and"; a full name is one the people pass has read.
    while (givenNameAt(doc, reg, k)) {
      const name = `${tokens[k]!.text} ${surname}`;
      reg.addMention(
        reg.ensureActor(`person:${nameKey(name)}`, name, 'person'),
        k,
        k + 1,
        m.sentence,
        'name',
      );
      k++;
      if (tokens[k]?.text === ',') k++;
      if (tokens[k]?.lower === 'and') k++;
    }
  }
}

function givenNameAt(doc: Doc, reg: Registry, k: number): boolean {
  const t = doc.tokens[k];
  const next = doc.tokens[k + 1];
  return !!t && t.kind === 'word' && t.cap && !reg.claimed.has(k) && !(next?.kind === 'word' && next.cap);
}
