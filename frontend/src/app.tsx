// The explorer's app, loaded by the page (page.ts) once the first view is on screen: mounts the React UI
// around the canvas, which already exists.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Explorer } from './core/explorer';
import { App } from './views/app/App';
import type { ExplorerCanvas } from './views/graph/canvas';

export function mountApp(root: HTMLElement, explorer: Explorer, canvas: ExplorerCanvas): void {
  createRoot(root).render(
    <StrictMode>
      <App explorer={explorer} canvas={canvas} />
    </StrictMode>,
  );
}
