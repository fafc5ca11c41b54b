// The article reader on small hand-written articles: both input forms the README gives ("Other commands"), dates, Markdown,
// CRLF and BOM, and every kind of input it must refuse with a one-line BadInputError.
import { describe, expect, it } from 'vitest';
import {
  BadInputError,
  MAX_ARTICLE_BYTES,
  articleId,
  decodeArticleBytes,
  parseArticle,
} from '../../ingest/article/read';

const encode = (s: string) => new TextEncoder().encode(s);
const read = (s: string, fallback = 'fallback') => parseArticle(decodeArticleBytes(encode(s)), fallback);

const PLAIN = `Harbour Council Agrees Ferry Timetable

Monday, 3 March 2025

The mayor of Port Alden said on Monday that the council backed the new ferry timetable.

Fishermen opposed the early departures, their association said.
`;

const HEADER = `Title: Two Towns Sign Water Pact
Date: 2024-11-05
Source: Valley Post
URL: https://example.org/water-pact

The mayors of Elm and Birch signed a pact on shared reservoirs.
`;

describe('plain form: title line, date line, body', () => {
  it('reads the title, the date and the body', () => {
    const a = read(PLAIN);
    expect(a.title).toBe('Harbour Council Agrees Ferry Timetable');
    expect(a.date).toBe('2025-03-03');
    expect(a.text.startsWith('The mayor of Port Alden')).toBe(true);
    expect(a.text.endsWith('their association said.')).toBe(true);
    expect(a.url).toBeNull();
  });

  it.each([
    ['2025-03-03', '2025-03-03'],
    ['March 3, 2025', '2025-03-03'],
    ['3 Mar 2025', '2025-03-03'],
    ['Monday, 3 March 2025', '2025-03-03'],
    ['*March 3, 2025*', '2025-03-03'],
  ])('reads the date line %j', (line, iso) => {
    expect(read(`A Title\n${line}\n\nBody text here.`).date).toBe(iso);
  });

  it('keeps a first body line that is not a date as body', () => {
    const a = read('A Title\n\nThe council met on Monday.\nIt agreed.');
    expect(a.date).toBeNull();
    expect(a.text).toBe('The council met on Monday.\nIt agreed.');
  });

  it('refuses an impossible calendar date as a date line', () => {
    expect(read('A Title\n31 February 2025\n\nBody.').date).toBeNull();
  });

  it('strips the Markdown heading marks from the title', () => {
    const a = read('## Ferry Strike Called Off\n\n*March 4, 2025*\n\nThe union called off the strike.');
    expect(a.title).toBe('Ferry Strike Called Off');
    expect(a.date).toBe('2025-03-04');
    expect(a.text).toBe('The union called off the strike.');
  });

  it('takes the source from a closing credit line', () => {
    expect(read(`${PLAIN}\n(Coastal Wire, March 3, 2025)\n`).source).toBe('Coastal Wire');
  });
});

describe('header form: Title:, Date:, Source:, URL:, blank line, body', () => {
  it('reads every header field and the body', () => {
    expect(read(HEADER)).toEqual({
      id: articleId(
        'Two Towns Sign Water Pact',
        'The mayors of Elm and Birch signed a pact on shared reservoirs.',
      ),
      title: 'Two Towns Sign Water Pact',
      date: '2024-11-05',
      source: 'Valley Post',
      url: 'https://example.org/water-pact',
      text: 'The mayors of Elm and Birch signed a pact on shared reservoirs.',
    });
  });

  it('leaves an unreadable date and missing fields null', () => {
    const a = read('Title: Short Note\nDate: sometime soon\n\nA body line.');
    expect(a).toMatchObject({
      title: 'Short Note',
      date: null,
      source: null,
      url: null,
      text: 'A body line.',
    });
  });
});

describe('line endings, BOM and ids', () => {
  it('reads CRLF files as LF text, so offsets index the same text on every platform', () => {
    const crlf = read(HEADER.replace(/\n/g, '\r\n'));
    expect(crlf).toEqual(read(HEADER));
    expect(crlf.text).not.toContain('\r');
  });

  it('drops a UTF-8 byte order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...encode(PLAIN)]);
    const a = parseArticle(decodeArticleBytes(bytes), 'x');
    expect(a.title).toBe('Harbour Council Agrees Ferry Timetable');
    expect(a).toEqual(read(PLAIN));
  });

  it('gives the same id to the same article whatever the file is called, and another to another', () => {
    expect(read(PLAIN, 'one.txt').id).toBe(read(PLAIN, 'two.txt').id);
    expect(read(PLAIN).id).not.toBe(read(HEADER).id);
    expect(read(PLAIN).id).toMatch(/^article-[0-9a-f]{16}$/);
  });

  it('keeps non-ASCII text intact (NFC)', () => {
    const a = read('Café Talks Resume\n\nThe delegates met at the café in Zürich.');
    expect(a.text).toBe('The delegates met at the café in Zürich.'.normalize('NFC'));
  });
});

describe('bad input', () => {
  const refuses = (bytes: Uint8Array, message: RegExp) => {
    let error: unknown;
    try {
      parseArticle(decodeArticleBytes(bytes), 'x');
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(BadInputError);
    const text = (error as Error).message;
    expect(text).toMatch(message);
    expect(text).not.toContain('\n');
  };

  it('refuses an empty file', () => refuses(new Uint8Array(), /^file is empty$/));
  it('refuses a file of only whitespace', () => refuses(encode(' \n\t\n'), /only whitespace/));
  it('refuses a binary file (NUL bytes)', () =>
    refuses(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]), /binary/));
  it('refuses a binary file (control characters)', () =>
    refuses(encode('ab\u0001\u0002\u0003\u0004cd'.repeat(20)), /binary/));
  it('refuses invalid UTF-8', () =>
    refuses(new Uint8Array([0x54, 0x69, 0x74, 0x6c, 0x65, 0xc3, 0x28]), /not valid UTF-8/));
  it('refuses Latin-1 text saved without UTF-8', () =>
    refuses(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a]), /UTF-8/));
  it('refuses a file over the size limit', () =>
    refuses(
      new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61),
      /^file is 129 KB; an article must be at most 128 KB of text$/,
    ));
  it('accepts a file just at the size limit', () => {
    const body = 'word '.repeat(MAX_ARTICLE_BYTES / 5 - 10);
    expect(() => decodeArticleBytes(encode(`Title\n\n${body}`))).not.toThrow();
  });
  it('refuses an HTML page', () =>
    refuses(
      encode('<!DOCTYPE html>\n<html><head><title>News</title></head><body><p>Text</p></body></html>'),
      /HTML page/,
    ));
  it('refuses an HTML fragment without a doctype', () =>
    refuses(encode('News\n<div><p>One</p><p>Two</p><a href="x">link</a></div>'), /HTML page/));
  it('refuses a title with no body', () => refuses(encode('Only A Title\n\n'), /no body text/));
});
