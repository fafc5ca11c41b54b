// Corpus-level identity: which node each actor of each article lands on, from the set of articles alone.
// Spellings with one canonical key (names.ts) are one node. A short form (a surname alone, "Okafor Lind"
// after "Tomas Okafor Lind") or a known alias ("ILA" beside its organisation) joins the one longer name of
// the same kind it can stand for, and stays apart when there are several. Pure: the loader
// (ingest/load/identity.ts) runs it inside each article's transaction, over every article in the database.
import type { ActorKind } from '../../schema';
import { actorNodeId, byCodePoint, canonicalKey, isNameLike, looseKey, spellingRule } from './names';

/** One actor of one article, as the article stores it: its key, and the names it is written with. */
export interface ActorRef {
  articleId: string;
  kind: ActorKind;
  key: string;
  /** The names the extractor gave it (one, or more when two extracted actors share the key). */
  names: string[];
  /** Every other way the article writes it (mention texts, descriptions included). */
  aliases: string[];
}

/** An Actor node: its id, display name and aliases, and the keys that resolve to it. */
export interface ActorNode {
  id: string;
  kind: ActorKind;
  key: string;
  name: string;
  aliases: string[];
  keys: string[];
}

export type MergeRule = 'letters' | 'title' | 'transliteration' | 'short form' | 'alias';

/** A spelling or key that joined a node, and why. */
export interface Merge {
  kind: ActorKind;
  id: string;
  name: string;
  spelling: string;
  rule: MergeRule;
  articles: string[];
}

/** Names left on separate nodes although they look alike, and why. */
export interface NearMiss {
  kind: ActorKind;
  names: string[];
  ids: string[];
  reason: string;
}

export interface Resolution {
  /** The node id an actor of this kind and key lands on. */
  nodeOf(kind: ActorKind, key: string): string;
  /** Every node, by id. */
  nodes: Map<string, ActorNode>;
  merges: Merge[];
  /** Node ids of short forms that could stand for several nodes, and those nodes. */
  ambiguous: Map<string, string[]>;
}

interface KeyInfo {
  /** Each name of the key and the articles that use it. */
  names: Map<string, Set<string>>;
  aliases: Set<string>;
}

/** Resolves a corpus: the result depends on the set of refs only, never on their order. */
export function resolve(refs: ActorRef[]): Resolution {
  const byKind = new Map<ActorKind, Map<string, KeyInfo>>();
  for (const ref of refs) {
    const keys = byKind.get(ref.kind) ?? new Map<string, KeyInfo>();
    byKind.set(ref.kind, keys);
    const info = keys.get(ref.key) ?? { names: new Map(), aliases: new Set() };
    keys.set(ref.key, info);
    for (const name of ref.names) {
      const articles = info.names.get(name) ?? new Set<string>();
      articles.add(ref.articleId);
      info.names.set(name, articles);
    }
    for (const alias of ref.aliases) info.aliases.add(alias);
  }
  const targets = new Map<string, string>();
  const result: Resolution = {
    nodeOf: (kind, key) => actorNodeId(kind, targets.get(`${kind}|${key}`) ?? key),
    nodes: new Map(),
    merges: [],
    ambiguous: new Map(),
  };
  for (const kind of [...byKind.keys()].sort()) {
    const keys = byKind.get(kind) ?? new Map<string, KeyInfo>();
    const { target, ambiguous, via } = targetsOf(kind, keys);
    for (const [key, t] of target) targets.set(`${kind}|${key}`, t);
    addNodes(result, kind, keys, target, via);
    for (const [key, candidates] of ambiguous) {
      result.ambiguous.set(
        actorNodeId(kind, key),
        candidates.map((c) => actorNodeId(kind, c)),
      );
    }
  }
  result.nodes = new Map([...result.nodes].sort(([a], [b]) => byCodePoint(a, b)));
  return result;
}

/** Longer keys a key can stand for: the names it ends (persons), and the names it is an alias of. */
function longerForms(kind: ActorKind, keys: Map<string, KeyInfo>): Map<string, Map<string, MergeRule>> {
  const longer = new Map<string, Map<string, MergeRule>>();
  const add = (short: string, long: string, rule: MergeRule) => {
    if (short === long || !keys.has(short) || short.length >= long.length) return;
    const forms = longer.get(short) ?? new Map<string, MergeRule>();
    longer.set(short, forms);
    if (!forms.has(long)) forms.set(long, rule);
  };
  for (const [key, info] of keys) {
    if (kind === 'person') {
      const words = key.split(' ');
      for (let i = 1; i < words.length; i++) add(words.slice(i).join(' '), key, 'short form');
    }
    for (const alias of info.aliases) if (isNameLike(alias)) add(canonicalKey(kind, alias), key, 'alias');
  }
  return longer;
}

/**
 * The target key of every key, longest keys first (a short form is always shorter than what it stands
 * for, so its candidates are settled before it): its own, or the one target all its longer forms share.
 */
function targetsOf(kind: ActorKind, keys: Map<string, KeyInfo>) {
  const longer = longerForms(kind, keys);
  const target = new Map<string, string>();
  const via = new Map<string, MergeRule>();
  const ambiguous = new Map<string, string[]>();
  const order = [...keys.keys()].sort((a, b) => b.length - a.length || byCodePoint(a, b));
  for (const key of order) {
    const forms = longer.get(key);
    const candidates = new Set([...(forms?.keys() ?? [])].map((f) => target.get(f) ?? f));
    if (candidates.size === 1) {
      const [only] = candidates;
      target.set(key, only ?? key);
      const rules = [...(forms?.values() ?? [])];
      via.set(key, rules.includes('short form') ? 'short form' : 'alias');
    } else {
      target.set(key, key);
      if (candidates.size > 1) ambiguous.set(key, [...candidates].sort(byCodePoint));
    }
  }
  return { target, ambiguous, via };
}

/**
 * One node per target key. Its name is the spelling of its own key that most articles use (ties: the
 * least by code point); its aliases are every other name and alias of the keys that resolve to it,
 * shortest first, then by code point.
 */
function addNodes(
  result: Resolution,
  kind: ActorKind,
  keys: Map<string, KeyInfo>,
  target: Map<string, string>,
  via: Map<string, MergeRule>,
): void {
  const members = new Map<string, string[]>();
  for (const [key, t] of target) members.set(t, [...(members.get(t) ?? []), key]);
  for (const [t, memberKeys] of members) {
    const own = [...(keys.get(t)?.names ?? new Map<string, Set<string>>())];
    own.sort(([a, x], [b, y]) => y.size - x.size || byCodePoint(a, b));
    const name = own[0]?.[0] ?? t;
    const id = actorNodeId(kind, t);
    const aliases = new Set<string>();
    for (const key of memberKeys) {
      const info = keys.get(key);
      for (const [spelling, articles] of info?.names ?? []) {
        aliases.add(spelling);
        if (spelling === name) continue;
        const rule = key === t ? spellingRule(kind, spelling, name) : (via.get(key) ?? 'alias');
        result.merges.push({ kind, id, name, spelling, rule, articles: [...articles].sort(byCodePoint) });
      }
      for (const alias of info?.aliases ?? []) aliases.add(alias);
    }
    aliases.delete(name);
    const sortedAliases = [...aliases].sort((a, b) => a.length - b.length || byCodePoint(a, b));
    const sortedKeys = memberKeys.sort(byCodePoint);
    result.nodes.set(id, { id, kind, key: t, name, aliases: sortedAliases, keys: sortedKeys });
  }
}

/**
 * Near-misses among the nodes (for the report; the load never needs them): a short form that could stand
 * for several names; people with one surname and different first names; names whose spellings differ
 * only by rules not applied. Bucketed by surname and by loose key, so it stays linear in the nodes.
 */
export function nearMisses(resolution: Resolution): NearMiss[] {
  const out: NearMiss[] = [];
  const nodes = [...resolution.nodes.values()];
  for (const node of nodes) {
    const candidates = resolution.ambiguous.get(node.id);
    if (!candidates) continue;
    const others = candidates.map((id) => resolution.nodes.get(id)?.name ?? id);
    out.push({
      kind: node.kind,
      names: [node.name, ...others],
      ids: [node.id, ...candidates],
      reason: `"${node.name}" could stand for ${candidates.length} different names, so it stays apart`,
    });
  }
  const buckets = new Map<string, ActorNode[]>();
  const put = (bucket: string, node: ActorNode) =>
    buckets.set(bucket, [...(buckets.get(bucket) ?? []), node]);
  for (const node of nodes) {
    const words = node.key.split(' ');
    if (node.kind === 'person' && words.length > 1) put(`surname|${words.at(-1) ?? ''}`, node);
    put(`loose|${node.kind}|${looseKey(node.key)}`, node);
  }
  const seen = new Set<string>();
  for (const [bucket, members] of buckets) {
    const reason = bucket.startsWith('surname|')
      ? 'same surname, different first names'
      : 'spellings differ only by letters the name rules do not fold (ph/f, ck/k, w/v, kh/h, -i/-y)';
    members.forEach((a, i) => {
      for (const b of members.slice(i + 1)) {
        const pair = `${a.id}|${b.id}`;
        if (seen.has(pair) || resolution.ambiguous.get(a.id)?.includes(b.id)) continue;
        seen.add(pair);
        out.push({ kind: a.kind, names: [a.name, b.name], ids: [a.id, b.id], reason });
      }
    });
  }
  return out;
}
