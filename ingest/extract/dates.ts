// Stance dates: when a stance was expressed. A day its evidence sentence names ("on Thursday",
// "yesterday", "on 3 March") resolved against the article's date (ingest/text/dates.ts), else the
// article's own date. Runs last in ingest/extract/index.ts, over the finished stances.
import type { Article, Span, Stance } from '../../schema';
import { addDays, parseLooseDate, resolveWeekday, WEEKDAYS } from '../text/dates';

/** How far a sentence is looked for around its evidence: keeps the pass linear on text without stops. */
const SENTENCE_REACH = 600;

/** A day named in a sentence, at its offset in the article. */
interface DateMention {
  start: number;
  end: number;
  date: string;
}

const WEEKDAY_NAMES = WEEKDAYS.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|');
const WEEKDAY = new RegExp(`\\b(?:(last|next|this)\\s+)?(${WEEKDAY_NAMES})\\b`, 'g');
const RELATIVE_DAY = /\b(yesterday|today|tonight)\b/gi;
const DAY_MONTH = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Z][a-z]{2,8}\.?)(?:,?\s+(\d{4}))?/g;
const MONTH_DAY = /\b([A-Z][a-z]{2,8}\.?)\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?/g;

/** The stances, each with its date; unchanged when the article has no date. */
export function dateStances(article: Article, stances: Stance[]): Stance[] {
  const articleDate = article.date;
  if (!articleDate) return stances;
  return stances.map((s) => ({ ...s, date: stanceDate(article.text, s.evidence, articleDate) }));
}

/** The day named nearest the first evidence span in its sentence, else the article's date. */
export function stanceDate(text: string, evidence: Span[], articleDate: string): string {
  const span = evidence[0];
  if (!span) return articleDate;
  const [from, to] = sentenceAround(text, span.start, span.end);
  let best: DateMention | null = null;
  let bestDistance = Infinity;
  for (const mention of datesIn(text.slice(from, to), from, articleDate)) {
    const distance = Math.max(0, span.start - mention.end, mention.start - span.end);
    if (distance < bestDistance) {
      best = mention;
      bestDistance = distance;
    }
  }
  return best?.date ?? articleDate;
}

/** [start, end) of the sentence holding the span: from after the last stop before it to the next one. */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  const floor = Math.max(0, start - SENTENCE_REACH);
  while (from > floor && !isStop(text, from - 1)) from--;
  while (from < start && /\s/.test(text[from]!)) from++;
  let to = end;
  const ceiling = Math.min(text.length, end + SENTENCE_REACH);
  while (to < ceiling && !isStop(text, to)) to++;
  return [from, Math.min(text.length, to + 1)];
}

/** A newline, or a full stop, question or exclamation mark followed by a space. */
function isStop(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\n') return true;
  return (c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? ' ');
}

/** Every day the sentence names that is not after the article's date (a later one is what is to come:
 * a vote, a deadline, not when the stance was taken). */
export function datesIn(sentence: string, offset: number, articleDate: string): DateMention[] {
  const out: DateMention[] = [];
  const add = (m: RegExpExecArray, date: string | null) => {
    if (date && date <= articleDate)
      out.push({ start: offset + m.index, end: offset + m.index + m[0].length, date });
  };
  for (const m of sentence.matchAll(WEEKDAY)) add(m, weekdayDate(articleDate, m[2]!, m[1]));
  for (const m of sentence.matchAll(RELATIVE_DAY)) {
    add(m, m[1]!.toLowerCase() === 'yesterday' ? addDays(articleDate, -1) : articleDate);
  }
  for (const m of sentence.matchAll(DAY_MONTH)) add(m, calendarDate(m[1]!, m[2]!, m[3], articleDate));
  for (const m of sentence.matchAll(MONTH_DAY)) add(m, calendarDate(m[2]!, m[1]!, m[3], articleDate));
  return out;
}

/** "on Thursday" is the last Thursday up to the article's day; "last Thursday" is before that day;
 * "next Thursday" is to come. */
function weekdayDate(articleDate: string, weekday: string, qualifier: string | undefined): string | null {
  const last = resolveWeekday(articleDate, weekday);
  if (!last || qualifier === 'next') return null;
  return qualifier === 'last' && last === articleDate ? addDays(last, -7) : last;
}

/** "3 March" or "March 3": a day of the year given, else of the article's year, or of the year before
 * when that day has not come yet at the article's date. */
function calendarDate(
  day: string,
  month: string,
  year: string | undefined,
  articleDate: string,
): string | null {
  if (year) return parseLooseDate(`${day} ${month} ${year}`);
  const articleYear = Number(articleDate.slice(0, 4));
  const sameYear = parseLooseDate(`${day} ${month} ${articleYear}`);
  if (!sameYear || sameYear <= articleDate) return sameYear;
  return parseLooseDate(`${day} ${month} ${articleYear - 1}`);
}
