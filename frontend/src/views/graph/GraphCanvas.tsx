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
    performance.mark('explorer:sigma-start');
    const instance = new Sigma<RenderNodeAttributes, RenderEdgeAttributes>(graph, container, settings);
    performance.mark('explorer:sigma');
    // Publishing the instance is the point of this effect: the controllers need it once it exists.
    setSigma(instance);
    return () => {
      setSigma(null);
      instance.kill();
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
