// The saved queries of cypher/queries/*.cypher as GET /api/queries answers them: read from disk on each
// request (a dozen small files), so a new or edited file shows up without a restart.
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SavedQueriesResponse, SavedQueryEntry } from '../../shared/api';
import { parseSavedQuery } from '../../shared/savedQuery';

export const DEFAULT_QUERIES_DIR = fileURLToPath(new URL('../../../cypher/queries', import.meta.url));

/** Every `.cypher` file of `dir`, parsed; a file that does not parse is listed in `errors`, not dropped
 * silently. Queries come sorted by name. */
export async function loadSavedQueries(dir: string = DEFAULT_QUERIES_DIR): Promise<SavedQueriesResponse> {
  let files: string[];
  try {
    files = (await readdir(dir)).filter((f) => f.endsWith('.cypher')).sort();
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { queries: [], errors: [] };
    throw err;
  }
  const queries: SavedQueryEntry[] = [];
  const errors: SavedQueriesResponse['errors'] = [];
  for (const file of files) {
    const parsed = parseSavedQuery(await readFile(join(dir, file), 'utf8'));
    if (parsed.ok) queries.push({ id: basename(file, '.cypher'), file, ...parsed.query });
    else errors.push({ file, message: parsed.error });
  }
  queries.sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return { queries, errors };
}
