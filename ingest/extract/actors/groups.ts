// Collectives and groups: a person's side ("the Trump administration" stands for the country) and groups
// that take sides ("critics of the draft deal").
import type { Doc } from '../document';
import { COLLECTIVE_NOUNS, GROUP_NOUNS, GROUP_OBJECT_HEADS, PERSON_COLLECTIVES } from '../lexicon';
import type { Registry } from './registry';
import { bodyOfMembers } from './acting-groups';
import { forEachToken } from './runs';
import { nameKey, type Mention } from './types';

const COLLECTIVES = new Set(COLLECTIVE_NOUNS);
const GROUPS = new Set(GROUP_NOUNS);

/** Tags of the words a noun phrase is made of ("critics of the new trade deal"). */
const NOUN_PHRASE_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);

/** Words before "other parties" that belong to the group's name ("all other parties"). */
const OTHERS_OPENERS = new Set(['all', 'the']);

/** Tags of the words that say what a community's members share ("the wider creditor community"). */
const MODIFIER_TAGS = new Set(['NOUN', 'ADJ']);

/** collectives named after a person ("the Trump administration", "Zelenskiy’s team"). */
export function personCollectives(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  const { actors, mentions, ensureActor, addMention } = reg;
  for (const m of [...mentions]) {
    const person = actors.get(m.actor);
    if (!person || person.kind !== 'person' || !person.affiliation) continue;
    const after = m.to + (m.possessive ? 1 : 0);
    const noun = tokens[after];
    if (noun && COLLECTIVES.has(noun.lower) && PERSON_COLLECTIVES.has(noun.lower)) {
      const country =
        actors.get(`country:${nameKey(person.affiliation)}`) ??
        ensureActor(`country:${nameKey(person.affiliation)}`, person.affiliation, 'country');
      let end = after + 1;
      if (tokens[end] && COLLECTIVES.has(tokens[end]!.lower)) end++;
      const start = tokens[m.from - 1]?.lower === 'the' ? m.from - 1 : m.from;
      addMention(country, start, end, m.sentence, 'collective');
    }
  }
}

/**
 * groups that take sides ("critics of the draft deal"), kept only if a stance uses them. An organisation
 * just before names whose members they are ("Vela players"); after "the" alone, they are the body named
 * by them, if one ("the players" once "the Players Association" is named).
 */
export function groupsTakingSides(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  const { claimed, ensureActor, addMention } = reg;
  const organisationEndingAt = new Map<number, Mention>();
  for (const m of reg.mentions)
    if (reg.actors.get(m.actor)?.kind === 'organization' && !m.possessive) organisationEndingAt.set(m.to, m);
  forEachToken(doc, (t, i, si) => {
    if (!GROUPS.has(t.lower) || claimed.has(i)) return;
    const [, to] = doc.sentenceTokens[si] ?? [0, 0];
    if (tokens[i - 1]?.lower === 'and' || tokens[i - 1]?.kind === 'possessive') return;
    const owner = organisationEndingAt.get(i);
    // Only "the players": bare "farmers" in "would hurt farmers" are farmers at large.
    const body = tokens[i - 1]?.lower === 'the' ? bodyOfMembers(reg, t.lower) : undefined;
    if (!owner && body) {
      addMention(body, i, i + 1, si, 'description');
      return;
    }
    const from = owner ? owner.from : i;
    let end = i + 1;
    if (tokens[end]?.lower === 'of') {
      let k = end + 1;
      let words = 0;
      while (
        k < to &&
        words < 4 &&
        tokens[k]?.kind === 'word' &&
        NOUN_PHRASE_TAGS.has(tokens[k]!.pos) &&
        !/ed$/.test(tokens[k]!.lower)
      ) {
        k++;
        words++;
        if (GROUP_OBJECT_HEADS.has(tokens[k - 1]!.lower)) break;
      }
      if (words > 0) end = k;
    }
    const phrase = doc.text.slice(tokens[from]!.start, tokens[end - 1]!.end);
    const name = phrase.charAt(0).toUpperCase() + phrase.slice(1);
    addMention(ensureActor(`group:${nameKey(phrase)}`, name, 'group', true), from, end, si, 'group');
  });
}

/**
 * "the international community", "others in the wider creditor community": a community named by what
 * its members share is a weak group, kept only if a stance or a meeting uses it.
 */
export function communities(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  forEachToken(doc, (t, i, si) => {
    if (t.lower !== 'community' || reg.claimed.has(i)) return;
    let from = i;
    while (
      from > i - 4 &&
      tokens[from - 1]?.kind === 'word' &&
      !tokens[from - 1]!.cap &&
      MODIFIER_TAGS.has(tokens[from - 1]!.pos)
    )
      from--;
    if (from === i || tokens[from - 1]?.lower !== 'the') return;
    const phrase = doc.text.slice(tokens[from]!.start, t.end);
    const name = phrase.charAt(0).toUpperCase() + phrase.slice(1);
    reg.addMention(
      reg.ensureActor(`group:${nameKey(phrase)}`, name, 'group', true),
      from - 1,
      i + 1,
      si,
      'group',
    );
  });
}

/**
 * "the other parties ruled out a pact", "all other parties": the parties besides those the story
 * follows, a weak group kept only if a stance or a meeting uses it.
 */
export function otherParties(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  forEachToken(doc, (t, i, si) => {
    if (t.lower !== 'parties' || tokens[i - 1]?.lower !== 'other' || reg.claimed.has(i)) return;
    const from = i - 1 - (OTHERS_OPENERS.has(tokens[i - 2]?.lower ?? '') ? 1 : 0);
    const phrase = doc.text.slice(tokens[from]!.start, t.end);
    const name = phrase.charAt(0).toUpperCase() + phrase.slice(1);
    reg.addMention(
      reg.ensureActor(`group:${nameKey(phrase)}`, name, 'group', true),
      from,
      i + 1,
      si,
      'group',
    );
  });
}
