// Registers the programs sigma does without for the first frame (pictograms, arrowheads) once the first
// view is on screen (see ../canvas.ts), then lets the nodes and edges that have them use them: the graph
// appears as discs and lines first and gains its icons and arrowheads a moment later.
import type { Explorer } from '../../../core/explorer';
import { laterPrograms } from '../../../core/graph/sigmaSettings';
import type { ExplorerSigma } from '../../../core/graph/types';

export function bindLaterPrograms(sigma: ExplorerSigma, explorer: Explorer): () => void {
  let alive = true;
  let requested = false;
  const register = () => {
    if (requested || explorer.drawn.get() === null) return;
    requested = true;
    void laterPrograms().then((programs) => {
      if (!alive) return;
      // Both at once: each change of programs redraws the graph.
      sigma.setSettings(programs);
      explorer.fullPrograms.set(true);
    });
  };
  const off = explorer.drawn.subscribe(register);
  register();
  return () => {
    alive = false;
    off();
    explorer.fullPrograms.set(false);
  };
}
