// The messages between the page and the explorer's worker (see explorer.worker.ts).
import type { ApiError, TextReply } from '../api/client';
import type { LayoutInput } from '../layout/types';

export type WorkerRequest =
  /** Settle a layout input. */
  | { type: 'settle'; id: number; input: LayoutInput }
  /** Stop a load. */
  | { type: 'abort'; id: number };

/** Run a view's query; settle its graph too when it settles before drawing. Given to the worker as it
 * starts, in its name (the page's first view, see view/start.ts), not as a message. */
export interface LoadRequest {
  type: 'load';
  id: number;
  /** The API path and the JSON body of the view's request (see view/start.ts). */
  path: string;
  body: string;
}

export type WorkerAnswer =
  | { type: 'settled'; id: number; positions: Float64Array }
  /** The reply as text (the page parses it faster than it would copy the parsed object) and
   * `positions`: the layout of the graph's render graph built on an empty canvas, in node order. */
  | { type: 'loaded'; id: number; reply: TextReply; positions: Float64Array | null }
  | { type: 'failed'; id: number; message: string; kind: ApiError['kind'] };
