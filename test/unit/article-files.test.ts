// listArticleFiles on real temporary folders: folders become their .txt and .md files in code-point order,
// depth first; hidden entries and other extensions are left out; a file reached twice is listed once; a
// link that loops, an empty folder and a folder without articles are warnings, never a crash.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isArticleName, listArticleFiles } from '../../ingest/article/files';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'article-files-'));
  const files = [
    'b.txt',
    'a.MD',
    'B-upper.txt',
    'z/2.md',
    'z/10.txt',
    'm/n/deep.txt',
    'm/skip.pdf',
    '.hidden.txt',
    'm/.git/x.txt',
  ];
  for (const f of files) {
    await mkdir(join(root, f, '..'), { recursive: true });
    await writeFile(join(root, f), 'x');
  }
  await mkdir(join(root, 'empty'));
  await symlink('..', join(root, 'm', 'n', 'back-up'));
  await symlink(join(root, 'b.txt'), join(root, 'z', 'same-as-b.txt'));
});

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('listArticleFiles', () => {
  it('lists a folder depth first in code-point order, without hidden files or other extensions', async () => {
    const list = await listArticleFiles([root]);
    expect(list.files.map((f) => f.slice(root.length + 1))).toEqual([
      'B-upper.txt',
      'a.MD',
      'b.txt',
      'm/n/deep.txt',
      'z/10.txt',
      'z/2.md',
    ]);
    expect(list.failures).toEqual([]);
    expect(list.warnings).toEqual([
      {
        path: join(root, 'm', 'n', 'back-up'),
        message: 'symbolic link loop (it leads back to a folder above), skipped',
      },
    ]);
  });

  it('keeps named files in the order given, each once, and says nothing of a folder listed already', async () => {
    const b = join(root, 'b.txt');
    const list = await listArticleFiles([join(root, 'z', '2.md'), b, join(root, 'z'), b, join(root, 'z')]);
    expect(list.files).toEqual([join(root, 'z', '2.md'), b, join(root, 'z', '10.txt')]);
    expect(list.warnings).toEqual([]);
  });

  it('warns about an empty folder and passes a missing path on for the reader to refuse', async () => {
    const missing = join(root, 'nope.txt');
    const list = await listArticleFiles([join(root, 'empty'), missing]);
    expect(list.files).toEqual([missing]);
    expect(list.warnings).toEqual([
      { path: join(root, 'empty'), message: 'no articles here: the folder holds no .txt or .md file' },
    ]);
  });

  it('takes .txt and .md names, in any case, and nothing else', () => {
    expect(['a.txt', 'b.MD', 'c.Txt'].every(isArticleName)).toBe(true);
    expect(['.txt', 'a.pdf', 'a.txt.bak', 'md'].some(isArticleName)).toBe(false);
  });
});
