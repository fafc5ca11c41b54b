// `npm run export -- --format gexf|json|brief|png [--query NAME] [--out FILE]`: a thin command that reads
// the graph from Neo4j (export/read.ts, read-only) and writes it in one format (export/json.ts, gexf.ts,
// brief.ts; png: picture.ts, svg.ts and png.ts) to FILE or to stdout (a PNG to FILE only). Every problem
// is one line on stderr and a non-zero exit.
import { writeFile } from 'node:fs/promises';
import { neo4jConfig } from '../db/config';
import { parseExportArgs, type ExportArgs } from './args';
import { toBrief } from './brief';
import { toGexf } from './gexf';
import { toJson } from './json';
import { pictureOf } from './picture';
import { assertChromium, svgToPng } from './png';
import { connect, readEvidence, readGraph, savedQuery } from './read';
import { DEFAULT_SVG_OPTIONS, toSvg } from './svg';

const USAGE = `Usage: npm run export -- --format gexf|json|brief|png [--query NAME] [--out FILE]

Writes the graph in Neo4j (read-only) as JSON (nodes and relationships with labels and properties),
GEXF 1.3 (for Gephi), a Markdown brief (a section per actor, meeting and proposal, each statement
with footnotes quoting the articles) or a PNG picture drawn as the explorer first shows it (needs
--out; drawn by headless Chromium at CHROMIUM_PATH, default /usr/bin/chromium). --query NAME exports
what cypher/queries/NAME.cypher returns (with its default parameters) instead of the whole graph.
Without --out it prints to stdout.

Connection: NEO4J_URI (bolt://127.0.0.1:7687), NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE.`;

async function exportGraph(args: ExportArgs): Promise<string | Buffer> {
  const query = args.query === null ? undefined : await savedQuery(args.query);
  // A missing browser is told before the database is read, so the error is the only thing that happens.
  if (args.format === 'png') await assertChromium();
  const config = neo4jConfig();
  const driver = await connect(config);
  try {
    const graph = await readGraph(driver, config.database, query);
    const what = query ? `the saved query "${query.name}"` : 'the whole graph';
    if (args.format === 'json') return toJson(graph);
    if (args.format === 'gexf') return toGexf(graph, `News graph explorer: ${what}`);
    if (args.format === 'png') {
      const { width, height } = DEFAULT_SVG_OPTIONS;
      return svgToPng(toSvg(pictureOf(graph)), { width, height, scale: 1 });
    }
    const evidence = await readEvidence(driver, config.database, graph);
    return toBrief(graph, evidence, query ? `Brief: ${query.name}` : 'Brief');
  } finally {
    await driver.close();
  }
}

async function main(argv: string[]): Promise<void> {
  let args: ExportArgs;
  try {
    args = parseExportArgs(argv);
  } catch (err) {
    process.stderr.write(`error: ${oneLine(err)} (see --help)\n`);
    process.exitCode = 2;
    return;
  }
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  try {
    const text = await exportGraph(args);
    if (args.out === null) process.stdout.write(text);
    else await writeFile(args.out, text);
  } catch (err) {
    process.stderr.write(`error: ${oneLine(err)}\n`);
    process.exitCode = 1;
  }
}

function oneLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
}

await main(process.argv.slice(2));
