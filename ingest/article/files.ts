// Turns the paths given to the ingest into the list of article files to read: a file stays itself, a folder
// becomes every `.txt` and `.md` file below it, in a stable sorted order. What cannot be listed is reported
// in one line each and never stops the listing: an unreadable folder is a failure (the run exits non-zero),
// a symbolic link loop or a folder without articles is a warning. A path that is not a folder is listed as
// a file whatever it is: the reader gives it its own refusal ("no such file", "not a regular file").
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** The file names a folder walk takes as articles (an explicitly named file is read whatever its name). */
export const ARTICLE_EXTENSIONS = ['.txt', '.md'] as const;

export interface ListProblem {
  path: string;
  message: string;
}

export interface ArticleList {
  /** Files to read, in order, each once (by its real path). */
  files: string[];
  /** Folders that could not be read: the run fails for them. */
  failures: ListProblem[];
  /** Things skipped that the user should know about. */
  warnings: ListProblem[];
}

interface Walk extends ArticleList {
  /** Real paths of the files already listed, so a file reached twice is read once. */
  seenFiles: Set<string>;
  /** Real paths of the folders already walked, so a folder reached twice is walked once. */
  seenDirs: Set<string>;
}

export function isArticleName(name: string): boolean {
  const lower = name.toLowerCase();
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext) && lower.length > ext.length);
}

/** Code-point order, the same on every machine and locale. */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function errorCode(err: unknown): string {
  return typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
}

function pathProblem(err: unknown): string {
  const code = errorCode(err);
  if (code === 'ENOENT') return 'no such folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'symbolic link loop';
  return `cannot read it (${err instanceof Error ? err.message : String(err)})`;
}

/** Lists the article files of `paths` (files and folders, in the order given). */
export async function listArticleFiles(paths: readonly string[]): Promise<ArticleList> {
  const walk: Walk = { files: [], failures: [], warnings: [], seenFiles: new Set(), seenDirs: new Set() };
  for (const path of paths) {
    let isDir = false;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch {
      // Not statable: the reader gives the file its own one-line refusal ("no such file", ...).
    }
    if (!isDir) {
      await addFile(walk, path);
      continue;
    }
    // A folder inside one given before is listed already: nothing to add, nothing to warn about.
    if (walk.seenDirs.has(await realpath(path).catch(() => path))) continue;
    const before = walk.files.length + walk.failures.length;
    const counts = { others: 0 };
    await walkFolder(walk, path, [], counts);
    if (walk.files.length + walk.failures.length === before)
      walk.warnings.push(noArticles(path, counts.others));
  }
  return { files: walk.files, failures: walk.failures, warnings: walk.warnings };
}

function noArticles(path: string, others: number): ListProblem {
  if (others === 0) return { path, message: 'no articles here: the folder holds no .txt or .md file' };
  const files = `${others} other file${others === 1 ? '' : 's'}`;
  return { path, message: `no articles here: ${files} skipped (articles are .txt or .md files)` };
}

/** Adds one file, unless the same file (by real path) is already listed. */
async function addFile(walk: Walk, path: string): Promise<void> {
  const real = await realpath(path).catch(() => path);
  if (walk.seenFiles.has(real)) return;
  walk.seenFiles.add(real);
  walk.files.push(path);
}

/**
 * Walks one folder depth first, entries in code-point order. `ancestors` holds the real paths of the
 * folders above, so a link back to one of them is a loop; a folder reached again another way is skipped
 * quietly (its files are listed already). Hidden entries (".git", ".DS_Store") are not articles.
 */
async function walkFolder(walk: Walk, dir: string, ancestors: string[], counts: { others: number }) {
  let real: string;
  let names: string[];
  try {
    real = await realpath(dir);
    if (ancestors.includes(real)) {
      walk.warnings.push({
        path: dir,
        message: 'symbolic link loop (it leads back to a folder above), skipped',
      });
      return;
    }
    if (walk.seenDirs.has(real)) return;
    walk.seenDirs.add(real);
    names = (await readdir(dir)).sort(byCodePoint);
  } catch (err) {
    walk.failures.push({ path: dir, message: `cannot read the folder: ${pathProblem(err)}` });
    return;
  }
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    let isDir: boolean;
    try {
      isDir = (await stat(path)).isDirectory();
    } catch (err) {
      // A link that loops is skipped; a broken one named like an article is listed, and the reader
      // refuses it in its turn, so every article of the run has its place in the count.
      if (errorCode(err) === 'ELOOP') walk.warnings.push({ path, message: 'symbolic link loop, skipped' });
      else if (isArticleName(name)) walk.files.push(path);
      else counts.others++;
      continue;
    }
    if (isDir) await walkFolder(walk, path, [...ancestors, real], counts);
    else if (isArticleName(name)) await addFile(walk, path);
    else counts.others++;
  }
}
