// Which graphs are laid out before their first frame. No imports: the page's entry reads it too.

/** Graphs up to this many nodes are settled by ForceAtlas2 before their first frame; larger ones open
 * on their seeded positions and the layout runs visibly for a few seconds. */
export const SYNC_LAYOUT_NODE_LIMIT = 1_500;

/** Whether a graph of `order` nodes is settled before its first frame. */
export function settlesBeforeDrawing(order: number): boolean {
  return order > 0 && order <= SYNC_LAYOUT_NODE_LIMIT;
}
