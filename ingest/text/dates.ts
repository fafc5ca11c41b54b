// Calendar helpers: parsing the date forms news uses, and resolving relative weekday mentions
// ("on Thursday", "last week") against the article's date.
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** "March", "October": a month's name (which news also uses as a place's or person's name rarely). */
export function isMonthName(word: string): boolean {
  return MONTHS.includes(word.toLowerCase());
}

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS.findIndex((m) => m === w || (w.length >= 3 && m.startsWith(w)));
}

function iso(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/**
 * Parses "2025-02-21", "Friday, 21 February 2025", "February 21, 2025", "21 Feb 2025" and the like.
 * Returns YYYY-MM-DD or null when the string is not a date on its own.
 */
export function parseLooseDate(input: string): string | null {
  const s = input.trim().replace(/^(sun|mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?)[a-z]*\.?,?\s+/i, '');
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  m = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+\.?),?\s+(\d{4})$/.exec(s);
  if (m && monthIndex(m[2] ?? '') >= 0) return iso(Number(m[3]), monthIndex(m[2] ?? ''), Number(m[1]));
  m = /^([A-Za-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(s);
  if (m && monthIndex(m[1] ?? '') >= 0) return iso(Number(m[3]), monthIndex(m[1] ?? ''), Number(m[2]));
  return null;
}

/**
 * The most recent date on or before `articleDate` that falls on `weekday` (news says "on Thursday" of
 * the past week; a same-day weekday means today).
 */
export function resolveWeekday(articleDate: string, weekday: string): string | null {
  const target = WEEKDAYS.indexOf(weekday.toLowerCase());
  if (target < 0) return null;
  const d = new Date(`${articleDate}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return null;
  const back = (d.getUTCDay() - target + 7) % 7;
  d.setUTCDate(d.getUTCDate() - back);
  return d.toISOString().slice(0, 10);
}

/** Shifts an ISO date by whole days. */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The first date after `articleDate` that falls on `weekday` ("will meet on Tuesday"). */
export function nextWeekday(articleDate: string, weekday: string): string | null {
  const last = resolveWeekday(articleDate, weekday);
  return last ? addDays(last, 7) : null;
}
