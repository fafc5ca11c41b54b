// The command's progress display: on a terminal, one line on stderr that rewrites itself with the count
// and the file in hand; anywhere else, nothing (the command prints a plain line per article instead).
// Lines the command prints while the bar shows go through `print`, which clears the bar first and draws
// it again after, so output never lands in the middle of it.

/** The part of a stream the display needs (process.stderr, or a test's stand-in). */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

const BAR_CELLS = 20;

/** A file name as one printable line: control characters (a newline, an escape sequence) become "?". */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '?');
}

/** `[3/12] [###-----------------] …/folder/file.txt`, cut to fit `width` columns; the bar fills with the
 * files finished before this one. */
export function progressText(index: number, total: number, file: string, width: number): string {
  const done = Math.round((BAR_CELLS * (index - 1)) / Math.max(total, 1));
  const head = `[${index}/${total}] [${'#'.repeat(done)}${'-'.repeat(BAR_CELLS - done)}] `;
  const room = width - head.length;
  const name = printable(file);
  // Keep the end of a long path: the file's own name is what tells articles apart.
  if (room <= 1) return head.slice(0, Math.max(width, 0));
  return head + (name.length <= room ? name : `…${name.slice(name.length - room + 1)}`);
}

export class ProgressDisplay {
  private shown = '';
  readonly active: boolean;

  constructor(private readonly stream: ProgressStream) {
    this.active = stream.isTTY === true;
  }

  /** Shows the run at `index` of `total`, working on `file` (a no-op off a terminal). */
  update(index: number, total: number, file: string): void {
    if (!this.active) return;
    // One column short of the width: a line that fills the terminal exactly wraps on some of them.
    const width = Math.max((this.stream.columns || 80) - 1, 20);
    const text = progressText(index, total, file, width);
    this.stream.write(`\r${text}${' '.repeat(Math.max(this.shown.length - text.length, 0))}`);
    this.shown = text;
  }

  /** Writes one line to `out` (stdout or stderr) without tearing the bar. */
  print(out: { write(text: string): unknown }, line: string): void {
    const bar = this.shown;
    this.clear();
    out.write(`${line}\n`);
    if (bar) {
      this.stream.write(`\r${bar}`);
      this.shown = bar;
    }
  }

  /** Removes the bar, leaving the cursor at the start of an empty line. */
  clear(): void {
    if (!this.shown) return;
    this.stream.write(`\r${' '.repeat(this.shown.length)}\r`);
    this.shown = '';
  }
}
