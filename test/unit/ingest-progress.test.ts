// The command's progress display on plain data: the line it draws for a position, and what it writes to
// a terminal (one line rewritten in place, cleared before any other output) and to anything else (nothing).
import { describe, expect, it } from 'vitest';
import { ProgressDisplay, printable, progressText } from '../../ingest/progress';

function stream(isTTY: boolean, columns = 60) {
  const written: string[] = [];
  return { written, isTTY, columns, write: (text: string) => written.push(text) };
}

describe('progressText', () => {
  it('shows the count, a bar of the files done and the file', () => {
    expect(progressText(3, 12, 'news/a.txt', 80)).toBe('[3/12] [###-----------------] news/a.txt');
    expect(progressText(12, 12, 'b.md', 80)).toBe('[12/12] [##################--] b.md');
  });

  it('keeps the end of a long path within the width', () => {
    const text = progressText(1, 2, `archive/${'x'.repeat(100)}/last-article.txt`, 50);
    expect(text).toHaveLength(50);
    expect(text).toMatch(/^\[1\/2\] \[-{20}\] …x+\/last-article\.txt$/);
  });

  it('turns control characters of a file name into "?"', () => {
    expect(printable('a\u001b[31m\nb\u2028.txt')).toBe('a?[31m?b?.txt');
    const drawn = progressText(1, 1, 'evil\r\u001b[2J.txt', 80);
    expect(drawn.includes('\r') || drawn.includes('\u001b')).toBe(false);
  });
});

describe('ProgressDisplay', () => {
  it('rewrites one line on a terminal and clears it before another line and at the end', () => {
    const err = stream(true);
    const out = stream(false);
    const progress = new ProgressDisplay(err);
    progress.update(1, 2, 'a.txt');
    progress.update(2, 2, 'b.txt');
    progress.print(out, 'error: a.txt: file is empty');
    progress.clear();
    expect(out.written).toEqual(['error: a.txt: file is empty\n']);
    const screen = err.written.join('');
    expect(screen.startsWith('\r[1/2] [--------------------] a.txt')).toBe(true);
    expect(screen).toContain('\r[2/2] [##########----------] b.txt');
    expect(screen).not.toContain('\n');
    // What is left on the terminal's line after clear() is blank.
    const last = screen.split('\r').at(-2) ?? 'x';
    expect(last.trim()).toBe('');
  });

  it('draws nothing when stderr is not a terminal', () => {
    const err = stream(false);
    const out = stream(false);
    const progress = new ProgressDisplay(err);
    progress.update(1, 1, 'a.txt');
    progress.print(out, 'line');
    progress.clear();
    expect(progress.active).toBe(false);
    expect(err.written).toEqual([]);
    expect(out.written).toEqual(['line\n']);
  });
});
