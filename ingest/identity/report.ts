// The identity report (`npm run ingest -- --report FILE`): one JSON object per line, first every merge
// (a spelling that joined a node, and the rule that joined it), then every near-miss (names that look
// alike but stay on separate nodes, and why). Pure; the lines come out in one order for one corpus.
import type { EventGrouping } from './events';
import { byCodePoint } from './names';
import { nearMisses, type Resolution } from './resolve';

/** What each rule of a merge means, in the report's words. */
const RULES = {
  letters: 'same name up to case, accents or punctuation',
  title: 'same name once titles and honorifics are dropped',
  transliteration: 'same name up to a transliterated ending (-iy/-yy/-ii → -y, -iya/-ya → -ia, -yev → -ev)',
  'short form': 'ends the one longer name of this kind in the corpus (a surname alone)',
  alias: 'a name-like alias of exactly one actor of this kind in the corpus',
} as const;

/** Actor lines, then meeting and proposal merges (a member joining a group's node) and near-misses. */
export function reportLines(resolution: Resolution, events?: EventGrouping): string[] {
  return [...actorLines(resolution), ...(events ? eventLines(events) : [])];
}

function eventLines(events: EventGrouping): string[] {
  const merges = events.clusters.flatMap((c) =>
    c.joins.map(({ member, reason }) =>
      JSON.stringify({
        decision: 'merged',
        kind: c.kind,
        id: c.id,
        name: c.members[0]?.label ?? c.id,
        member: member.id,
        label: member.label,
        reason,
        articles: [...new Set(c.members.map((m) => m.articleId))].sort(byCodePoint),
      }),
    ),
  );
  const apart = events.nearMisses.map((m) =>
    JSON.stringify({
      decision: 'apart',
      kind: m.kind,
      names: m.labels,
      ids: m.ids,
      articles: m.articles,
      reason: m.reason,
    }),
  );
  return [...merges, ...apart];
}

function actorLines(resolution: Resolution): string[] {
  const merges = [...resolution.merges]
    .sort((a, b) => byCodePoint(a.id, b.id) || byCodePoint(a.spelling, b.spelling))
    .map((m) =>
      JSON.stringify({
        decision: 'merged',
        kind: m.kind,
        id: m.id,
        name: m.name,
        spelling: m.spelling,
        rule: m.rule,
        reason: RULES[m.rule],
        articles: m.articles,
      }),
    );
  const apart = nearMisses(resolution)
    .map((m) =>
      JSON.stringify({ decision: 'apart', kind: m.kind, names: m.names, ids: m.ids, reason: m.reason }),
    )
    .sort(byCodePoint);
  return [...merges, ...apart];
}
