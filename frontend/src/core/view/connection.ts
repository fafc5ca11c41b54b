// The explorer's way to Neo4j as a state: the status answer read as connected, empty or unreachable, and
// a failed request read as "cannot be reached" (the database, or the explorer's own server). Losing the
// database after a view was drawn keeps that view on screen (`lost`); view/reconnect.ts brings it back.
import type { StatusResponse } from '../../../shared/api';
import { ApiError } from '../api/client';
import type { Explorer } from '../explorer';
import type { ConnectionState } from './types';

export interface UnreachableReason {
  message: string;
  hint: string | null;
  uri: string | null;
  /** The explorer's own server does not answer. */
  server?: boolean;
}

export function connectionOfStatus(status: Extract<StatusResponse, { connected: true }>): ConnectionState {
  return status.articles === 0
    ? { type: 'empty', uri: status.uri }
    : { type: 'ready', uri: status.uri, articles: status.articles, nodes: status.nodes };
}

/** Why a request failed, when it failed because the database or the server cannot be reached. */
export function unreachableReason(err: unknown): UnreachableReason | null {
  if (!(err instanceof ApiError) || err.kind === 'bad-response') return null;
  const hint = err.detail?.hint ?? (err.kind === 'server-unreachable' ? 'Start it with `npm start`.' : null);
  return { message: err.message, hint, uri: null, server: err.kind === 'server-unreachable' };
}

/** Records that the database cannot be reached; a view already drawn from it stays on screen. */
export function markUnreachable(explorer: Explorer, reason: UnreachableReason): void {
  const previous = explorer.connection.get();
  const lost = previous.type === 'ready' || (previous.type === 'unreachable' && previous.lost);
  const uri = reason.uri ?? ('uri' in previous ? previous.uri : null);
  const server = reason.server ?? false;
  if (
    previous.type === 'unreachable' &&
    previous.server === server &&
    previous.lost === lost &&
    previous.message === reason.message &&
    previous.hint === reason.hint &&
    previous.uri === uri
  ) {
    return;
  }
  explorer.connection.set({
    type: 'unreachable',
    message: reason.message,
    hint: reason.hint,
    uri,
    server,
    lost,
  });
}

/** Marks the database unreachable when `err` says so; true when it did. */
export function noteUnreachable(explorer: Explorer, err: unknown): boolean {
  const reason = unreachableReason(err);
  if (reason) markUnreachable(explorer, reason);
  return reason !== null;
}
