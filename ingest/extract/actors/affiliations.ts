// The country of each person the article does not give one, read from the countries named around them.
import type { Doc } from '../document';
import { COLLECTIVE_NOUNS } from '../lexicon';
import type { Gazetteer } from './gazetteer';
import type { ActorDraft, Mention } from './types';

const COLLECTIVES = new Set(COLLECTIVE_NOUNS);

/**
 * People whose country the article never states get one from the text around them: a collective used
 * both with their name and with a country ("the Trump administration", "the US administration") ties the
 * two; otherwise the countries named near their mentions, weighted by closeness and discounted by how
 * often each country is named at all. Each country gets at most one leader.
 */
export function inferAffiliations(
  doc: Doc,
  gazetteer: Gazetteer,
  actors: Map<string, ActorDraft>,
  mentions: Mention[],
): void {
  const { tokens } = doc;
  const countryHits: { country: string; at: number; sentence: number; collective: string | null }[] = [];
  const countryFreq = new Map<string, number>();
  doc.sentences.forEach((_, si) => {
    if (doc.skip[si]) return;
    const [from, to] = doc.sentenceTokens[si] ?? [0, 0];
    for (let i = from; i < to; i++) {
      const g = gazetteer.at(tokens, i, to);
      if (g?.entry.type !== 'country') continue;
      const after = i + g.length + (tokens[i + g.length]?.kind === 'possessive' ? 1 : 0);
      const noun = tokens[after]?.lower ?? '';
      countryHits.push({
        country: g.entry.name,
        at: i,
        sentence: si,
        collective: COLLECTIVES.has(noun) ? noun : null,
      });
      countryFreq.set(g.entry.name, (countryFreq.get(g.entry.name) ?? 0) + 1);
      i += g.length - 1;
    }
  });
  const countryCollectives = new Map<string, Set<string>>();
  for (const h of countryHits) {
    if (!h.collective) continue;
    const set = countryCollectives.get(h.collective) ?? new Set<string>();
    set.add(h.country);
    countryCollectives.set(h.collective, set);
  }
  const taken = new Set(
    [...actors.values()]
      .filter((a) => a.kind === 'person' && a.leader && a.affiliation)
      .map((a) => a.affiliation!),
  );
  const mentionsOf = new Map<string, Mention[]>();
  for (const m of mentions) {
    const list = mentionsOf.get(m.actor);
    if (list) list.push(m);
    else mentionsOf.set(m.actor, [m]);
  }
  const hitsBySentence = new Map<number, typeof countryHits>();
  for (const h of countryHits) {
    const list = hitsBySentence.get(h.sentence);
    if (list) list.push(h);
    else hitsBySentence.set(h.sentence, [h]);
  }
  const pairs: { person: ActorDraft; country: string; score: number }[] = [];
  for (const person of actors.values()) {
    if (person.kind !== 'person' || person.affiliation) continue;
    const scores = new Map<string, number>();
    const add = (country: string, w: number) => scores.set(country, (scores.get(country) ?? 0) + w);
    for (const m of mentionsOf.get(person.key) ?? []) {
      const after = m.to + (m.possessive ? 1 : 0);
      const noun = tokens[after]?.lower ?? '';
      for (const country of countryCollectives.get(noun) ?? []) add(country, 10);
      for (const h of hitsBySentence.get(m.sentence) ?? []) {
        const distance = h.at < m.from ? m.from - h.at : h.at - m.to;
        add(h.country, 1 / (1 + distance / 4) / Math.sqrt(countryFreq.get(h.country) ?? 1));
      }
    }
    for (const [country, score] of scores) pairs.push({ person, country, score });
  }
  pairs.sort((a, b) => b.score - a.score);
  for (const { person, country } of pairs) {
    if (person.affiliation) continue;
    if (person.leader && taken.has(country)) continue;
    person.affiliation = country;
    if (person.leader) taken.add(country);
  }
}
