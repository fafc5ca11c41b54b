// Organisations: named by their head word ("Harbour Workers Union"), before a common noun ("the Vela
// party"), by acronym, as a person's employer ("Acme chairman Li Wei"), and parties by plural names.
import type { Token } from '../../text/language';
import type { Doc } from '../document';
import {
  BODY_HEADS,
  GENERIC_NAME_WORDS,
  GOVERNMENT_HEADS,
  MEDIA,
  NOT_NAMES,
  OFFICE_HOLDER_WORDS,
  ORGANIZATION_HEADS,
  ORGANIZATION_NOUNS,
  ORGANIZATION_PLURALS,
  PARTY_ADJECTIVES,
} from '../lexicon';
import type { Gazetteer } from './gazetteer';
import {
  acronymInCommas,
  acronymInParentheses,
  expansionBefore,
  actingAcronym,
  initialsOf,
} from './organisation-names';
import type { Registry } from './registry';
import { capitalisedRun, forEachRun, forEachToken, inTicker, isDateline } from './runs';
import { nameKey, type ActorDraft } from './types';

const ACRONYM_SHAPE = /^[A-Z]{2,6}$/;
/** Tags of the words that may follow a noun phrase's last word. */
const PHRASE_END_TAGS = new Set(['VERB', 'AUX', 'ADV', 'ADP', 'CCONJ']);
/** Tags of the words that may qualify a body's members ("the port employers' federation"). */
const MODIFIER_TAGS = new Set(['NOUN', 'ADJ']);

/**
 * organisations named by their head word ("Foreign Ministry", "International Longshoremen’s
 * Association"). A government body of a named country ("Russia’s Foreign Ministry") speaks for the country.
 */
export function organisationsByHead(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  const { claimedByPerson, claimedByOrg, ensureActor, organisation, addMention } = reg;
  forEachRun(doc, organisationRun, (i, run, from, si) => {
    const head = tokens[run - 1]!.text.replace(/\.$/, '');
    let s = i;
    while (s < run && NOT_NAMES.has(tokens[s]!.text)) s++;
    s = afterOfficeOf(tokens, s, run);
    // "the Alliance of Cocoa Producing Countries", "Bank of Norland": a head word before "of" names the body.
    // "the Farmers' Union of Norland": a plural possessive may come before such a head.
    const plural = tokens[s + 1]?.kind === 'possessive' && /^['’]$/.test(tokens[s + 1]!.text);
    const headAt = plural && tokens[s + 3]?.lower === 'of' ? s + 2 : s;
    const headFirst =
      ORGANIZATION_HEADS.has(tokens[headAt]?.text ?? '') && tokens[headAt + 1]?.lower === 'of';
    if (ORGANIZATION_HEADS.has(head)) s = coordinatedStart(reg.gazetteer, tokens, s, from);
    const free = ![...Array(run - s).keys()].some((k) => claimedByPerson.has(s + k));
    const named = (ORGANIZATION_HEADS.has(head) && run - s >= 2) || (headFirst && run - s >= 3);
    if (named && free) {
      const name = doc.text.slice(tokens[s]!.start, tokens[run - 1]!.end);
      const owner = reg.gazetteer.at(tokens, s, run);
      if (owner?.entry.type === 'country' && owner.entry.form !== 'capital' && GOVERNMENT_HEADS.has(head)) {
        const country = ensureActor(`country:${nameKey(owner.entry.name)}`, owner.entry.name, 'country');
        addMention(country, s, run, si, 'collective');
      } else if (!MEDIA.has(name)) {
        addMention(organisation(name), s, run, si, 'name');
      }
      for (let k = s; k < run; k++) claimedByOrg.add(k);
    }
  });
}

/** "Chief Executive Officer of Acme Group": the body's name starts after an office's "of". */
function afterOfficeOf(tokens: Token[], s: number, run: number): number {
  for (let k = s + 1; k < run - 1; k++)
    if (tokens[k]!.lower === 'of' && OFFICE_HOLDER_WORDS.has(tokens[k - 1]!.text)) return k + 1;
  return s;
}

/**
 * "the Food and Drug Administration", "the Rail, Road and Harbour Union": words coordinated
 * before a name's head belong to it when "the" opens the list and no word of it is a country.
 */
function coordinatedStart(gazetteer: Gazetteer, tokens: Token[], s: number, from: number): number {
  if (tokens[s - 1]?.lower !== 'and' || !tokens[s - 2]?.cap) return s;
  let k = s - 2;
  while (tokens[k - 1]?.text === ',' && tokens[k - 2]?.cap) k -= 2;
  if (k - 1 < from || tokens[k - 1]?.lower !== 'the') return s;
  for (let w = k; w < s; w += 2) if (tokens[w]!.kind !== 'word' || gazetteer.at(tokens, w, w + 1)) return s;
  return k;
}

/**
 * Like a capitalised run, but an organisation's name may hold a possessive ("Longshoremen’s Association",
 * "the Farmers' Union of Norland").
 */
export function organisationRun(tokens: Token[], i: number, end: number): number {
  let j = capitalisedRun(tokens, i, end);
  while (j > i && tokens[j]?.kind === 'possessive' && tokens[j + 1]?.cap) {
    const next = capitalisedRun(tokens, j + 1, end);
    const headOf = (k: number) => ORGANIZATION_HEADS.has(tokens[k]!.text) && tokens[k + 1]?.lower === 'of';
    const heads = [...Array(next - j - 1).keys()].some((k) => headOf(j + 1 + k));
    if (!ORGANIZATION_HEADS.has(tokens[next - 1]!.text) && !heads) break;
    j = next;
  }
  return j;
}

/**
 * "the centrist Vela party", "the Northwind group": a name before a common noun for an organisation, and
 * the same name wherever it recurs alone.
 */
export function organisationsBeforeNouns(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  const { claimed, organisation, addMention } = reg;
  const namedByNoun = new Map<string, ActorDraft>();
  forEachToken(doc, (t, i, si) => {
    if (t.cap || !ORGANIZATION_NOUNS.has(t.lower) || !tokens[i - 1]?.cap || claimed.has(i - 1)) return;
    let s = i - 1;
    while (tokens[s - 1]?.cap && !claimed.has(s - 1)) s--;
    while (s < i && NOT_NAMES.has(tokens[s]!.text)) s++;
    if (s === i || reg.gazetteer.at(tokens, s, i) || isDateline(tokens, s, i - s)) return;
    const name = doc.text.slice(tokens[s]!.start, tokens[i - 1]!.end);
    const org = organisation(name);
    namedByNoun.set(name, org);
    addMention(org, s, i, si, 'name');
  });
  forEachToken(doc, (t, i, si) => {
    const org = namedByNoun.get(t.text);
    if (org && !claimed.has(i)) addMention(org, i, i + 1, si, 'name');
  });
}

/**
 * acronyms: in parentheses after the name they stand for (an organisation found already, or one that the
 * acronym's letters reveal), set off by commas after an organisation's name, or acting on their own.
 */
export function acronyms(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  const { actors, mentions, claimed, organisation, addMention } = reg;
  const acronymOwner = new Map<string, ActorDraft>();
  for (const m of [...mentions]) {
    const actor = actors.get(m.actor);
    const k =
      actor?.kind === 'organization'
        ? (acronymInParentheses(tokens, m.to) ?? acronymInCommas(tokens, m.to))
        : null;
    if (k === null || !actor || claimed.has(k)) continue;
    acronymOwner.set(tokens[k]!.text, actor);
    addMention(actor, k, k + 1, m.sentence, 'name');
  }
  expandedAcronyms(doc, reg, acronymOwner);
  const initials = [...actors.values()]
    .filter((a) => a.kind === 'organization')
    .map((a): [ActorDraft, string] => [a, initialsOf(a.name)]);
  forEachToken(doc, (t, i, si) => {
    if (claimed.has(i) || reg.gazetteer.has(t.text) || MEDIA.has(t.text) || isDateline(tokens, i, 1)) return;
    if (inTicker(tokens, i)) return;
    const owner =
      acronymOwner.get(t.text) ?? (ACRONYM_SHAPE.test(t.text) ? initialsOwner(initials, t.text) : undefined);
    if (owner) addMention(owner, i, i + 1, si, 'name');
    else if (actingAcronym(tokens, i)) addMention(organisation(t.text), i, i + 1, si, 'name');
  });
}

/**
 * The organisation whose initials an acronym spells, or else the one organisation whose last words' initials
 * it spells ("the PA" for "... Players Association"), an acronym news uses for the head of a long name.
 */
function initialsOwner(initials: [ActorDraft, string][], acronym: string): ActorDraft | undefined {
  const exact = initials.find(([, spelled]) => spelled === acronym);
  if (exact) return exact[0];
  const tails = initials.filter(
    ([, spelled]) => spelled.length > acronym.length + 1 && spelled.endsWith(acronym),
  );
  return tails.length === 1 ? tails[0]![0] : undefined;
}

/** "the Council for Fisheries and Ports (CFP)": a name the acronym after it spells is an organisation. */
function expandedAcronyms(doc: Doc, reg: Registry, acronymOwner: Map<string, ActorDraft>): void {
  const { tokens } = doc;
  const { claimed, organisation, addMention } = reg;
  forEachToken(doc, (t, i, si) => {
    if (t.text !== '(' || claimed.has(i + 1) || claimed.has(i - 1)) return;
    const [from] = doc.sentenceTokens[si] ?? [0, 0];
    const s = expansionBefore(tokens, i, from);
    if (s === null || reg.gazetteer.has(tokens[i + 1]!.text)) return;
    for (let k = s; k < i; k++) if (claimed.has(k)) return;
    const org = organisation(doc.text.slice(tokens[s]!.start, tokens[i - 1]!.end));
    acronymOwner.set(tokens[i + 1]!.text, org);
    addMention(org, s, i, si, 'name');
    addMention(org, i + 1, i + 2, si, 'name');
  });
}

/** "Northwind boss Ana Ruiz", "Acme chairman Li Wei": the name before a person's title is their employer. */
export function employers(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  const { actors, mentions, claimed, organisation, addMention } = reg;
  for (const m of [...mentions]) {
    const first = tokens[m.from];
    if (actors.get(m.actor)?.kind !== 'person' || !first || first.cap) continue;
    let s = m.from;
    while (tokens[s - 1]?.cap && !claimed.has(s - 1) && !NOT_NAMES.has(tokens[s - 1]!.text)) s--;
    if (s === m.from || reg.gazetteer.at(tokens, s, m.from)) continue;
    const name = doc.text.slice(tokens[s]!.start, tokens[m.from - 1]!.end);
    if (s === m.from - 1 && ORGANIZATION_HEADS.has(name)) continue;
    // A short form of an organisation already named ("Northwind" for "Northwind Shipping") is that one.
    const longer = [...actors.values()].find(
      (a) => a.kind === 'organization' && nameKey(a.name).startsWith(`${nameKey(name)} `),
    );
    const org = longer ?? organisation(name);
    addMention(org, s, m.from, m.sentence, 'name');
  }
}

/**
 * "Labour gained ground", "voters turned to Labour": a party's label standing alone as a noun (no article,
 * no owner, no name or noun after it) names the party.
 */
export function partyLabels(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  const { claimed, organisation, addMention } = reg;
  forEachToken(doc, (t, i, si) => {
    if (claimed.has(i) || !PARTY_ADJECTIVES.has(t.text)) return;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (prev && (prev.pos === 'DET' || prev.kind === 'possessive' || prev.text === '-' || prev.cap)) return;
    // What may follow a noun that ends its phrase: punctuation, a verb, an adverb, a preposition, "and".
    const ends =
      !next || (next.text !== '-' && (next.kind !== 'word' || (!next.cap && PHRASE_END_TAGS.has(next.pos))));
    if (!ends) return;
    addMention(organisation(t.text), i, i + 1, si, 'name');
  });
}

/** "the Conservatives", "Liberals": parties by their plural names. */
export function partyPlurals(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  const { claimed, organisation, addMention } = reg;
  forEachToken(doc, (t, i, si) => {
    if (!t.cap || claimed.has(i) || !ORGANIZATION_PLURALS.has(t.lower)) return;
    // With the capitalised words before it: "Free Democrats".
    let s = i;
    while (tokens[s - 1]?.cap && !claimed.has(s - 1) && !NOT_NAMES.has(tokens[s - 1]!.text)) s--;
    const name = doc.text.slice(tokens[s]!.start, t.end);
    // "Liberal leader Ana Holm" made "Liberal" before: the party named by its member's adjective is this one.
    const single = reg.actors.get(`org:${nameKey(name.replace(/s$/, ''))}`);
    if (single?.kind === 'organization') single.name = name;
    addMention(single?.kind === 'organization' ? single : organisation(name), s, i + 1, si, 'name');
  });
}

/**
 * "Harlow Freight" or "Harlow" after "Harlow Freight Corp": the leading words of one organisation's name,
 * used alone, are that organisation. A word that begins two names, or a generic one ("National"), is none.
 */
export function shortForms(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  const { actors, claimed, addMention } = reg;
  const byPrefix = new Map<string, ActorDraft | null>();
  for (const a of actors.values()) {
    if (a.kind !== 'organization') continue;
    const words = a.name.split(' ');
    // The whole name too: a one-word company ("Acme") learnt from "Acme chairman Li Wei" is Acme elsewhere.
    for (let k = 1; k <= words.length; k++) {
      const key = nameKey(words.slice(0, k).join(' '));
      const known = byPrefix.get(key);
      byPrefix.set(key, known === undefined || known === a ? a : null);
    }
  }
  forEachRun(doc, capitalisedRun, (i, run, _from, si) => {
    let s = i;
    while (s < run && NOT_NAMES.has(tokens[s]!.text)) s++;
    if (s === run || [...Array(run - s).keys()].some((k) => claimed.has(s + k))) return;
    const lone = tokens[s]!;
    if (inTicker(tokens, s) || isDateline(tokens, s, run - s)) return;
    if (
      run - s === 1 &&
      (GENERIC_NAME_WORDS.has(lone.text) || reg.gazetteer.has(lone.text) || lone.pos !== 'PROPN')
    )
      return;
    const org = byPrefix.get(nameKey(doc.text.slice(lone.start, tokens[run - 1]!.end)));
    if (org) addMention(org, s, run, si, 'name');
  });
}

/**
 * "the pilots' union", "the bank employers' federation": a body named by whom it gathers is an
 * organisation, named by those words ("Pilots' union").
 */
export function unnamedBodies(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  const { claimed, organisation, addMention } = reg;
  forEachToken(doc, (t, i, si) => {
    if (t.cap || !BODY_HEADS.has(t.lower) || tokens[i - 1]?.kind !== 'possessive' || claimed.has(i)) return;
    const members = tokens[i - 2];
    if (!members || members.pos !== 'NOUN' || members.cap || members.lemma === members.lower) return;
    let s = i - 2;
    while (MODIFIER_TAGS.has(tokens[s - 1]?.pos ?? '') && !tokens[s - 1]!.cap) s--;
    if (tokens[s - 1]?.lower !== 'the') return;
    const phrase = doc.text.slice(tokens[s]!.start, t.end);
    addMention(organisation(phrase.charAt(0).toUpperCase() + phrase.slice(1)), s - 1, i + 1, si, 'name');
  });
}
