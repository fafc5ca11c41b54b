// The canvas: one sigma instance over the explorer's render graph, created once per mount and killed on
// unmount. Children (the controllers and the canvas overlays) render inside its sigma context. The canvas
// owns its programs, so it also mounts the controller that adds the pictogram program after first paint.
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import Sigma from 'sigma';
import { SigmaProvider, useExplorer, type ExplorerSigma } from '../../core/context';
import { sigmaSettings } from '../../core/graph/sigmaSettings';
import type { RenderEdgeAttributes, RenderNodeAttributes } from '../../core/graph/types';
import { AppearanceController } from './controllers/AppearanceController';

export function GraphCanvas({ children }: { children?: ReactNode }) {
  const { graph } = useExplorer();
  const containerRef = useRef<HTMLDivElement>(null);
  const [sigma, setSigma] = useState<ExplorerSigma | null>(null);
  const settings = useMemo(() => sigmaSettings(), []);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    // Hidden while there is nothing to draw: without a GPU every visible WebGL canvas is read back on
    // each frame that changes it, and the empty canvas's frame would hold up the first one with the graph.
    const showWhenDrawn = () => {
      container.style.visibility = graph.order > 0 ? '' : 'hidden';
    };
    showWhenDrawn();
    graph.on('nodeAdded', showWhenDrawn);
    graph.on('nodeDropped', showWhenDrawn);
    graph.on('cleared', showWhenDrawn);
    performance.mark('explorer:sigma-start');
    const instance = new Sigma<RenderNodeAttributes, RenderEdgeAttributes>(graph, container, settings);
    performance.mark('explorer:sigma');
    // Publishing the instance is the point of this effect: the controllers need it once it exists.
    setSigma(instance);
    return () => {
      setSigma(null);
      instance.kill();
      graph.off('nodeAdded', showWhenDrawn);
      graph.off('nodeDropped', showWhenDrawn);
      graph.off('cleared', showWhenDrawn);
      container.style.visibility = '';
    };
  }, [graph, settings]);

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
