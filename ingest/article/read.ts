// Turns the bytes of an article file into an Article: refuses what is not a plain-text article, then
// reads either input form the README gives (title line + date line + body, or `Key: value` header lines).
import { createHash } from 'node:crypto';
import type { Article } from '../../schema';
import { parseLooseDate } from '../text/dates';

/**
 * News articles are a few kilobytes; anything far larger is not one. Each article loads in one write
 * transaction, within the database's memory cap per transaction (db/neo4j.conf): an article of this size
 * loads (test/integration/large-article.test.ts); one eight times larger goes over that cap.
 */
export const MAX_ARTICLE_BYTES = 128 * 1024;

/** An input the ingest refuses; its message is the one line the user sees. */
export class BadInputError extends Error {
  override name = 'BadInputError';
}

/** The one line that refuses a file of `bytes` bytes, over MAX_ARTICLE_BYTES. */
export function tooLargeMessage(bytes: number): string {
  const size =
    bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
  return `file is ${size}; an article must be at most ${MAX_ARTICLE_BYTES / 1024} KB of text`;
}

/** Decodes and checks the raw bytes; returns the text or throws BadInputError. */
export function decodeArticleBytes(bytes: Uint8Array): string {
  if (bytes.length > MAX_ARTICLE_BYTES) throw new BadInputError(tooLargeMessage(bytes.length));
  if (bytes.length === 0) throw new BadInputError('file is empty');
  if (bytes.includes(0))
    throw new BadInputError('file is binary (it contains NUL bytes), not a text article');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new BadInputError('file is not valid UTF-8 text');
  }
  if (text.trim() === '') throw new BadInputError('file holds only whitespace');
  let controls = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (
      (code < 32 && ch !== '\n' && ch !== '\r' && ch !== '\t' && ch !== '\f' && ch !== '\v') ||
      code === 127
    )
      controls++;
  }
  if (controls > 0 && controls / text.length > 0.001) {
    throw new BadInputError('file is binary (it contains control characters), not a text article');
  }
  if (looksLikeHtml(text)) {
    throw new BadInputError('file is an HTML page; save the article as plain text or Markdown first');
  }
  return text;
}

function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2000).trimStart().toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<?xml')) return true;
  // Bounded inside the tag: an unclosed "<p" must not be scanned to the end of the text from every "<".
  const tags = text.match(
    /<\/?(html|head|body|div|span|p|a|script|style|meta|link|table|li|ul)\b[^<>]{0,500}>/gi,
  );
  return (tags?.length ?? 0) >= 5;
}

/** Normalises line endings and Unicode form so every offset indexes one stable text. */
export function normaliseText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
}

const HEADER_LINE = /^([A-Za-z][A-Za-z -]{0,20}):[ \t]*(.*)$/;

/** Reads an article in either input form. `fallbackTitle` names it when the text has no title. */
export function parseArticle(raw: string, fallbackTitle: string): Article {
  const text = normaliseText(raw);
  const lines = text.split('\n');
  const fields = new Map<string, string>();
  let bodyStart: number;

  // Header form: `Key: value` lines up to the first blank line, one of them `Title:`.
  let i = 0;
  while (i < lines.length && HEADER_LINE.test(lines[i] ?? '')) {
    const m = HEADER_LINE.exec(lines[i] ?? '');
    if (m) fields.set((m[1] ?? '').trim().toLowerCase(), (m[2] ?? '').trim());
    i++;
  }
  const isHeaderForm = fields.has('title') && (i >= lines.length || (lines[i] ?? '').trim() === '');
  let title: string;
  let date: string | null = null;
  let source: string | null = null;
  let url: string | null = null;

  if (isHeaderForm) {
    title = fields.get('title') ?? '';
    date = parseLooseDate(fields.get('date') ?? '');
    source = fields.get('source') || null;
    url = fields.get('url') || null;
    bodyStart = i;
  } else {
    // Plain form: the first non-empty line is the title; a date line may follow it.
    let j = 0;
    while (j < lines.length && (lines[j] ?? '').trim() === '') j++;
    title = (lines[j] ?? '').trim().replace(/^#+\s*/, '');
    j++;
    while (j < lines.length && (lines[j] ?? '').trim() === '') j++;
    // Only a short line can be a date line (checked first: the pattern is slow on a huge line of marks).
    const dateLine = (lines[j] ?? '').trim();
    const maybeDate = dateLine.length <= 40 ? parseLooseDate(dateLine.replace(/^[*_]+|[*_]+$/g, '')) : null;
    if (maybeDate) {
      date = maybeDate;
      j++;
    }
    bodyStart = j;
  }

  const body = lines.slice(bodyStart).join('\n').trim();
  if (body === '') throw new BadInputError('article has a title but no body text');
  if (!source) source = creditLineSource(body);
  if (!title) title = fallbackTitle;
  return { id: articleId(title, body), title, date, source, url, text: body };
}

/** A closing credit line such as "(Reuters, March 3, 2025)" names the source. */
function creditLineSource(body: string): string | null {
  const m = /\n\(([A-Z][\w .&'-]{1,40}?),\s[^()\n]*\d{4}\)\s*(\n|$)/.exec(body);
  return m?.[1] ?? null;
}

/** Deterministic id: the same article ingested twice, from any file name, gets the same id. */
export function articleId(title: string, body: string): string {
  return 'article-' + createHash('sha256').update(`${title}\n${body}`).digest('hex').slice(0, 16);
}
