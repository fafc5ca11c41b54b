// An actor's stances over time, for its details panel: read through the read-only query API, grouped by
// target, each group in date order, so that a change of position shows at a glance.
import { runQuery } from '../api/client';
import type { JsonValue } from '../../../shared/api';
import { dayNumber } from './utils';

/** At most this many stances of one actor are read. */
export const STANCE_HISTORY_MAX = 500;

export const ACTOR_STANCES = `
MATCH (a:Actor) WHERE elementId(a) = $id
MATCH (a)-[:HOLDS]->(s:Stance)
OPTIONAL MATCH (s)-[:TOWARD]->(t)
OPTIONAL MATCH (s)-[:EVIDENCED_BY]->(:Quote)-[:IN]->(r:Article)
WITH s, t, min(r.date) AS reported
RETURN elementId(s) AS id, s.polarity AS polarity, coalesce(s.date, reported) AS day,
       s.summary AS summary, elementId(t) AS target, coalesce(t.name, t.label) AS targetName
ORDER BY day, id
LIMIT $max`;

export interface StanceEntry {
  id: string;
  polarity: string;
  /** YYYY-MM-DD, or null when neither the stance nor its articles have a date. */
  day: string | null;
  summary: string | null;
}

export interface StanceGroup {
  target: string;
  targetName: string;
  stances: StanceEntry[];
  /** Whether the actor's polarity toward this target changes along the way. */
  changed: boolean;
}

const text = (value: JsonValue | undefined): string | null => (typeof value === 'string' ? value : null);

/** Groups by target, targets in the order of their first stance; undated stances last in a group. */
export function groupStances(columns: readonly string[], rows: readonly JsonValue[][]): StanceGroup[] {
  const at = (name: string) => columns.indexOf(name);
  const groups = new Map<string, StanceGroup>();
  for (const row of rows) {
    const id = text(row[at('id')]);
    const target = text(row[at('target')]) ?? '';
    if (!id) continue;
    const day = text(row[at('day')]);
    const entry: StanceEntry = {
      id,
      polarity: text(row[at('polarity')]) ?? 'unknown',
      day: day !== null && dayNumber(day) !== null ? day : null,
      summary: text(row[at('summary')]),
    };
    let group = groups.get(target);
    if (!group) {
      group = {
        target,
        targetName: text(row[at('targetName')]) ?? 'Unknown target',
        stances: [],
        changed: false,
      };
      groups.set(target, group);
    }
    group.stances.push(entry);
  }
  const list = [...groups.values()];
  for (const g of list) {
    g.stances.sort((a, b) => (a.day ?? '9999').localeCompare(b.day ?? '9999') || a.id.localeCompare(b.id));
    g.changed = new Set(g.stances.map((s) => s.polarity)).size > 1;
  }
  const first = (g: StanceGroup) => g.stances[0]?.day ?? '9999';
  return list.sort((a, b) => first(a).localeCompare(first(b)) || a.targetName.localeCompare(b.targetName));
}

/** The actor's stances, grouped. */
export async function fetchStanceHistory(id: string, signal: AbortSignal): Promise<StanceGroup[]> {
  const answer = await runQuery(
    ACTOR_STANCES,
    { id, max: STANCE_HISTORY_MAX },
    { signal, rowCap: STANCE_HISTORY_MAX },
  );
  if (answer.error) throw new Error(answer.error.message);
  return groupStances(answer.columns, answer.rows);
}

/** The polarity as words, so it never rests on colour alone. */
export function polarityText(polarity: string): string {
  switch (polarity) {
    case 'support':
      return 'supports';
    case 'oppose':
      return 'opposes';
    case 'mixed':
      return 'mixed on';
    case 'neutral':
      return 'neutral on';
    default:
      return polarity;
  }
}
