// Moves the camera: frames the whole graph when its content is replaced, and centres on a node when
// something (the search box, the article reader, a shared link) asks to focus it.
import type { Explorer } from '../../../core/explorer';
import type { ExplorerSigma } from '../../../core/graph/types';

/** How close the camera comes to a focused node. */
export const FOCUS_RATIO = 0.35;

export function bindCamera(sigma: ExplorerSigma, explorer: Explorer): () => void {
  const camera = sigma.getCamera();
  const frame = () => {
    sigma.setCustomBBox(null);
    camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
  };
  const focus = () => {
    const request = explorer.focus.get();
    if (!request) return;
    // Positions in the camera's space exist only after sigma has processed the graph.
    sigma.refresh();
    const data = sigma.getNodeDisplayData(request.node);
    if (!data) return;
    void camera.animate(
      { x: data.x, y: data.y, ratio: Math.min(camera.getState().ratio, FOCUS_RATIO) },
      { duration: 450, easing: 'quadraticInOut' },
    );
  };
  const offVersion = explorer.graphVersion.subscribe(frame);
  const offFocus = explorer.focus.subscribe(focus);
  if (explorer.graph.order > 0) frame();
  focus();
  return () => {
    offVersion();
    offFocus();
  };
}
