// Bodies named by their members and then by their own name: "the growers' association, Terra Verde".
// Every mention of that body by its members ("the growers association", "the Oakvale growers' group")
// then stands for the named organisation, and the members' word is no group of its own.
import type { Token } from '../../text/language';
import type { Doc } from '../document';
import { BODY_HEADS, NOT_NAMES } from '../lexicon';
import type { Registry } from './registry';
import { capitalisedRun, forEachToken } from './runs';
import type { ActorDraft } from './types';

/** A members' noun before a body's head word: "growers' association", "growers association". */
interface BodyPhrase {
  members: number;
  head: number;
  sentence: number;
}

/** named bodies of members; see the module comment. */
export function namedMemberBodies(doc: Doc, reg: Registry): void {
  const phrases: BodyPhrase[] = [];
  forEachToken(doc, (t, i, si) => {
    const members = bodyMembersBefore(doc.tokens, i);
    if (members !== null && !reg.claimed.has(i)) phrases.push({ members, head: i, sentence: si });
  });
  const named = new Map<string, ActorDraft>();
  for (const p of phrases) {
    const body = nameApposedTo(doc, reg, p);
    const key = doc.tokens[p.members]!.lemma;
    if (body && !named.has(key)) named.set(key, body);
  }
  for (const p of phrases) {
    const body = named.get(doc.tokens[p.members]!.lemma);
    if (!body || reg.claimed.has(p.members)) continue;
    const from = doc.tokens[p.members - 1]?.lower === 'the' ? p.members - 1 : p.members;
    reg.addMention(body, from, p.head + 1, p.sentence, 'description');
  }
}

/** For a body's head word at i: the index of its members' plural noun before it, or null. */
function bodyMembersBefore(tokens: Token[], i: number): number | null {
  const t = tokens[i]!;
  if (t.cap || !BODY_HEADS.has(t.lower)) return null;
  const k = tokens[i - 1]?.kind === 'possessive' ? i - 2 : i - 1;
  const members = tokens[k];
  if (!members || members.pos !== 'NOUN' || members.cap || members.lemma === members.lower) return null;
  return k;
}

/** "the growers' association, Terra Verde": the organisation the name right after the comma gives. */
function nameApposedTo(doc: Doc, reg: Registry, p: BodyPhrase): ActorDraft | null {
  const { tokens } = doc;
  if (tokens[p.head - 1]?.kind !== 'possessive' || tokens[p.head + 1]?.text !== ',') return null;
  const from = p.head + 2;
  const [, to] = doc.sentenceTokens[p.sentence] ?? [0, 0];
  const end = capitalisedRun(tokens, from, to);
  if (end === from || NOT_NAMES.has(tokens[from]!.text)) return null;
  const known = reg.mentions.find((m) => m.from === from && m.to === end);
  const actor = known ? reg.actors.get(known.actor) : undefined;
  if (actor && actor.kind !== 'organization' && actor.kind !== 'group') return null;
  if (reg.claimed.has(from) && !actor) return null;
  const body = actor ?? reg.organisation(doc.text.slice(tokens[from]!.start, tokens[end - 1]!.end));
  reg.addMention(body, from, end, p.sentence, 'name');
  return body;
}
