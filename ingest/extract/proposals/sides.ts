// Who stands on which side of a proposal: a person counts with the country they belong to, and an
// adjective of a country ("Norlandic ports") names that country when the article has it as an actor.
import type { ActorIndex } from '../actors';
import { GAZETTEER } from '../actors/gazetteer';
import type { Clauses } from '../clauses';
import type { Doc } from '../document';
import type { ProposalDraft } from './drafts';

/** What the role and counter readers share about one article. */
export interface SideContext {
  doc: Doc;
  index: ActorIndex;
  clauses: Clauses;
  /** Token index by start offset. */
  tokenAt: Map<number, number>;
  /** Country actors by their name. */
  countryKey: Map<string, string>;
}

export function sideContext(doc: Doc, index: ActorIndex, clauses: Clauses): SideContext {
  const tokenAt = new Map(doc.tokens.map((t, i) => [t.start, i]));
  const countryKey = new Map<string, string>();
  for (const a of index.actors.values()) if (a.kind === 'country') countryKey.set(a.name, a.key);
  return { doc, index, clauses, tokenAt, countryKey };
}

/** The side an actor stands for: a person's country when the article has it, else the actor itself. */
export function sideOf(ctx: SideContext, key: string): string {
  const actor = ctx.index.actors.get(key);
  if (actor?.kind !== 'person' || !actor.affiliation) return key;
  return ctx.countryKey.get(actor.affiliation) ?? key;
}

/** The sides of a proposal's proposers. */
export function sidesOf(ctx: SideContext, d: ProposalDraft): Set<string> {
  return new Set([...d.proposers].map((p) => sideOf(ctx, p)));
}

/** The actor named at token k, as a side: a mention starting there, or a country's adjective. */
export function actorAt(
  ctx: SideContext,
  k: number,
): { key: string; to: number; possessive: boolean } | null {
  const mention = (ctx.index.mentionsFrom.get(k) ?? []).reduce<{
    actor: string;
    to: number;
    possessive: boolean;
  } | null>((best, m) => (!best || m.to > best.to ? m : best), null);
  if (mention) return { key: sideOf(ctx, mention.actor), to: mention.to, possessive: mention.possessive };
  const t = ctx.doc.tokens[k];
  if (!t?.cap || t.kind !== 'word') return null;
  const entry = GAZETTEER.get(t.text) ?? GAZETTEER.get(t.lower);
  if (entry?.type !== 'country' || entry.form !== 'demonym') return null;
  const key = ctx.countryKey.get(entry.name);
  return key ? { key, to: k + 1, possessive: false } : null;
}

/** Token range [from, to) of a span of the article, or null when it does not start on a token. */
export function tokenRange(ctx: SideContext, start: number, end: number): [number, number] | null {
  const from = ctx.tokenAt.get(start);
  if (from === undefined) return null;
  let to = from;
  while (to < ctx.doc.tokens.length && ctx.doc.tokens[to]!.end <= end) to++;
  return to > from ? [from, to] : null;
}
