// References to actors named before: descriptions of people ("the Ukrainian leader", "the president"),
// "the government" for the country, and "the union" for the organisation of that kind.
import type { Doc } from '../document';
import {
  COLLECTIVE_NOUNS,
  GOVERNMENT_NOUNS,
  LEADER_NOUNS,
  ORGANIZATION_CONTEXT_NOUNS,
  ORGANIZATION_NOUNS,
} from '../lexicon';
import type { Registry } from './registry';
import { forEachToken } from './runs';
import { roleAt } from './titles';
import type { ActorDraft, Mention } from './types';

/** Nouns after an organisation's noun that still speak for it ("the union officials", "the company board"). */
const BODY_NOUNS = new Set([...COLLECTIVE_NOUNS, ...ORGANIZATION_CONTEXT_NOUNS]);

/** descriptions of people ("the Ukrainian leader", "the US president"). */
export function describedPeople(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  const { actors, mentions, addMention } = reg;
  forEachToken(doc, (t, i, si) => {
    if (t.lower !== 'the') return;
    const [, to] = doc.sentenceTokens[si] ?? [0, 0];
    const hit = reg.gazetteer.at(tokens, i + 1, to);
    if (!hit || hit.entry.type !== 'country' || hit.entry.form === 'capital' || hit.entry.form === 'people')
      return;
    const roleStart = i + 1 + hit.length;
    const role = roleAt(tokens, roleStart, to);
    if (!role) return;
    const person = resolveDescription(actors, mentions, hit.entry.name, role.role, tokens[i]!.start);
    if (person) addMention(person, i, roleStart + role.length, si, 'description');
  });
}

/**
 * "the president", "the prime minister" with no country: the head of state or government
 * named last, within the last few sentences.
 */
export function untitledLeaders(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  const { actors, mentions, claimed, addMention } = reg;
  forEachToken(doc, (t, i, si) => {
    if (t.lower !== 'the' || claimed.has(i + 1)) return;
    const [, to] = doc.sentenceTokens[si] ?? [0, 0];
    const role = roleAt(tokens, i + 1, to);
    if (!role || !LEADER_NOUNS.includes(role.role) || tokens[i + 1 + role.length]?.lower === 'of') return;
    let best: Mention | undefined;
    for (const m of mentions) {
      if (m.start >= t.start || m.sentence < si - 3) continue;
      const a = actors.get(m.actor);
      if (a?.kind === 'person' && a.leader && (!best || m.start > best.start)) best = m;
    }
    if (best) addMention(actors.get(best.actor)!, i, i + 1 + role.length, si, 'description');
  });
}

/** "the government", "the administration" on their own: the country the story has named most so far. */
export function governmentReferences(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  const { actors, mentions, claimed, addMention } = reg;
  const countryMentions = mentions
    .filter((m) => actors.get(m.actor)?.kind === 'country')
    .sort((a, b) => a.start - b.start);
  forEachToken(doc, (t, i, si) => {
    const noun = tokens[i + 1];
    if (!noun || claimed.has(i + 1) || !GOVERNMENT_NOUNS.has(noun.lower)) return;
    if (tokens[i + 2]?.lower === 'of' || tokens[i + 2]?.cap) return;
    // "the government", or "a government proposal" where the noun modifies another.
    if (t.lower !== 'the' && !(t.lower === 'a' && tokens[i + 2]?.pos === 'NOUN')) return;
    const counts = new Map<string, number>();
    for (const m of countryMentions) {
      if (m.start >= t.start) break;
      counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1);
    }
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    const country = top ? actors.get(top[0]) : undefined;
    if (country) addMention(country, t.lower === 'the' ? i : i + 1, i + 2, si, 'collective');
  });
}

/** "the union", "the company": the organisation of that kind named before it. */
export function organisationReferences(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  const { actors, mentions, claimed, addMention } = reg;
  const organisations = mentions
    .filter((m) => actors.get(m.actor)?.kind === 'organization')
    .sort((a, b) => a.start - b.start);
  const describedAs = (i: number) => {
    const noun = tokens[i + 1]?.lower ?? '';
    const fits = tokens[i]!.lower === 'the' && ORGANIZATION_NOUNS.has(noun) && !claimed.has(i + 1);
    // "the Union of ...", "the group of ...": a name or a phrase, not a reference; nor "the bank
    // clerks", where the noun modifies a plural, unless that one is the body's own ("the union officials").
    const after = tokens[i + 2];
    const compound = after?.pos === 'NOUN' && after.lemma !== after.lower && !BODY_NOUNS.has(after.lower);
    return fits && !after?.cap && after?.lower !== 'of' && !compound ? noun : null;
  };
  const partitives = partitiveNouns(doc);
  const nounsUsed = new Set<string>();
  forEachToken(doc, (_, i) => {
    const noun = describedAs(i);
    if (noun) nounsUsed.add(noun);
  });
  const claimedByOther = (actor: ActorDraft, noun: string) =>
    [...nounsUsed].some((n) => n !== noun && nameWords(actor).some((w) => ORGANIZATION_NOUNS.get(n)?.has(w)));
  // One description keeps one referent through the story: "the league" is the same body each time.
  const resolved = new Map<string, ActorDraft>();
  forEachToken(doc, (t, i, si) => {
    const noun = describedAs(i);
    if (!noun) return;
    if ((partitives.get(noun) ?? i) < i) return;
    const org = resolved.get(noun) ?? referentOf(organisations, actors, noun, t.start, claimedByOther);
    if (!org) return;
    resolved.set(noun, org);
    addMention(org, i, i + 2, si, 'description');
  });
}

/**
 * "A group of bondholders rejected ... the group said": a noun met as "a group of" people names that
 * gathering afterwards, not a company or body named nearby. Each such noun with where it is first met.
 */
function partitiveNouns(doc: Doc): Map<string, number> {
  const { tokens } = doc;
  const out = new Map<string, number>();
  for (let k = 1; k < tokens.length - 1; k++) {
    const intro = tokens[k - 1]!.lower === 'a' || tokens[k - 1]!.lower === 'an';
    if (intro && tokens[k + 1]!.lower === 'of' && !out.has(tokens[k]!.lower)) out.set(tokens[k]!.lower, k);
  }
  return out;
}

/**
 * The organisation a definite noun points at: the last one before it whose name marks it as of that
 * kind ("the union" → "... Workers Association"); else the last one that no other noun of the article
 * claims that way, since two descriptions in one story name two organisations.
 */
function referentOf(
  organisations: Mention[],
  actors: Map<string, ActorDraft>,
  noun: string,
  before: number,
  claimedByOther: (actor: ActorDraft, noun: string) => boolean,
): ActorDraft | undefined {
  const heads = ORGANIZATION_NOUNS.get(noun);
  let last: ActorDraft | undefined;
  let named: ActorDraft | undefined;
  // One whose name holds the noun itself ("the union" → "... Clerks Union") comes before one of a related kind.
  let exact: ActorDraft | undefined;
  for (const m of organisations) {
    if (m.start >= before) break;
    const actor = actors.get(m.actor);
    if (!actor) continue;
    const words = nameWords(actor);
    if (words.includes(noun)) exact = actor;
    if (words.some((w) => heads?.has(w))) named = actor;
    else if (!claimedByOther(actor, noun)) last = actor;
  }
  return exact ?? named ?? last;
}

function nameWords(actor: ActorDraft): string[] {
  return actor.name.toLowerCase().split(/[\s’']+/);
}

function resolveDescription(
  actors: Map<string, ActorDraft>,
  mentions: Mention[],
  country: string,
  role: string,
  before: number,
): ActorDraft | undefined {
  const isLeaderRole = LEADER_NOUNS.includes(role);
  const people = [...actors.values()].filter(
    (a) =>
      a.kind === 'person' &&
      a.affiliation === country &&
      (isLeaderRole ? a.leader : [...a.roles].some((r) => r.includes(role) || role.includes(r))),
  );
  if (people.length <= 1) return people[0];
  // Several fit: the one mentioned most recently before the description.
  let best: ActorDraft | undefined;
  let bestPos = -1;
  for (const m of mentions) {
    if (m.start < before && m.start > bestPos && people.some((p) => p.key === m.actor)) {
      bestPos = m.start;
      best = actors.get(m.actor);
    }
  }
  return best ?? people[0];
}
