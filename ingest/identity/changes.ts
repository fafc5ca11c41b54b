// What loading one article changes in the corpus's identities: the corpus is resolved before (every stored
// article, this one's earlier version included) and after (this one's new actors instead), and the
// difference says which nodes to write, which to remove, and which other articles' actors move to another
// node (a surname alone that became, or stopped being, unambiguous). Pure; ingest/load/identity.ts runs it.
import type { ActorKind } from '../../schema';
import { actorNodeId } from './names';
import { resolve, type ActorNode, type ActorRef, type Resolution } from './resolve';

export interface IdentityChanges {
  after: Resolution;
  /** The node each of this article's actors (by its id in the load plan) lands on. */
  targetOf: Map<string, string>;
  /** Nodes new or changed (name, aliases) that are not this article's own targets. */
  changedNodes: ActorNode[];
  /** Node ids of the earlier resolution that the new one no longer has. */
  removedNodes: string[];
  /** Other articles whose actors now land on another node: article id → plan id → node id. */
  relinked: Map<string, Map<string, string>>;
}

/** Compares the corpus without and with this article's actors (`others` excludes its stored version). */
export function identityChanges(
  articleId: string,
  actors: ActorRef[],
  others: ActorRef[],
  previous: ActorRef[],
): IdentityChanges {
  const before = resolve([...others, ...previous]);
  const after = resolve([...others, ...actors]);
  const planId = (kind: ActorKind, key: string) => actorNodeId(kind, key);
  const targetOf = new Map(actors.map((a) => [planId(a.kind, a.key), after.nodeOf(a.kind, a.key)]));
  const own = new Set(targetOf.values());
  const changedNodes = [...after.nodes.values()].filter((node) => {
    if (own.has(node.id)) return false;
    const old = before.nodes.get(node.id);
    return !old || old.name !== node.name || old.aliases.join('\u0000') !== node.aliases.join('\u0000');
  });
  const removedNodes = [...before.nodes.keys()].filter((id) => !after.nodes.has(id));
  const relinked = new Map<string, Map<string, string>>();
  for (const ref of others) {
    if (ref.articleId === articleId) continue;
    const was = before.nodeOf(ref.kind, ref.key);
    const now = after.nodeOf(ref.kind, ref.key);
    if (was === now) continue;
    const moves = relinked.get(ref.articleId) ?? new Map<string, string>();
    relinked.set(ref.articleId, moves);
    moves.set(planId(ref.kind, ref.key), now);
  }
  return { after, targetOf, changedNodes, removedNodes, relinked };
}

/** Every actor of a relinked article needs its node, not only the moved ones: the map for all of them. */
export function nodesOfArticle(refs: ActorRef[], after: Resolution): Map<string, string> {
  return new Map(refs.map((r) => [actorNodeId(r.kind, r.key), after.nodeOf(r.kind, r.key)]));
}
