// The canvas: the one sigma instance over the explorer's render graph, with the bindings that tie it to
// the explorer's state (emphasis, camera, events, layout...). It lives outside React, so that the first
// view is drawn before the rest of the page has loaded: the page creates it in its static shell
// (index.html), and the React UI moves its element into its own layout when it mounts. A WebGL canvas
// keeps its drawing when it moves, so the move costs no redraw.
//
// Sigma is created at once, so that its setup (WebGL contexts, shaders, buffers of the canvas's size)
// overlaps the wait for the first view, but its element stays hidden until that view arrives. Without a
// GPU every frame that shows a changed WebGL canvas reads it back; an empty canvas on show would make the
// first frame with the graph wait for a read-back of nothing. The canvas also marks when that first view
// is on screen (`explorer.drawn`): what is not the graph waits for it.
import Sigma from 'sigma';
import type { Explorer } from '../../core/explorer';
import { subscribeAll } from '../../core/store';
import { sigmaSettings } from '../../core/graph/sigmaSettings';
import type { ExplorerSigma, RenderEdgeAttributes, RenderNodeAttributes } from '../../core/graph/types';
import { bindCamera } from './bindings/camera';
import { bindEmphasis } from './bindings/emphasis';
import { bindEvents } from './bindings/events';
import { bindLabels } from './bindings/labels';
import { bindLayout } from './bindings/layout';
import { bindPerformance } from './bindings/performance';
import { bindLaterPrograms } from './bindings/programs';
import { bindResize } from './bindings/resize';
import { bindTestHooks } from './bindings/testHooks';

/** Builds for the end-to-end tests and the bench (Vite's mode `e2e`) expose facts about the canvas on
 * `window.__explorer`. Vite replaces the mode by a constant, so other builds leave the hooks out. */
const TEST_HOOKS = import.meta.env.MODE === 'e2e';

export interface ExplorerCanvas {
  sigma: ExplorerSigma;
  /** Makes `container` the canvas's place on the page: the drawing moves there at once if it is already
   * on the page, or else goes there when the first view arrives. */
  placeIn(container: HTMLElement): void;
  kill(): void;
}

/** Whether the first view has given the canvas something to show: nodes, or a settled answer. */
function viewArrived(explorer: Explorer): boolean {
  const connection = explorer.connection.get().type;
  const status = explorer.view.get().status.type;
  return (
    explorer.graph.order > 0 ||
    status === 'ready' ||
    status === 'error' ||
    connection === 'unreachable' ||
    connection === 'empty'
  );
}

export function createCanvas(explorer: Explorer, container: HTMLElement | null = null): ExplorerCanvas {
  const { graph } = explorer;
  const host = document.createElement('div');
  host.className = 'canvas__host canvas__host--waiting';
  // In its place already, so that sigma sizes its buffers once; without a place it takes 1×1 for now.
  container?.appendChild(host);
  performance.mark('explorer:sigma-start');
  const sigma = new Sigma<RenderNodeAttributes, RenderEdgeAttributes>(graph, host, {
    ...sigmaSettings(),
    allowInvalidContainer: true,
  });
  performance.mark('explorer:sigma');
  const unbind = [
    bindEmphasis(sigma, explorer),
    bindLabels(sigma),
    bindPerformance(sigma, explorer),
    bindCamera(sigma, explorer),
    bindEvents(sigma, explorer),
    bindLayout(sigma, explorer),
    bindResize(sigma),
    bindLaterPrograms(sigma, explorer),
    ...(TEST_HOOKS ? [bindTestHooks(sigma, explorer)] : []),
  ];

  let place = container;
  let joined = false;
  // When the graph is on screen: a frame commits every drawing made before its own animation callbacks
  // ran (in an earlier task, or in an earlier callback of that frame), so once a callback finds the
  // graph drawn, it is on screen when the next frame starts.
  let drawnSinceJoin = false;
  let frame = 0;
  const onRender = () => {
    if (graph.order > 0 && joined) drawnSinceJoin = true;
  };
  const watchFrames = () => {
    frame = requestAnimationFrame(() => {
      if (!drawnSinceJoin) return watchFrames();
      frame = requestAnimationFrame((frameStart) => explorer.drawn.set(frameStart));
    });
  };
  const join = () => {
    if (joined || !place || !viewArrived(explorer)) return;
    joined = true;
    // What the place showed until now (the shell's loading note) gives way to the graph.
    place.replaceChildren(host);
    host.classList.remove('canvas__host--waiting');
    sigma.resize();
    // Drawn in the next frame, with every change of this task in it.
    sigma.scheduleRefresh();
    if (graph.order === 0) explorer.drawn.set(performance.now());
    else watchFrames();
  };
  sigma.on('afterRender', onRender);
  graph.on('nodeAdded', join);
  const offJoin = subscribeAll([explorer.view, explorer.connection], join);
  join();

  return {
    sigma,
    placeIn(next) {
      place = next;
      if (!joined) return join();
      if (host.parentElement !== next) next.replaceChildren(host);
    },
    kill() {
      cancelAnimationFrame(frame);
      graph.off('nodeAdded', join);
      offJoin();
      for (const off of unbind) off();
      sigma.kill();
      host.remove();
    },
  };
}
