// Runs the explorer's server in a process of its own, for tests that measure it from outside (its
// resident memory) or must survive it: started by startChildServer (explorerApi.ts) with its options as
// JSON in EXPLORER_CHILD_OPTIONS; prints one JSON line {url, port} once it listens, stops on SIGTERM.
import { startExplorerServer, type ExplorerServerOptions } from '../../frontend/server/server';

async function main(): Promise<void> {
  const options = JSON.parse(process.env.EXPLORER_CHILD_OPTIONS ?? '{}') as ExplorerServerOptions;
  const server = await startExplorerServer(options);
  process.stdout.write(`${JSON.stringify({ url: server.url, port: server.port })}\n`);
  process.once('SIGTERM', () => {
    void server.close().then(() => process.exit(0));
  });
}

main().catch((err: unknown) => {
  process.stderr.write(`explorer-child: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
