// Pure helpers of the query workbench: parameter forms to query parameters, the browser's library and
// history (validated when read back, since storage can hold anything), and table cell text.
import { z } from 'zod';
import { SavedQuerySchema, type SavedQueryParam, type SavedQueryParamType } from '../../../../schema';
import type { GraphJson, JsonValue } from '../../../shared/api';
import { nodeTitle } from '../appearance/utils';
import type { HistoryEntry, LocalQuery } from './types';

export const LIBRARY_KEY = 'news-graph-explorer.queries';
export const HISTORY_KEY = 'news-graph-explorer.history';
export const HISTORY_LIMIT = 50;

/** A saved query's form values: text for every input, a boolean for checkboxes. */
export type FormValues = Record<string, string | boolean>;

export function initialFormValues(params: readonly SavedQueryParam[]): FormValues {
  const values: FormValues = {};
  for (const param of params) {
    values[param.name] =
      param.type === 'boolean' ? param.default === true : param.default === null ? '' : String(param.default);
  }
  return values;
}

export type FormParams =
  { ok: true; params: Record<string, JsonValue> } | { ok: false; errors: Record<string, string> };

/** Checks and converts form values by each parameter's type. */
export function formToParams(params: readonly SavedQueryParam[], values: FormValues): FormParams {
  const out: Record<string, JsonValue> = {};
  const errors: Record<string, string> = {};
  for (const param of params) {
    const raw = values[param.name];
    if (param.type === 'boolean') {
      out[param.name] = raw === true;
      continue;
    }
    const text = typeof raw === 'string' ? raw.trim() : '';
    if (text === '' && param.type !== 'string') {
      errors[param.name] = 'Required';
      continue;
    }
    if (param.type === 'string') {
      if (text === '' && param.default === null) errors[param.name] = 'Required';
      else out[param.name] = typeof raw === 'string' ? raw : '';
    } else if (param.type === 'date') {
      if (/^\d{4}-\d{2}-\d{2}$/.test(text)) out[param.name] = text;
      else errors[param.name] = 'A date, YYYY-MM-DD';
    } else {
      const value = Number(text);
      if (!Number.isFinite(value)) errors[param.name] = 'A number';
      else if (param.type === 'integer' && !Number.isSafeInteger(value))
        errors[param.name] = 'A whole number';
      else out[param.name] = value;
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, params: out };
}

/** An ad hoc parameter typed as text: JSON when it reads as JSON (10, true, null, "x", [1], {"a": 1}),
 * otherwise the text itself. */
export function adhocParamValue(text: string): JsonValue {
  const trimmed = text.trim();
  if (/^(-?\d|true$|false$|null$|"|\[|\{)/.test(trimmed)) {
    try {
      return JSON.parse(trimmed) as JsonValue;
    } catch {
      // Not JSON after all: a string.
    }
  }
  return text;
}

/** The header type that fits a value, for "save as" of an ad hoc query. */
export function paramTypeOf(value: JsonValue): SavedQueryParamType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isSafeInteger(value) ? 'integer' : 'float';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return 'date';
  return 'string';
}

/** The header parameters of an ad hoc query, its current values becoming the defaults. */
export function paramsForSaving(names: readonly string[], values: Record<string, string>): SavedQueryParam[] {
  return names.map((name) => {
    const text = values[name] ?? '';
    if (text.trim() === '') return { name, type: 'string', default: null };
    const value = adhocParamValue(text);
    const type = paramTypeOf(value);
    const fits = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
    return { name, type, default: fits ? value : JSON.stringify(value) };
  });
}

const LocalQuerySchema = z.intersection(
  SavedQuerySchema,
  z.object({ id: z.string().min(1), savedAt: z.string() }),
);
const HistorySchema = z.array(
  z.object({ cypher: z.string(), params: z.record(z.string(), z.unknown()), at: z.string() }),
);

function readJson(storage: Storage | null, key: string): unknown {
  try {
    const text = storage?.getItem(key);
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}

function writeJson(storage: Storage | null, key: string, value: unknown): void {
  try {
    storage?.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or refused: the library lasts for this page only.
  }
}

/** The queries saved in this browser; entries that no longer validate are dropped. */
export function readLibrary(storage: Storage | null): LocalQuery[] {
  const value = readJson(storage, LIBRARY_KEY);
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const parsed = LocalQuerySchema.safeParse(item);
    return parsed.success ? [parsed.data as LocalQuery] : [];
  });
}

export function writeLibrary(storage: Storage | null, queries: readonly LocalQuery[]): void {
  writeJson(storage, LIBRARY_KEY, queries);
}

export function readHistory(storage: Storage | null): HistoryEntry[] {
  const parsed = HistorySchema.safeParse(readJson(storage, HISTORY_KEY));
  return parsed.success ? (parsed.data as HistoryEntry[]) : [];
}

export function writeHistory(storage: Storage | null, history: readonly HistoryEntry[]): void {
  writeJson(storage, HISTORY_KEY, history);
}

/** The history with `entry` first; an identical earlier run moves up instead of repeating. */
export function withHistoryEntry(history: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  const key = (e: HistoryEntry) => `${e.cypher.trim()}\n${JSON.stringify(e.params)}`;
  return [entry, ...history.filter((e) => key(e) !== key(entry))].slice(0, HISTORY_LIMIT);
}

/** A table cell as text: entity references by their captions, lists joined, maps as JSON. */
export function cellText(value: JsonValue, graph: GraphJson): string {
  if (value === null) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map((item) => cellText(item, graph)).join(', ');
  const ref = value.$ref;
  if (ref === 'node' && typeof value.elementId === 'string') return nodeCaption(graph, value.elementId);
  if (ref === 'relationship' && typeof value.elementId === 'string') {
    const rel = graph.relationships.find((r) => r.elementId === value.elementId);
    return rel ? `:${rel.type}` : 'relationship';
  }
  if (ref === 'path' && Array.isArray(value.nodes) && Array.isArray(value.relationships)) {
    const ids = value.nodes.filter((id): id is string => typeof id === 'string');
    const first = ids[0];
    const last = ids.at(-1);
    const hops = value.relationships.length;
    return first && last
      ? `${nodeCaption(graph, first)} → ${nodeCaption(graph, last)} (${hops} ${hops === 1 ? 'hop' : 'hops'})`
      : 'path';
  }
  return JSON.stringify(value);
}

function nodeCaption(graph: GraphJson, elementId: string): string {
  const node = graph.nodes.find((n) => n.elementId === elementId);
  return node ? nodeTitle(node) : 'node';
}

/** The node a cell refers to, for selecting it on the canvas. */
export function cellNode(value: JsonValue): string | null {
  if (value && typeof value === 'object' && !Array.isArray(value) && value.$ref === 'node') {
    return typeof value.elementId === 'string' ? value.elementId : null;
  }
  return null;
}

/** Simple case- and accent-insensitive search over a query's name and description. */
export function matchesSearch(query: { name: string; description: string }, search: string): boolean {
  const fold = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  const haystack = fold(`${query.name} ${query.description}`);
  return fold(search)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
