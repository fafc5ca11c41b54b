// The saved-query header (README.md, "Saved queries and the Cypher editor"): parsing, the errors a person sees, and the round trip through the
// export format; every file of cypher/queries/ parses.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parameterNames } from '../../frontend/shared/cypherLexer';
import {
  defaultParams,
  formatSavedQuery,
  parseSavedQuery,
  savedQueryFileName,
} from '../../frontend/shared/savedQuery';

const QUERIES = fileURLToPath(new URL('../../cypher/queries', import.meta.url));

const EXAMPLE = `// name: Who opposes what
// description: Every stance of polarity oppose, with its holder and target
// param: actor string "Volodymyr Zelenskiy"      (optional; name, type, default)
MATCH (a:Actor)-[:HOLDS]->(s:Stance {polarity: 'oppose'})-[:TOWARD]->(t)
WHERE a.name = $actor
RETURN a, s, t
`;

function parsed(text: string) {
  const result = parseSavedQuery(text);
  if (!result.ok) throw new Error(result.error);
  return result.query;
}

function error(text: string): string {
  const result = parseSavedQuery(text);
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.error;
}

describe('parseSavedQuery', () => {
  it('reads the example header of the saved-query section of README.md', () => {
    const query = parsed(EXAMPLE);
    expect(query.name).toBe('Who opposes what');
    expect(query.description).toBe('Every stance of polarity oppose, with its holder and target');
    expect(query.params).toEqual([
      {
        name: 'actor',
        type: 'string',
        default: 'Volodymyr Zelenskiy',
        hint: 'optional; name, type, default',
      },
    ]);
    expect(query.cypher.startsWith('MATCH (a:Actor)')).toBe(true);
    expect(defaultParams(query)).toEqual({ actor: 'Volodymyr Zelenskiy' });
  });

  it('takes typed defaults, bare text for strings and dates, and no default', () => {
    const query = parsed(`// name: Typed
// some free comment
// param: n integer 10 how many
// param: ratio float 0.5
// param: held boolean false
// param: since date 2025-02-01
// param: who string Volodymyr Zelenskiy
// param: required string

RETURN $n, $ratio, $held, $since, $who, $required`);
    expect(query.params.map((p) => [p.name, p.type, p.default, p.hint])).toEqual([
      ['n', 'integer', 10, 'how many'],
      ['ratio', 'float', 0.5, undefined],
      ['held', 'boolean', false, undefined],
      ['since', 'date', '2025-02-01', undefined],
      ['who', 'string', 'Volodymyr Zelenskiy', undefined],
      ['required', 'string', null, undefined],
    ]);
    expect(query.description).toBe('');
    expect(defaultParams(query)).toEqual({
      n: 10,
      ratio: 0.5,
      held: false,
      since: '2025-02-01',
      who: 'Volodymyr Zelenskiy',
    });
  });

  it('explains what is wrong, with the line', () => {
    expect(error('MATCH (n) RETURN n')).toContain('no `// name:` line');
    expect(error('// name: A\n// name: B\nRETURN 1')).toMatch(/^line 2: a second/);
    expect(error('// name: A\n// param: n number 1\nRETURN $n')).toMatch(
      /^line 2: unknown parameter type "number"/,
    );
    expect(error('// name: A\n// param: n integer 1.5\nRETURN $n')).toContain('is not a integer');
    expect(error('// name: A\n// param: d date "21 Feb"\nRETURN $d')).toContain('is not a date');
    expect(error('// name: A\n// param: b boolean yes\nRETURN $b')).toContain('not true or false');
    expect(error('// name: A\n// param: x string "a\nRETURN $x')).toContain('unterminated');
    expect(error('// name: A\n// param: 1x string\nRETURN 1')).toContain('NAME TYPE');
    expect(error('// name: A\n// param: x string\n// param: x string\nRETURN $x')).toContain(
      'declared twice',
    );
    expect(error('// name: A\n')).toContain('the query');
    expect(error('// name: A\nMATCH (n) WHERE n.id = $id RETURN n')).toContain('$id');
  });

  it('does not mistake a $ inside a string or comment for a parameter', () => {
    const query = parsed("// name: Dollars\nRETURN '$5' AS price // $ignored\n/* $also */");
    expect(query.params).toEqual([]);
    expect(parameterNames("MATCH (n {id: $id}) WHERE n.x = $`odd name` RETURN '$no'")).toEqual([
      'id',
      'odd name',
    ]);
  });

  it('writes what it reads: format then parse gives the same query', () => {
    const query = parsed(`// name:   Spaced   name
// description: Two
// description: lines
// param: actor string "Zelenskiy \\"the\\" leader" (who)
// param: limit integer 5
// param: anything string null (must be given)
MATCH (a:Actor) WHERE a.name = $actor OR $anything = '' RETURN a LIMIT $limit`);
    expect(query.description).toBe('Two lines');
    const text = formatSavedQuery(query);
    expect(text).toMatch(/^\/\/ name: Spaced name\n\/\/ description: Two lines\n/);
    expect(text).toContain('// param: actor string "Zelenskiy \\"the\\" leader" (who)');
    expect(text).toContain('// param: anything string null (must be given)');
    expect(parsed(text)).toEqual({ ...query, name: 'Spaced name' });
  });

  it('names export files after the query', () => {
    expect(savedQueryFileName('Who opposes what?')).toBe('who-opposes-what.cypher');
    expect(savedQueryFileName('Zelenskiy’s quotes — “all”')).toBe('zelenskiy-s-quotes-all.cypher');
    expect(savedQueryFileName('***')).toBe('query.cypher');
  });
});

describe('cypher/queries', () => {
  it('holds at least 12 queries, each with a header that parses and a description', async () => {
    const files = (await readdir(QUERIES)).filter((f) => f.endsWith('.cypher'));
    expect(files.length).toBeGreaterThanOrEqual(12);
    const names = new Set<string>();
    for (const file of files) {
      const result = parseSavedQuery(await readFile(join(QUERIES, file), 'utf8'));
      expect(result.ok ? null : result.error, file).toBeNull();
      if (!result.ok) continue;
      expect(result.query.description.length, file).toBeGreaterThan(20);
      expect(names.has(result.query.name), `${file}: name used twice`).toBe(false);
      names.add(result.query.name);
      // Every declared parameter is used, and formatting the header keeps the query the same.
      expect(parameterNames(result.query.cypher).sort(), file).toEqual(
        result.query.params.map((p) => p.name).sort(),
      );
      expect(parseSavedQuery(formatSavedQuery(result.query))).toEqual({ ok: true, query: result.query });
    }
  });
});
