// The export command's flags, read strictly: a bad flag is a one-line Error. Pure.
import { parseArgs } from 'node:util';

export const FORMATS = ['gexf', 'json', 'brief', 'png'] as const;
export type ExportFormat = (typeof FORMATS)[number];

export interface ExportArgs {
  format: ExportFormat;
  query: string | null;
  out: string | null;
  help: boolean;
}

export function parseExportArgs(argv: string[]): ExportArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: {
      format: { type: 'string' },
      query: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return { format: 'json', query: null, out: null, help: true };
  if (positionals.length > 0) throw new Error(`unexpected argument "${positionals[0]}"`);
  const format = values.format;
  if (format === undefined) throw new Error(`--format is required: ${FORMATS.join(', ')}`);
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new Error(`--format must be one of ${FORMATS.join(', ')}, not "${format}"`);
  }
  if (values.out === '') throw new Error('--out needs a file name');
  if (values.query === '') throw new Error("--query needs a saved query's name");
  // A PNG is binary: it goes to a file, never to a terminal.
  if (format === 'png' && values.out === undefined) throw new Error('--format png needs --out FILE');
  return {
    format: format as ExportFormat,
    query: values.query ?? null,
    out: values.out ?? null,
    help: false,
  };
}
