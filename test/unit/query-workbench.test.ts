// The query workbench's pure helpers: typed parameter forms, ad hoc parameter values, parameters for
// "save as", the history, the browser library read back from storage, and table cell text.
import { describe, expect, it } from 'vitest';
import type { GraphJson } from '../../frontend/shared/api';
import {
  adhocParamValue,
  cellText,
  formToParams,
  initialFormValues,
  matchesSearch,
  paramsForSaving,
  readLibrary,
  withHistoryEntry,
  writeLibrary,
  LIBRARY_KEY,
} from '../../frontend/src/core/queries/utils';
import type { SavedQueryParam } from '../../schema';

const PARAMS: SavedQueryParam[] = [
  { name: 'actor', type: 'string', default: 'Volodymyr Zelenskiy' },
  { name: 'limit', type: 'integer', default: 10 },
  { name: 'ratio', type: 'float', default: null },
  { name: 'held', type: 'boolean', default: true },
  { name: 'since', type: 'date', default: '2025-02-01' },
];

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

describe('parameter forms', () => {
  it('start from the defaults and convert by type', () => {
    const values = initialFormValues(PARAMS);
    expect(values).toEqual({
      actor: 'Volodymyr Zelenskiy',
      limit: '10',
      ratio: '',
      held: true,
      since: '2025-02-01',
    });
    expect(formToParams(PARAMS, { ...values, ratio: '0.5', limit: '3' })).toEqual({
      ok: true,
      params: { actor: 'Volodymyr Zelenskiy', limit: 3, ratio: 0.5, held: true, since: '2025-02-01' },
    });
  });

  it('say which inputs are wrong', () => {
    expect(
      formToParams(PARAMS, { actor: '', limit: '2.5', ratio: '', held: false, since: '21 Feb' }),
    ).toEqual({
      ok: false,
      errors: { limit: 'A whole number', ratio: 'Required', since: 'A date, YYYY-MM-DD' },
    });
    const required: SavedQueryParam[] = [{ name: 'who', type: 'string', default: null }];
    expect(formToParams(required, { who: '  ' })).toEqual({ ok: false, errors: { who: 'Required' } });
  });
});

describe('ad hoc parameters', () => {
  it('read JSON when the text is JSON, else the text', () => {
    expect(adhocParamValue('10')).toBe(10);
    expect(adhocParamValue('true')).toBe(true);
    expect(adhocParamValue('[1, "a"]')).toEqual([1, 'a']);
    expect(adhocParamValue('"quoted"')).toBe('quoted');
    expect(adhocParamValue('Zelenskiy')).toBe('Zelenskiy');
    expect(adhocParamValue('10 Downing Street')).toBe('10 Downing Street');
    expect(adhocParamValue('{oops')).toBe('{oops');
  });

  it('become typed header parameters for "save as"', () => {
    expect(
      paramsForSaving(['who', 'n', 'x', 'on', 'day', 'ids', 'blank'], {
        who: 'Kellogg',
        n: '5',
        x: '0.25',
        on: 'false',
        day: '2025-02-20',
        ids: '[1, 2]',
        blank: '',
      }),
    ).toEqual([
      { name: 'who', type: 'string', default: 'Kellogg' },
      { name: 'n', type: 'integer', default: 5 },
      { name: 'x', type: 'float', default: 0.25 },
      { name: 'on', type: 'boolean', default: false },
      { name: 'day', type: 'date', default: '2025-02-20' },
      { name: 'ids', type: 'string', default: '[1,2]' },
      { name: 'blank', type: 'string', default: null },
    ]);
  });
});

describe('history and library', () => {
  it('keeps the newest run first, once', () => {
    const a = { cypher: 'RETURN 1', params: {}, at: '1' };
    const b = { cypher: 'RETURN 2', params: {}, at: '2' };
    const again = { cypher: 'RETURN 1 ', params: {}, at: '3' };
    expect(withHistoryEntry(withHistoryEntry(withHistoryEntry([], a), b), again)).toEqual([again, b]);
  });

  it('reads back what it wrote, and drops entries that no longer validate', () => {
    const storage = new MemoryStorage();
    const query = {
      id: 'local-1',
      savedAt: '2026-01-01T00:00:00.000Z',
      name: 'Mine',
      description: '',
      params: [{ name: 'n', type: 'integer' as const, default: 1 }],
      cypher: 'RETURN $n',
    };
    writeLibrary(storage, [query]);
    expect(readLibrary(storage)).toEqual([query]);
    storage.setItem(LIBRARY_KEY, JSON.stringify([query, { name: '' }, 42]));
    expect(readLibrary(storage)).toEqual([query]);
    storage.setItem(LIBRARY_KEY, '{not json');
    expect(readLibrary(storage)).toEqual([]);
    expect(readLibrary(null)).toEqual([]);
  });
});

describe('table cells', () => {
  const graph: GraphJson = {
    nodes: [
      { elementId: 'n1', labels: ['Actor', 'Person'], properties: { name: 'Volodymyr Zelenskiy' } },
      { elementId: 'n2', labels: ['Proposal'], properties: { label: 'Initial US offer' } },
    ],
    relationships: [
      { elementId: 'r1', type: 'HOLDS', startNodeElementId: 'n1', endNodeElementId: 'n2', properties: {} },
    ],
  };

  it('show references by caption and values as they are', () => {
    expect(cellText({ $ref: 'node', elementId: 'n1' }, graph)).toBe('Volodymyr Zelenskiy');
    expect(cellText({ $ref: 'relationship', elementId: 'r1' }, graph)).toBe(':HOLDS');
    expect(cellText({ $ref: 'path', nodes: ['n1', 'n2'], relationships: ['r1'] }, graph)).toBe(
      'Volodymyr Zelenskiy → Initial US offer (1 hop)',
    );
    expect(cellText(['a', 2, null], graph)).toBe('a, 2, —');
    expect(cellText({ x: 1 }, graph)).toBe('{"x":1}');
  });

  it('search ignores case and accents', () => {
    const query = { name: 'Who opposes what', description: 'Every stance of polarity oppose' };
    expect(matchesSearch(query, 'OPPOSE stance')).toBe(true);
    expect(matchesSearch({ name: 'Zelenskiy’s café', description: '' }, 'cafe')).toBe(true);
    expect(matchesSearch(query, 'support')).toBe(false);
  });
});
