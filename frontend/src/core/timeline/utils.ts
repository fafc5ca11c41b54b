// Pure timeline helpers: reading the events query's rows, days as numbers, a linear date scale, bins
// for drawing many events at once, and the brush turned into a range of days.
import type { JsonValue } from '../../../shared/api';
import { EVENT_KINDS, type DateRange, type EventKind, type TimelineEvent } from './types';

const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Labels are shown as text; a longer one is cut so that one value cannot swamp the page. */
const LABEL_MAX = 200;

/** Days since 1970-01-01 of a YYYY-MM-DD string, or null when it is not a real calendar day. */
export function dayNumber(iso: string): number | null {
  if (!ISO_DAY.test(iso)) return null;
  const ms = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(ms)) return null;
  const n = Math.round(ms / DAY_MS);
  return isoDay(n) === iso ? n : null;
}

/** dayNumber with a memory: events share few distinct days, and parsing each one again is the cost of
 * reading many events. */
export function dayNumbers(): (iso: string) => number | null {
  const seen = new Map<string, number | null>();
  return (iso) => {
    let n = seen.get(iso);
    if (n === undefined) {
      n = dayNumber(iso);
      seen.set(iso, n);
    }
    return n;
  };
}

/** YYYY-MM-DD of a day number. */
export function isoDay(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** Events from the rows of TIMELINE_EVENTS (columns id, kind, day, label); rows of any other shape,
 * or with a day that is no calendar day, are left out. */
export function eventsFromRows(columns: readonly string[], rows: readonly JsonValue[][]): TimelineEvent[] {
  const at = (name: string) => columns.indexOf(name);
  const [id, kind, day, label] = [at('id'), at('kind'), at('day'), at('label')];
  const out: TimelineEvent[] = [];
  for (const row of rows) {
    const e = { id: row[id], kind: row[kind], day: row[day], label: row[label] };
    if (typeof e.id !== 'string' || typeof e.day !== 'string' || dayNumber(e.day) === null) continue;
    if (!EVENT_KINDS.includes(e.kind as EventKind)) continue;
    const text = typeof e.label === 'string' ? e.label : '';
    out.push({ id: e.id, kind: e.kind as EventKind, day: e.day, label: text.slice(0, LABEL_MAX) });
  }
  return out;
}

/** A linear map between day numbers and pixels across [0, width]. */
export interface DayScale {
  first: number;
  last: number;
  width: number;
  x(day: number): number;
  /** The day at pixel x, rounded and kept inside [first, last]. */
  dayAt(x: number): number;
}

/** The scale over the events' days, one day wider on each side so that no mark sits on the edge. */
export function dayScale(events: readonly TimelineEvent[], width: number): DayScale | null {
  let min = Infinity;
  let max = -Infinity;
  const day = dayNumbers();
  for (const e of events) {
    const n = day(e.day);
    if (n === null) continue;
    if (n < min) min = n;
    if (n > max) max = n;
  }
  if (min === Infinity || width <= 0) return null;
  const first = min - 1;
  const last = max + 1;
  const perDay = width / (last - first);
  return {
    first,
    last,
    width,
    x: (day) => (day - first) * perDay,
    dayAt: (x) => Math.min(last, Math.max(first, Math.round(first + x / perDay))),
  };
}

/** Events gathered into columns of pixels: the page draws one mark per kind per column, however many
 * events there are. */
export interface Bin {
  x: number;
  from: string;
  to: string;
  counts: Record<EventKind, number>;
  total: number;
}

export function binEvents(events: readonly TimelineEvent[], scale: DayScale, binWidth: number): Bin[] {
  const size = Math.max(1, binWidth);
  const bins = new Map<number, { first: number; last: number; counts: Record<EventKind, number> }>();
  const day = dayNumbers();
  for (const e of events) {
    const n = day(e.day);
    if (n === null) continue;
    const column = Math.floor(scale.x(n) / size);
    let bin = bins.get(column);
    if (!bin) {
      bin = { first: n, last: n, counts: { article: 0, meeting: 0, stance: 0 } };
      bins.set(column, bin);
    }
    bin.counts[e.kind]++;
    bin.first = Math.min(bin.first, n);
    bin.last = Math.max(bin.last, n);
  }
  return [...bins.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([column, b]) => ({
      x: column * size + size / 2,
      from: isoDay(b.first),
      to: isoDay(b.last),
      counts: b.counts,
      total: b.counts.article + b.counts.meeting + b.counts.stance,
    }));
}

/** The whole days between two pixels of a drag, in either direction. */
export function brushRange(scale: DayScale, x0: number, x1: number): DateRange {
  const a = scale.dayAt(Math.min(x0, x1));
  const b = scale.dayAt(Math.max(x0, x1));
  return { from: isoDay(a), to: isoDay(b) };
}

export function inRange(day: string, range: DateRange): boolean {
  return day >= range.from && day <= range.to;
}

/** "3 Sep 2025" (UTC, so the day never shifts with the viewer's time zone). */
export function formatDay(iso: string): string {
  const n = dayNumber(iso);
  if (n === null) return iso;
  return new Date(n * DAY_MS).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

export function formatRange(range: DateRange): string {
  return range.from === range.to
    ? formatDay(range.from)
    : `${formatDay(range.from)} – ${formatDay(range.to)}`;
}
