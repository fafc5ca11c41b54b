// Unnamed groups that act as a side: "exporters voted to strike", "buyer delegates said", "member states
// agreed", "talks between lenders and the ministry". A group is made only where
// it is a clause's subject or a named party of talks, so a passing "countries" or "buyers" stays out.
import type { Token } from '../../text/language';
import type { Doc } from '../document';
import { MODIFIED_GROUP_HEADS, PARTNER_PREPOSITIONS, PARTY_GROUP_HEADS, SAME_SIDE_STEMS } from '../lexicon';
import type { Registry } from './registry';
import { forEachToken } from './runs';
import { nameKey, type ActorDraft } from './types';

/** "buyer delegates", "member states": a party's singular form used as a modifier. */
const PARTY_MODIFIERS = new Set([...PARTY_GROUP_HEADS].map((h) => h.replace(/s$/, '')));
const ACTING_TAGS = new Set(['VERB', 'AUX']);
const COORDINATORS = new Set(['and', 'or']);

/** A group's noun phrase: its modifier's token range (when any) and its head. */
interface GroupPhrase {
  from: number;
  head: number;
  /** The word that names the group: the modifier when there is one ("lending"), else the head. */
  keyWord: string;
}

/** unnamed groups acting as a side; see the module comment. */
export function actingGroups(doc: Doc, reg: Registry): void {
  const { tokens } = doc;
  const { claimed, ensureActor, addMention } = reg;
  forEachToken(doc, (t, i, si) => {
    // Capitalised only where it opens a sentence or a quotation ("Exporters voted ...").
    if (claimed.has(i) || (t.cap && tokens[i - 1]?.kind === 'word')) return;
    const phrase = groupPhraseAt(tokens, i);
    if (!phrase || claimed.has(phrase.from)) return;
    // "the employers' offer": members owning something speak through the body named by them, if any.
    const owning = tokens[i + 1]?.kind === 'possessive' && !!bodyOfMembers(reg, phrase.keyWord);
    if (!owning && !actsAsSide(tokens, phrase.from, i)) return;
    const add = (keyWord: string, from: number, to: number, name: string) => {
      // "the employers" after "the Bank Employers' Federation": the body named by its members.
      const body = bodyOfMembers(reg, keyWord);
      if (body) addMention(body, from, to, si, 'description');
      else addMention(ensureActor(`group:${groupStem(keyWord)}`, name, 'group'), from, to, si, 'group');
    };
    const text = (a: number, b: number) => doc.text.slice(tokens[a]!.start, tokens[b - 1]!.end);
    add(phrase.keyWord, phrase.from, i + 1, capitalised(text(phrase.from, i + 1)));
    // "importing and exporting countries": a participle coordinated before the modifier shares its head.
    const shared = sharedModifier(tokens, phrase);
    if (shared >= 0 && !claimed.has(shared))
      add(tokens[shared]!.lower, shared, shared + 1, capitalised(`${tokens[shared]!.text} ${t.lower}`));
  });
}

/** Token index of a participle joined by "and"/"or" to the phrase's modifier ("importing and exporting"), or -1. */
function sharedModifier(tokens: Token[], phrase: GroupPhrase): number {
  if (phrase.from === phrase.head || !COORDINATORS.has(tokens[phrase.from - 1]?.lower ?? '')) return -1;
  const m = tokens[phrase.from - 2];
  return m && m.kind === 'word' && /ing$/.test(m.lower) && m.lower !== phrase.keyWord ? phrase.from - 2 : -1;
}

/** The group phrase whose head is token i, or null: a party's plural, with or without a modifier. */
function groupPhraseAt(tokens: Token[], i: number): GroupPhrase | null {
  const t = tokens[i]!;
  const bare = PARTY_GROUP_HEADS.has(t.lower);
  if (!bare && !MODIFIED_GROUP_HEADS.has(t.lower)) return null;
  const mod = modifierEndingAt(tokens, i);
  if (mod) return { from: mod.from, head: i, keyWord: mod.word };
  return bare ? { from: i, head: i, keyWord: t.lower } : null;
}

/** A modifier just before token i: a participle ("lending", "rice-growing") or a party noun ("member"). */
function modifierEndingAt(tokens: Token[], i: number): { from: number; word: string } | null {
  const m = tokens[i - 1];
  // Capitalised only where it opens a sentence or a quotation ("Buyer delegates said").
  if (!m || m.kind !== 'word' || (m.cap && tokens[i - 2]?.kind === 'word')) return null;
  const participle = /ing$/.test(m.lower) && (m.pos === 'VERB' || m.pos === 'ADJ' || m.pos === 'NOUN');
  if (!participle && !PARTY_MODIFIERS.has(m.lower)) return null;
  // "rice-growing nations": a noun hyphened to the participle belongs to it.
  const hyphen = tokens[i - 2];
  const from =
    hyphen?.text === '-' && !m.spaced && !hyphen.spaced && tokens[i - 3]?.kind === 'word' ? i - 3 : i - 1;
  return { from, word: m.lower };
}

/** The phrase [from, head] is a clause's subject ("exporters voted") or a party after "between", "with". */
function actsAsSide(tokens: Token[], from: number, head: number): boolean {
  let before = from - 1;
  if (tokens[before]?.pos === 'DET') before--;
  const prev = tokens[before];
  if (prev && PARTNER_PREPOSITIONS.has(prev.lower)) return true;
  const next = tokens[head + 1];
  if (!next || !(ACTING_TAGS.has(next.pos) || coordinatedSubject(tokens, head + 1))) return false;
  // "the cost to producers is": after a preposition other than "of" ("a majority of producers") it is no subject.
  return !prev || prev.pos !== 'ADP' || prev.lower === 'of';
}

/** "consumers and a group of producers proposed": "and" at k opens a second subject of a verb soon after. */
function coordinatedSubject(tokens: Token[], k: number): boolean {
  if (!COORDINATORS.has(tokens[k]?.lower ?? '')) return false;
  for (let j = k + 1; j < k + 9; j++) {
    const t = tokens[j];
    if (!t || t.kind === 'punct') return false;
    if (ACTING_TAGS.has(t.pos)) return true;
  }
  return false;
}

/** The organisation whose name holds the group's word ("employers" in "Bank Employers' Federation"), if one. */
export function bodyOfMembers(reg: Registry, keyWord: string): ActorDraft | undefined {
  const stem = groupStem(keyWord);
  for (const actor of reg.actors.values()) {
    if (actor.kind !== 'organization') continue;
    if (
      nameKey(actor.name)
        .split(' ')
        .some((w) => w.length > stem.length && groupStem(w) === stem)
    )
      return actor;
  }
  return undefined;
}

/** One key for the forms of a party's name: "lenders", "lender", "lending" → "lend"; "exporters" → "produc". */
function groupStem(word: string): string {
  const last = word.split('-').pop() ?? word;
  const stem = last.replace(/(ers|er|ing|s)$/, '');
  return SAME_SIDE_STEMS.get(stem) ?? stem;
}

function capitalised(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
