// People named in the text: full names with their titles and countries, then lone surnames of the
// people already known.
import type { Doc } from '../document';
import {
  BUSINESS_DESCRIPTORS,
  COMPANY_REFERENCES,
  FIRST_NAME_HONORIFICS,
  INDEFINITE_OR_DEFINITE,
  INDUSTRY_WORDS,
  NOT_NAMES,
  OFFICE_HOLDER_WORDS,
  ORGANIZATION_CONTEXT_NOUNS,
  ORGANIZATION_NOUNS,
  ROLE_BEFORE_NAME,
} from '../lexicon';
import { labelNameEnd, type Token } from '../../text/language';
import { isNameWord, parsePersonRun, type PersonCandidate } from './names';
import { namesOrganisation, withoutLegalForm } from './organisation-names';
import type { Registry } from './registry';
import { capitalisedRun, forEachRun, forEachToken, nameWordsOf } from './runs';
import { nameKey } from './types';

/** people named in capitalised runs, with the titles and affiliations around them. */
export function peopleByName(doc: Doc, reg: Registry): Map<string, string> {
  const { tokens } = doc;
  const { actors, mentions, ensureActor, organisation, addMention } = reg;
  const candidates: PersonCandidate[] = [];
  const surnameUses = capitalisedWordUses(doc);
  forEachRun(doc, capitalisedRun, (i, run, from, si) => {
    const c = parsePersonRun(reg.gazetteer, tokens, i, run, from, si);
    if (c) candidates.push(c);
  });

  // People with full names first; a lone surname joins the full name it ends.
  const bySurname = new Map<string, string>();
  const sortedCandidates = [...candidates].sort((a, b) => b.nameTokens.length - a.nameTokens.length);
  const appositives = new Set(appositiveOrganisations(doc).map((n) => n.name));
  const organisationNames = new Set([
    ...companyNames(doc),
    ...appositives,
    ...signalledCompanies(doc, candidates),
    ...candidates
      .filter((c) => !c.title && namesOrganisation(tokens, c.from, c.to))
      .map((c) => nameWordsOf(c.nameTokens).join(' ')),
  ]);
  const recurs = (c: PersonCandidate) => (surnameUses.get(nameWordsOf(c.nameTokens).pop() ?? '') ?? 0) >= 2;
  // "her Danish counterpart, Tomas Varga": a role noun right before the name describes a person.
  const described = (c: PersonCandidate) =>
    ROLE_BEFORE_NAME.has(tokens[tokens[c.from - 1]?.text === ',' ? c.from - 2 : c.from - 1]?.lower ?? '');
  // "Brenn Mills (NYSE: BRM)", "Borsk Capital, the investment bank,": a body introduced is named for itself.
  const introduced = (c: PersonCandidate) =>
    tickerAfter(tokens, c.to) || appositives.has(nameWordsOf(c.nameTokens).join(' '));
  const named = (c: PersonCandidate) =>
    !!c.title || c.speaks || c.acts || recurs(c) || described(c) || introduced(c);
  const listed = coordinatedWithNamed(tokens, candidates, named);
  for (const c of sortedCandidates) {
    const names = nameWordsOf(c.nameTokens);
    // An untitled run of capitalised words is a name only if it speaks, meets, proposes or takes a
    // stance, its last word recurs alone, or it is listed with such a name.
    if (!named(c) && !listed.has(c)) continue;
    if (!c.title && organisationNames.has(names.join(' '))) {
      const name = names.join(' ');
      addMention(organisation(name), c.from, c.to, c.sentence, 'name');
      continue;
    }
    let key: string | undefined;
    if (names.length === 1) key = bySurname.get(names[0] ?? '');
    else {
      // "Von der Leyen" after "Ursula von der Leyen": a shorter form of a full name already seen.
      const short = nameKey(names.join(' '));
      // "Jane Doe" after "Jane Q. Doe": the same name without its middle initials.
      const longer = [...actors.values()].find(
        (a) =>
          a.kind === 'person' &&
          (nameKey(a.name).endsWith(' ' + short) || withoutInitials(a.name) === withoutInitials(short)),
      );
      key = longer?.key ?? 'person:' + short;
    }
    if (!key) {
      const lone = names[0] ?? '';
      const usedAlone = (surnameUses.get(lone) ?? 0) >= 1;
      if (!c.title && !usedAlone) continue;
      key = 'person:' + nameKey(lone);
    }
    const person = ensureActor(key, actors.get(key)?.name ?? names.join(' ').replace(/\./g, ''), 'person');
    if (c.title) {
      person.roles.add(c.title.words);
      if (c.title.leader) person.leader = true;
    }
    if (c.affiliation && !person.affiliation) person.affiliation = c.affiliation;
    const last = names[names.length - 1] ?? '';
    if (names.length > 1) {
      if (!NOT_NAMES.has(last) && !bySurname.has(last)) bySurname.set(last, key);
      if (!bySurname.has(names.join(' '))) bySurname.set(names.join(' '), key);
    } else if (!bySurname.has(last)) bySurname.set(last, key);
    if (c.title && FIRST_NAME_HONORIFICS.has(c.title.words) && names.length > 1 && !bySurname.has(names[0]!))
      bySurname.set(names[0]!, key);
    addMention(person, c.from, c.to, c.sentence, 'name');
  }
  mentions.forEach((m) => (m.possessive = tokens[m.to]?.kind === 'possessive'));
  return bySurname;
}

/** How often each capitalised word is used in the sentences read. */
function capitalisedWordUses(doc: Doc): Map<string, number> {
  const uses = new Map<string, number>();
  forEachToken(doc, (t) => {
    if (t.kind === 'word' && t.cap && !NOT_NAMES.has(t.text)) uses.set(t.text, (uses.get(t.text) ?? 0) + 1);
  });
  return uses;
}

/**
 * "Ann Vo and Sir Bo Tran", "Ann Vo and Acme's Bo Tran": an untitled name joined by "and" to a name that
 * has a title or speaks; either name may follow its employer's possessive.
 */
function coordinatedWithNamed(
  tokens: Doc['tokens'],
  candidates: PersonCandidate[],
  named: (c: PersonCandidate) => boolean,
): Set<PersonCandidate> {
  const byStart = new Map(candidates.map((c) => [c.from, c]));
  const byEnd = new Map(candidates.map((c) => [c.to, c]));
  const out = new Set<PersonCandidate>();
  for (const c of candidates) {
    if (c.title || c.possessive) continue;
    const next = tokens[c.to]?.lower === 'and' ? byStart.get(afterOwner(tokens, c.to + 1)) : undefined;
    const from = ownerStart(tokens, c.from);
    const before = tokens[from - 1]?.lower === 'and' ? byEnd.get(from - 1) : undefined;
    if ((next && named(next)) || (before && named(before) && !before.possessive)) out.add(c);
  }
  return out;
}

/** Where "Acme's" before token i starts (i itself when no possessive precedes it). */
function ownerStart(tokens: Doc['tokens'], i: number): number {
  if (tokens[i - 1]?.kind !== 'possessive') return i;
  let k = i - 2;
  while (k > i - 5 && tokens[k]?.kind === 'word' && tokens[k]!.cap) k--;
  return k === i - 2 ? i : k + 1;
}

/** The token after "Acme's" when one starts at i (i itself otherwise). */
function afterOwner(tokens: Doc['tokens'], i: number): number {
  let k = i;
  while (k < i + 3 && tokens[k]?.kind === 'word' && tokens[k]!.cap) k++;
  return k > i && tokens[k]?.kind === 'possessive' ? k + 1 : i;
}

/** Names the article gives with a legal form somewhere ("Harlow Freight Corp"), so "Harlow Freight said" is no person. */
function companyNames(doc: Doc): string[] {
  const out: string[] = [];
  forEachRun(doc, capitalisedRun, (from, run) => {
    let i = from;
    while (i < run && NOT_NAMES.has(doc.tokens[i]!.text)) i++;
    const name = doc.tokens.slice(i, run).map((t) => t.text);
    const base = withoutLegalForm(name.join(' ')).split(' ');
    if (base.length < name.length) out.push(nameWordsOf(doc.tokens.slice(i, i + base.length)).join(' '));
  });
  return out;
}

/** A name the article introduces as an organisation, and where it stands. */
interface IntroducedName {
  name: string;
  from: number;
  to: number;
  sentence: number;
}

/**
 * Names described right after them as an organisation: "Corvane Hydro, the company building the dam",
 * "Tarn Mills, a textile group," (not "Ann Vo, the company's chief", where the noun owns a title).
 */
function appositiveOrganisations(doc: Doc): IntroducedName[] {
  const { tokens } = doc;
  const out: IntroducedName[] = [];
  forEachRun(doc, capitalisedRun, (from, run, _s, sentence) => {
    if (tokens[run]?.text !== ',' || !INDEFINITE_OR_DEFINITE.has(tokens[run + 1]?.lower ?? '')) return;
    for (let k = run + 2; k < run + 6; k++) {
      const t = tokens[k];
      if (!t || t.kind !== 'word') return;
      if (!ORGANIZATION_NOUNS.has(t.lower)) continue;
      const after = tokens[k + 1];
      // "a union leader", "the bank's chief": the noun qualifies a person. ("the company building" may be tagged NOUN.)
      if (after && (after.kind === 'possessive' || (after.pos === 'NOUN' && !/ing$/.test(after.lower))))
        return;
      let i = from;
      while (i < run && NOT_NAMES.has(tokens[i]!.text)) i++;
      if (i < run)
        out.push({ name: nameWordsOf(tokens.slice(i, run)).join(' '), from: i, to: run, sentence });
      return;
    }
  });
  return out;
}

/** "KB Borsk, the investment bank,": an introduced name no person's reading took is an organisation, wherever it recurs. */
export function introducedOrganisations(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  const names = new Set(
    appositiveOrganisations(doc)
      .filter((n) => !reg.claimed.has(n.from) && !reg.gazetteer.at(tokens, n.from, n.to))
      .map((n) => n.name),
  );
  if (names.size === 0) return;
  forEachRun(doc, capitalisedRun, (from, run, _s, sentence) => {
    let i = from;
    while (i < run && NOT_NAMES.has(tokens[i]!.text)) i++;
    const name = nameWordsOf(tokens.slice(i, run)).join(' ');
    if (names.has(name) && !reg.claimed.has(i))
      reg.addMention(reg.organisation(name), i, run, sentence, 'name');
  });
}

/**
 * Untitled names the article treats as a company: a stock ticker right after the name ("Castellan Steel
 * (NYSE: CSL)", "Brenn Mills <BRM>"), "which" after it ("Brenn Mills, which ..."), or a last word that
 * names an industry ("Castellan Steel") when "it" follows the name in its sentence ("Castellan Steel
 * said it ...") or the article speaks of "the company".
 */
function signalledCompanies(doc: Doc, candidates: PersonCandidate[]): string[] {
  const { tokens } = doc;
  const referred = tokens.some(
    (t, i) => COMPANY_REFERENCES.has(t.lower) && tokens[i - 1]?.lower === 'the' && !tokens[i + 1]?.cap,
  );
  const out: string[] = [];
  for (const c of candidates) {
    if (c.title) continue;
    const words = nameWordsOf(c.nameTokens);
    const industry = INDUSTRY_WORDS.has(words[words.length - 1] ?? '');
    const [, end] = doc.sentenceTokens[c.sentence] ?? [0, 0];
    const it = tokens.slice(c.to, end).some((t) => t.lower === 'it' || t.lower === 'its');
    const which = tokens[c.to]?.text === ',' && tokens[c.to + 1]?.lower === 'which';
    // "Chairman of Brenn Mills", "the board of Brenn Mills": a body's office or organ before "of".
    const organ = tokens[c.from - 1]?.lower === 'of' && organOrOffice(tokens[c.from - 2]);
    // "brokerage Tallis Marsh said": a trade noun before a speaking name says what it is.
    const trade =
      c.speaks && !tokens[c.from - 1]?.cap && BUSINESS_DESCRIPTORS.has(tokens[c.from - 1]?.lower ?? '');
    if (tickerAfter(tokens, c.to) || which || trade || organ || (industry && (it || referred)))
      out.push(words.join(' '));
  }
  return out;
}

function organOrOffice(t: Token | undefined): boolean {
  return !!t && (OFFICE_HOLDER_WORDS.has(t.text) || (!t.cap && ORGANIZATION_CONTEXT_NOUNS.has(t.lower)));
}

/** "(NYSE: CSL)", "(CSL.N)", "<CSL>": a stock ticker in brackets starting at token i. */
function tickerAfter(tokens: Token[], i: number): boolean {
  const open = tokens[i]?.text;
  if (open !== '(' && open !== '<') return false;
  const inside: string[] = [];
  for (let k = i + 1; k < i + 8 && tokens[k]; k++) {
    const t = tokens[k]!.text;
    if (t === ')' || t === '>') break;
    inside.push(t);
  }
  const text = inside.join('');
  return /^([A-Z]{2,8}:)?[A-Z]{1,6}(\.[A-Z]{1,2})?$/.test(text);
}

/** A name's key without its one-letter words: "Jane Q. Doe" and "Jane Doe" give "jane doe". */
function withoutInitials(name: string): string {
  return nameKey(name)
    .split(' ')
    .filter((w) => w.length > 1)
    .join(' ');
}

/** lone surnames of known people. */
export function loneSurnames(doc: Doc, reg: Registry, bySurname: Map<string, string>): void {
  const { actors, claimed, addMention } = reg;
  forEachToken(doc, (t, i, si) => {
    if (claimed.has(i) || t.kind !== 'word' || !t.cap) return;
    const key = bySurname.get(t.text);
    const person = key ? actors.get(key) : undefined;
    if (person) addMention(person, i, i + 1, si, 'surname');
  });
}

/** Label lines a speaker must head to be one ("Marek:" twice in an interview); one alone may be a caption. */
const MIN_LABEL_USES = 2;

/**
 * "Marek: We will not sign ...", "ANNA BERG (PRESENTER):": the speaker labels of an interview or a
 * transcript (sentences of their own, ingest/text/language.ts) name a person when the same person heads
 * two answers or more, by full name or surname; "Q:" and words that are never names are no speakers.
 * Transcripts print labels in capitals: "BERG" is the Anna Berg of the text.
 */
export function labelledSpeakers(doc: Doc, reg: Registry, bySurname: Map<string, string>): void {
  const { tokens } = doc;
  const labels = new Map<string, [number, number, number][]>();
  doc.sentenceTokens.forEach(([from, to], si) => {
    const nameEnd = labelNameEnd(tokens, from, to);
    if (nameEnd <= from || nameEnd - from > 3) return;
    const words = tokens.slice(from, nameEnd);
    const nameLike = (t: Token) => isNameWord(reg.gazetteer, t) && t.text.length > 1 && t.pos === 'PROPN';
    if (!words.every(nameLike)) return;
    const name = nameWordsOf(words).map(fromCapitals).join(' ');
    labels.set(name, [...(labels.get(name) ?? []), [from, nameEnd, si]]);
  });
  // Full names first, so that a surname label joins the person its full label named.
  const byWords = [...labels].sort(([a], [b]) => b.split(' ').length - a.split(' ').length);
  const people = new Map<string, { name: string; uses: [number, number, number][] }>();
  const surnames = new Map<string, string>();
  for (const [name, uses] of byWords) {
    const surname = name.split(' ').at(-1) ?? name;
    const key =
      bySurname.get(name) ?? surnames.get(name) ?? bySurname.get(surname) ?? 'person:' + nameKey(name);
    if (!surnames.has(surname)) surnames.set(surname, key);
    const person = people.get(key) ?? { name, uses: [] };
    person.uses.push(...uses);
    people.set(key, person);
  }
  for (const [key, { name, uses }] of people) {
    if (uses.length < MIN_LABEL_USES) continue;
    const person = reg.ensureActor(key, reg.actors.get(key)?.name ?? name, 'person');
    if (!bySurname.has(name)) bySurname.set(name, key);
    for (const [from, to, si] of uses) reg.addMention(person, from, to, si, 'name');
  }
}

/** "BERG" as the name is written in prose, "Berg"; a word not all in capitals stays as it is. */
function fromCapitals(word: string): string {
  if (word !== word.toUpperCase() || !/\p{L}{2}/u.test(word)) return word;
  return word.charAt(0) + word.slice(1).toLowerCase();
}
