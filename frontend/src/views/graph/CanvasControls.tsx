// Camera and layout buttons over the canvas: zoom in, zoom out, fit what is visible, reset to the
// opening layout, start/stop ForceAtlas2, and export (./ExportMenu.tsx).
import { useExplorer, useSigma } from '../../core/context';
import { resetToInitialLayout, startLayout, stopLayout } from '../../core/layout';
import { useStore } from '../../core/store';
import { ExportMenu } from './ExportMenu';

export function CanvasControls() {
  const sigma = useSigma();
  const explorer = useExplorer();
  const layout = useStore(explorer.layout);
  const camera = sigma.getCamera();

  const fit = () => {
    // Frame the nodes the legend leaves visible, in sigma's normalised coordinates.
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    sigma.getGraph().forEachNode((node) => {
      const data = sigma.getNodeDisplayData(node);
      if (!data || data.hidden) return;
      minX = Math.min(minX, data.x);
      maxX = Math.max(maxX, data.x);
      minY = Math.min(minY, data.y);
      maxY = Math.max(maxY, data.y);
    });
    if (!Number.isFinite(minX)) return;
    const ratio = Math.max(maxX - minX, maxY - minY, 0.05) * 1.15;
    void camera.animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 400 });
  };

  return (
    <div className="canvas-controls">
      <div className="button-group" role="group" aria-label="Camera">
        <button
          type="button"
          className="icon-button"
          aria-label="Zoom in"
          title="Zoom in"
          onClick={() => void camera.animatedZoom({ duration: 250 })}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d="M12 5v14M5 12h14" />
          </svg>
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Zoom out"
          title="Zoom out"
          onClick={() => void camera.animatedUnzoom({ duration: 250 })}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d="M5 12h14" />
          </svg>
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Fit to screen"
          title="Fit to screen"
          onClick={fit}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d="M4 9V4h5M20 9V4h-5M4 15v5h5M20 15v5h-5" />
          </svg>
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label="Reset layout and view"
          title="Reset layout and view"
          onClick={() => resetToInitialLayout(explorer)}
        >
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d="M4 12a8 8 0 1 0 2.4-5.7M4 4v4.5h4.5" />
          </svg>
        </button>
      </div>
      <button
        type="button"
        className={`button layout-toggle${layout.type === 'running' ? ' layout-toggle--running' : ''}`}
        aria-pressed={layout.type === 'running'}
        onClick={() => (layout.type === 'running' ? stopLayout(explorer) : startLayout(explorer))}
      >
        {layout.type === 'running' ? 'Stop layout' : 'Run layout'}
      </button>
      <ExportMenu />
    </div>
  );
}
