// The canvas: one sigma instance over the explorer's render graph, created once per mount and killed on
// unmount. Children (the controllers and the canvas overlays) render inside its sigma context. The canvas
// owns its programs, so it also mounts the controller that adds the pictogram program after first paint.
//
// Sigma is created at once, so that its setup (WebGL contexts, shaders) overlaps the wait for the first
// view, but it draws into an element kept out of the page until that view arrives. Without a GPU every
// frame that changes a WebGL canvas in the page reads it back; an empty canvas in the page would make
// the first frame with the graph wait for a read-back of nothing. The canvas also marks when that first
// view is on screen (`explorer.drawn`): what is not the graph waits for it.
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import Sigma from 'sigma';
import { SigmaProvider, useExplorer, type ExplorerSigma } from '../../core/context';
import type { Explorer } from '../../core/explorer';
import { sigmaSettings } from '../../core/graph/sigmaSettings';
import type { RenderEdgeAttributes, RenderNodeAttributes } from '../../core/graph/types';
import { AppearanceController } from './controllers/AppearanceController';

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

export function GraphCanvas({ children }: { children?: ReactNode }) {
  const explorer = useExplorer();
  const { graph } = explorer;
  const containerRef = useRef<HTMLDivElement>(null);
  const [sigma, setSigma] = useState<ExplorerSigma | null>(null);
  const settings = useMemo(() => sigmaSettings(), []);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const host = document.createElement('div');
    host.className = 'canvas__host';
    performance.mark('explorer:sigma-start');
    // Out of the page the host has no size yet: sigma takes 1×1 until it joins.
    const instance = new Sigma<RenderNodeAttributes, RenderEdgeAttributes>(graph, host, {
      ...settings,
      allowInvalidContainer: true,
    });
    performance.mark('explorer:sigma');
    // When the graph is on screen: a frame commits every drawing made before its own animation
    // callbacks ran (in an earlier task, or in an earlier callback of that frame), so once a callback
    // finds the graph drawn, it is on screen when the next frame starts.
    let drawnSinceJoin = false;
    let frame = 0;
    const onRender = () => {
      if (graph.order > 0 && host.isConnected) drawnSinceJoin = true;
    };
    const watchFrames = () => {
      frame = requestAnimationFrame(() => {
        if (!drawnSinceJoin) return watchFrames();
        frame = requestAnimationFrame((frameStart) => explorer.drawn.set(frameStart));
      });
    };
    const join = () => {
      if (host.isConnected || !viewArrived(explorer)) return;
      container.appendChild(host);
      instance.resize();
      // Drawn in the next frame, with every change of this task in it.
      instance.scheduleRefresh();
      if (graph.order === 0) explorer.drawn.set(performance.now());
      else watchFrames();
    };
    instance.on('afterRender', onRender);
    graph.on('nodeAdded', join);
    const offs = [explorer.view.subscribe(join), explorer.connection.subscribe(join)];
    join();
    // Publishing the instance is the point of this effect: the controllers need it once it exists.
    setSigma(instance);
    return () => {
      setSigma(null);
      cancelAnimationFrame(frame);
      graph.off('nodeAdded', join);
      for (const off of offs) off();
      instance.kill();
      host.remove();
    };
  }, [explorer, graph, settings]);

  return (
    <div className="canvas">
      <div
        ref={containerRef}
        className="canvas__sigma"
        data-testid="graph-canvas"
        role="img"
        aria-label="Graph of the loaded articles"
      />
      {sigma && (
        <SigmaProvider sigma={sigma}>
          <AppearanceController />
          {children}
        </SigmaProvider>
      )}
    </div>
  );
}
