// Brings the explorer back by itself when Neo4j (or the explorer's server) cannot be reached, without a
// page reload: while it cannot, the status is checked again after a growing pause (RETRY_DELAYS_MS), and
// at once when asked (the Retry button bumps `explorer.recheck`). Once the database answers, the view that
// was on screen is loaded again with its expansions (or the explorer starts, if no view ever came). The
// status is also checked when the tab comes back into view, so that a database gone meanwhile is noticed.
import type { StatusResponse } from '../../../shared/api';
import { fetchStatus } from '../api/client';
import type { Explorer } from '../explorer';
import { clearSelection } from '../selection';
import { connectionOfStatus, markUnreachable, noteUnreachable } from './connection';
import { openView, startExplorer } from '.';

/** Pauses between checks while the database cannot be reached; the last one repeats. */
export const RETRY_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 10_000];

/** Starts watching; returns what stops it. */
export function watchConnection(explorer: Explorer): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let attempt = 0;
  let checking = false;
  let stopped = false;

  const cancelTimer = () => {
    clearTimeout(timer);
    timer = undefined;
  };
  const schedule = () => {
    if (stopped || checking || timer !== undefined) return;
    const delay = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)] ?? 10_000;
    attempt += 1;
    timer = setTimeout(() => void check(), delay);
  };

  const check = async () => {
    cancelTimer();
    if (checking || stopped) return;
    checking = true;
    let status: StatusResponse | null = null;
    try {
      status = await fetchStatus();
    } catch (err) {
      noteUnreachable(explorer, err);
    }
    try {
      if (stopped) return;
      if (status && !status.connected) {
        const { message, hint } = status.error;
        markUnreachable(explorer, { message, hint: hint ?? null, uri: status.uri });
      } else if (status?.connected) {
        const connection = explorer.connection.get();
        if (connection.type === 'unreachable') await recover(explorer, status, connection.lost);
      }
    } finally {
      checking = false;
    }
    if (explorer.connection.get().type === 'unreachable') schedule();
  };

  const onConnection = () => {
    if (explorer.connection.get().type === 'unreachable') return schedule();
    attempt = 0;
    cancelTimer();
  };
  const onRecheck = () => {
    attempt = 0;
    void check();
  };
  const onVisible = () => {
    if (document.visibilityState === 'visible' && explorer.connection.get().type === 'ready') void check();
  };
  const offConnection = explorer.connection.subscribe(onConnection);
  const offRecheck = explorer.recheck.subscribe(onRecheck);
  document.addEventListener('visibilitychange', onVisible);
  onConnection();
  return () => {
    stopped = true;
    cancelTimer();
    offConnection();
    offRecheck();
    document.removeEventListener('visibilitychange', onVisible);
  };
}

/** The database answers again: the view on screen is loaded anew, or the explorer starts. */
async function recover(
  explorer: Explorer,
  status: Extract<StatusResponse, { connected: true }>,
  lost: boolean,
): Promise<void> {
  const connection = connectionOfStatus(status);
  if (!lost || connection.type !== 'ready') {
    await startExplorer(explorer);
  } else {
    explorer.connection.set(connection);
    const { query, expanded } = explorer.view.get();
    await openView(explorer, query, { expanded });
    const selection = explorer.selection.get();
    const dataset = explorer.dataset.get();
    if (selection?.type === 'node' && !dataset.nodes.has(selection.id)) clearSelection(explorer);
    if (selection?.type === 'edge' && !dataset.relationships.has(selection.id)) clearSelection(explorer);
  }
  if (explorer.connection.get().type === 'ready') explorer.reconnects.set((n) => n + 1);
}
