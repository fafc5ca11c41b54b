// The article files of a test folder, in the sorted order the ingest itself takes a folder in.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every `.txt` file directly in `dir`, sorted by name, as paths under it. */
export function articlesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(dir, f));
}
