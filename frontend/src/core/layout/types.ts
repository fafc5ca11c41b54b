// The layout is either idle or running in its worker.
export type LayoutState = { type: 'idle' } | { type: 'running'; startedAt: number };
