// Reads and writes the saved-query file format of README.md ("Saved queries and the Cypher editor"): a header of `//` lines, then the Cypher.
//
//   // name: Who opposes what
//   // description: Every stance of polarity oppose, with its holder and target
//   // param: actor string "Volodymyr Zelenskiy"
//   MATCH …
//
// A param line is NAME TYPE [DEFAULT] [HINT]: TYPE is one of SavedQueryParamTypes; DEFAULT is a JSON
// literal ("text", 10, 2.5, true, null), or for string and date parameters also bare text; anything after a
// literal default is a hint shown beside the input. Other `//` lines in the header are comments. Pure: the
// server reads cypher/queries/*.cypher with it, the browser imports and exports files with it.
import { parameterNames } from './cypherLexer';
import type { JsonValue } from './api';
import {
  SavedQueryParamTypes,
  SavedQuerySchema,
  type SavedQuery,
  type SavedQueryParam,
  type SavedQueryParamType,
} from '../../schema';

export type SavedQueryParse = { ok: true; query: SavedQuery } | { ok: false; error: string };

const HEADER_LINE = /^\s*(?:\/\/(.*))?$/;
const KEY_LINE = /^\s*(name|description|param)\s*:\s*(.*?)\s*$/i;
const PARAM_LINE = /^([A-Za-z_][A-Za-z0-9_]*)\s+([A-Za-z]+)(?:\s+(.*))?$/;
const JSON_STRING = /^"(?:[^"\\]|\\.)*"/;

/** Parses a `.cypher` file's text; errors name the line. */
export function parseSavedQuery(text: string): SavedQueryParse {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  let name: string | null = null;
  const description: string[] = [];
  const params: SavedQueryParam[] = [];
  let bodyStart = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const header = HEADER_LINE.exec(lines[i]!);
    if (!header) {
      bodyStart = i;
      break;
    }
    const key = KEY_LINE.exec(header[1] ?? '');
    if (!key) continue;
    const value = key[2] ?? '';
    const where = `line ${i + 1}`;
    switch (key[1]!.toLowerCase()) {
      case 'name':
        if (name !== null) return { ok: false, error: `${where}: a second \`// name:\` line` };
        name = value;
        break;
      case 'description':
        description.push(value);
        break;
      default: {
        const param = parseParam(value);
        if (typeof param === 'string') return { ok: false, error: `${where}: ${param}` };
        params.push(param);
      }
    }
  }
  if (name === null) return { ok: false, error: 'line 1: the header has no `// name:` line' };
  const cypher = lines.slice(bodyStart).join('\n').trim();
  const parsed = SavedQuerySchema.safeParse({ name, description: description.join(' '), params, cypher });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.join('.') ?? '';
    const label = path === 'cypher' ? 'the query' : path === 'name' ? '`// name:`' : path;
    return { ok: false, error: `${label}: ${issue?.message ?? 'invalid'}` };
  }
  const declared = new Set(params.map((p) => p.name));
  const missing = parameterNames(cypher).filter((p) => !declared.has(p));
  if (missing.length > 0) {
    return {
      ok: false,
      error: `the query uses ${missing.map((p) => `$${p}`).join(', ')}, which no \`// param:\` line declares`,
    };
  }
  return { ok: true, query: parsed.data };
}

function parseParam(text: string): SavedQueryParam | string {
  const match = PARAM_LINE.exec(text);
  if (!match) return 'a param line is `// param: NAME TYPE [DEFAULT]`';
  const name = match[1]!;
  const type = match[2]!.toLowerCase() as SavedQueryParamType;
  if (!SavedQueryParamTypes.includes(type)) {
    return `unknown parameter type "${match[2]}" (one of ${SavedQueryParamTypes.join(', ')})`;
  }
  const rest = (match[3] ?? '').trim();
  let value: string | number | boolean | null = null;
  let hint = '';
  if (rest.startsWith('"')) {
    const literal = JSON_STRING.exec(rest)?.[0];
    if (!literal) return `the default of ${name} is an unterminated string`;
    value = JSON.parse(literal) as string;
    hint = rest.slice(literal.length);
  } else if (rest !== '') {
    const [first = '', ...others] = rest.split(/\s+/);
    if (first === 'null') {
      value = null;
      hint = others.join(' ');
    } else if (type === 'string') {
      value = rest;
    } else if (type === 'date') {
      value = first;
      hint = others.join(' ');
    } else if (type === 'boolean') {
      if (first !== 'true' && first !== 'false') return `the default of ${name} is not true or false`;
      value = first === 'true';
      hint = others.join(' ');
    } else {
      value = Number(first);
      if (first === '' || !Number.isFinite(value)) return `the default of ${name} is not a number`;
      hint = others.join(' ');
    }
  }
  const param: SavedQueryParam = { name, type, default: value };
  hint = hint
    .trim()
    .replace(/^\((.*)\)$/, '$1')
    .trim();
  if (hint) param.hint = hint;
  return param;
}

/** The file text for `query`; parseSavedQuery(formatSavedQuery(q)) gives q back. */
export function formatSavedQuery(query: SavedQuery): string {
  const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
  const lines = [`// name: ${oneLine(query.name)}`];
  if (query.description.trim()) lines.push(`// description: ${oneLine(query.description)}`);
  for (const param of query.params) {
    const value = param.default === null ? 'null' : JSON.stringify(param.default);
    lines.push(
      `// param: ${param.name} ${param.type} ${value}${param.hint ? ` (${oneLine(param.hint)})` : ''}`,
    );
  }
  return `${lines.join('\n')}\n${query.cypher.trim()}\n`;
}

/** The parameters' defaults as query parameters (params without a default are left out). */
export function defaultParams(query: Pick<SavedQuery, 'params'>): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const param of query.params) if (param.default !== null) out[param.name] = param.default;
  return out;
}

/** A file name for a query: its name in lower case, words joined by dashes. */
export function savedQueryFileName(name: string): string {
  const stem = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${stem || 'query'}.cypher`;
}
