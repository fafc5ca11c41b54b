// The canvas's place in the React page. The canvas itself (sigma and its bindings, see canvas.ts) was
// created before React mounted and may already show the graph: this component gives it its element in
// the page's layout, and a sigma context to the overlays drawn over it (its children).
import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { SigmaProvider } from '../../core/context';
import type { ExplorerCanvas } from './canvas';

export function GraphCanvas({ canvas, children }: { canvas: ExplorerCanvas; children?: ReactNode }) {
  const containerRef = useRef<HTMLDivElement>(null);

  // Before the browser paints React's page, so no frame shows the page without its graph.
  useLayoutEffect(() => {
    if (containerRef.current) canvas.placeIn(containerRef.current);
  }, [canvas]);

  return (
    <div className="canvas">
      <div
        ref={containerRef}
        className="canvas__sigma"
        data-testid="graph-canvas"
        role="img"
        aria-label="Graph of the loaded articles"
      />
      <SigmaProvider sigma={canvas.sigma}>{children}</SigmaProvider>
    </div>
  );
}
