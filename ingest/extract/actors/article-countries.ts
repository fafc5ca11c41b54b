// Countries the article itself reveals, which no static list can hold (a small or newly named state):
// a proper name used beside its own demonym ("Norland" and "the Norlandic government"), or a name
// that owns a government or a minister ("Norland's foreign minister", "the government of Norland").
// The result joins the static gazetteer for this article only (actors/index.ts).
import type { Token } from '../../text/language';
import type { Doc } from '../document';
import {
  COLLECTIVE_NOUNS,
  DEMONYM_SUFFIXES,
  GEOGRAPHIC_KIND_WORDS,
  NOT_NAMES,
  STATE_BODY_NOUNS,
  STATE_FORM_WORDS,
  STATE_OFFICE_WORDS,
} from '../lexicon';
import { GAZETTEER, type GazetteerEntry } from './gazetteer';
import { forEachToken } from './runs';
import { titleAt } from './titles';

const COLLECTIVES = new Set(COLLECTIVE_NOUNS);
/** A country's name is a word of at least this many letters ("Oman" is the shortest in common use). */
const MIN_NAME_LETTERS = 4;
/** Words of a title and a name together ("Deputy Foreign Minister Ann Maria Vo"). */
const MAX_TITLED_NAME = 7;

/** How a capitalised word is used through the article. */
interface WordUse {
  /** Token indices where it stands. */
  at: number[];
  /** Beside a kind word ("the Tavel River", "Lake Orm"): a place, never a state. */
  place: boolean;
}

/** The article's own countries, as gazetteer entries keyed by the lower-cased phrase. */
export function articleCountries(doc: Doc): Map<string, GazetteerEntry> {
  const uses = capitalisedWords(doc);
  const extra = new Map<string, GazetteerEntry>();
  const addCountry = (name: string, demonym: string | null) => {
    extra.set(name.toLowerCase(), { type: 'country', name, form: 'name' });
    if (!demonym) return;
    extra.set(demonym.toLowerCase(), { type: 'country', name, form: 'demonym' });
    extra.set(`${demonym.toLowerCase()}s`, { type: 'country', name, form: 'people' });
  };
  for (const [word, use] of uses) {
    const name = demonymOwner(word, uses);
    if (!name || use.place) continue;
    const cued = [...use.at, ...uses.get(name)!.at].some((i) => stateCue(doc.tokens, i + 1, true));
    if (cued) addCountry(name, word);
  }
  for (const [word, use] of uses) {
    if (extra.has(word.toLowerCase()) || use.place || !use.at.some((i) => ownsState(doc.tokens, i))) continue;
    // "Mara Drubny ... Drubny's government": a surname that owns a government is a leader, not a state.
    if (use.at.some((i) => isSurname(doc.tokens, i))) continue;
    addCountry(word, null);
  }
  addCapitals(doc, extra);
  return extra;
}

/** Single capitalised words no gazetteer knows, with where they stand and whether a kind word is beside them. */
function capitalisedWords(doc: Doc): Map<string, WordUse> {
  const { tokens } = doc;
  const uses = new Map<string, WordUse>();
  forEachToken(doc, (t, i) => {
    if (t.kind !== 'word' || !t.cap || t.text.length < MIN_NAME_LETTERS || !/^\p{Lu}\p{Ll}+$/u.test(t.text))
      return;
    if (NOT_NAMES.has(t.text) || GAZETTEER.has(t.lower)) return;
    let use = uses.get(t.text);
    if (!use) {
      use = { at: [], place: false };
      uses.set(t.text, use);
    }
    use.at.push(i);
    const next = tokens[i + 1];
    const before = tokens[i - 1];
    const kindAfter = next?.cap === true && GEOGRAPHIC_KIND_WORDS.has(next.text);
    if (kindAfter || (before?.cap === true && GEOGRAPHIC_KIND_WORDS.has(before.text))) use.place = true;
  });
  return uses;
}

/** The name a demonym is formed from, when the article uses it too ("Valdorian" → "Valdoria"). */
function demonymOwner(word: string, uses: Map<string, WordUse>): string | null {
  for (const suffix of DEMONYM_SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    const stem = word.slice(0, -suffix.length);
    if (stem.length < MIN_NAME_LETTERS - 1) continue;
    // "Valdori" + "an" comes from "Valdoria"; "Norland" + "ic" from "Norland" itself.
    for (const name of [stem, `${stem}a`, `${stem}e`, `${stem}o`, `${stem}y`, `${stem}ia`]) {
      if (name !== word && name.length >= MIN_NAME_LETTERS && uses.has(name)) return name;
    }
  }
  return null;
}

/**
 * Whether the words from token i on speak for a state: a government body ("government", "parliament"),
 * a minister's title ("Foreign Minister"), or, when `broad`, any title or officials ("officials",
 * "President"). A possessive ending before them, and a name coordinated with this one, are skipped.
 */
function stateCue(tokens: Token[], i: number, broad: boolean): boolean {
  let at = tokens[i]?.kind === 'possessive' ? i + 1 : i;
  // "Marevian and Quessian officials": the noun after a coordinated name speaks for both.
  if (broad && (tokens[at]?.lower === 'and' || tokens[at]?.text === ',') && tokens[at + 1]?.cap) at += 2;
  const next = tokens[at];
  if (!next) return false;
  if (STATE_BODY_NOUNS.has(next.lower) || (broad && COLLECTIVES.has(next.lower))) return true;
  const title = titleAt(tokens, at, at + 4);
  if (!title) return false;
  return broad || title.words.split(' ').some((w) => STATE_OFFICE_WORDS.has(w));
}

/** "Norland's government", "Norland's foreign minister", "the government of Norland", "Minister Ann Vo of Norland". */
function ownsState(tokens: Token[], i: number): boolean {
  if (tokens[i + 1]?.kind === 'possessive' && stateCue(tokens, i + 1, false)) return true;
  if (tokens[i - 1]?.lower === 'of' && statesmanBefore(tokens, i - 1)) return true;
  if (tokens[i - 1]?.lower === 'of' && STATE_FORM_WORDS.has(tokens[i - 2]?.text ?? '')) return true;
  const body = tokens[i - 2];
  return tokens[i - 1]?.lower === 'of' && !!body && STATE_BODY_NOUNS.has(body.lower) && !body.cap;
}

/** "Foreign Minister Ann Vo" or "President Ann Vo" ends at token `of`: a state's title, then a name. */
function statesmanBefore(tokens: Token[], of: number): boolean {
  let s = of;
  while (s > of - MAX_TITLED_NAME && tokens[s - 1]?.cap) s--;
  for (let k = s; k < of - 1; k++) {
    const title = titleAt(tokens, k, of - 1);
    if (title && (title.leader || title.words.split(' ').some((w) => STATE_OFFICE_WORDS.has(w)))) return true;
  }
  return false;
}

/** The word ends a name of two words or more ("Mara Drubny"): a capitalised word that is a name before it. */
function isSurname(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  return !!before && before.kind === 'word' && before.cap && !NOT_NAMES.has(before.text);
}

/** "Korsa, the Valdorian capital" and "the Valdorian capital, Korsa": the seat of an article's country. */
function addCapitals(doc: Doc, extra: Map<string, GazetteerEntry>): void {
  const { tokens } = doc;
  forEachToken(doc, (t, i) => {
    if (t.lower !== 'capital') return;
    const owner = extra.get(tokens[i - 1]?.lower ?? '');
    if (!owner || owner.type !== 'country' || tokens[i - 2]?.lower !== 'the') return;
    const before = tokens[i - 3]?.text === ',' ? tokens[i - 4] : undefined;
    const after = tokens[i + 1]?.text === ',' ? tokens[i + 2] : undefined;
    for (const city of [before, after]) {
      if (city?.kind === 'word' && city.cap && !NOT_NAMES.has(city.text) && !extra.has(city.lower))
        extra.set(city.lower, { type: 'country', name: owner.name, form: 'capital' });
    }
  });
}
