// Lookup tokens of actor keys, so that the loader can find the part of the corpus an article's actors can
// touch without reading the rest (ingest/load/identity.ts). Two keys that the corpus step
// (ingest/identity/resolve.ts) may join always share a token: a person key holds a token for each of its
// word endings ("amara okafor" → "amara okafor", "okafor"), every key holds its own key and the key of
// each name-like alias. Keys that share a token need not be joined; the step decides that. Pure (a bounded
// cache aside).
import { createHash } from 'node:crypto';
import type { ActorKind } from '../../schema';
import { canonicalKey, isNameLike } from './names';

/** What a token is computed from: one actor of one article. */
export interface TokenSource {
  kind: ActorKind;
  key: string;
  aliases: string[];
}

/**
 * The keys a key can meet through: its word endings (persons; "okafor lind", "lind" for "tomas okafor
 * lind"), itself, and the keys of its name-like aliases, each with its kind.
 */
function linkKeys({ kind, key, aliases }: TokenSource): string[] {
  const keys = new Set<string>([key]);
  if (kind === 'person') {
    const words = key.split(' ');
    for (let i = 1; i < words.length; i++) keys.add(words.slice(i).join(' '));
  }
  for (const alias of aliases) if (isNameLike(alias)) keys.add(canonicalKey(kind, alias));
  return [...keys].map((k) => `${kind}|${k}`);
}

/**
 * One token: a short hash of the kind and key, in lower-case hex, so it is one word for the full-text
 * index whatever letters the name has. A collision only makes a lookup read a few refs too many.
 */
export function lookupToken(kindAndKey: string): string {
  return createHash('sha256').update(kindAndKey).digest('hex').slice(0, 20);
}

/**
 * Tokens already worked out, by kind, key and aliases: a load asks for the tokens of every stored
 * spelling it reads, and the same few spellings come back with article after article. Emptied when
 * full, so its memory stays bounded.
 */
const known = new Map<string, readonly string[]>();
const KNOWN_MAX = 20_000;

/** The tokens of one actor of one article, sorted, without repeats. */
export function actorTokens(source: TokenSource): string[] {
  const id = JSON.stringify([source.kind, source.key, source.aliases]);
  let tokens = known.get(id);
  if (!tokens) {
    tokens = [...new Set(linkKeys(source).map(lookupToken))].sort();
    if (known.size >= KNOWN_MAX) known.clear();
    known.set(id, tokens);
  }
  return [...tokens];
}
