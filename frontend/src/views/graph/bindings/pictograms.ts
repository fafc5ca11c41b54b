// Registers the pictogram program once the first view is on screen (see ../canvas.ts), then lets the
// nodes that have an icon use it: the graph appears as discs first and gains its icons a moment later.
import type { Explorer } from '../../../core/explorer';
import type { ExplorerSigma } from '../../../core/graph/types';
import { pictogramProgram } from '../../../core/graph/sigmaSettings';

export function bindPictograms(sigma: ExplorerSigma, explorer: Explorer): () => void {
  let alive = true;
  let requested = false;
  const enable = () => {
    if (requested || explorer.drawn.get() === null) return;
    requested = true;
    pictogramProgram().then(
      (pictogram) => {
        if (!alive) return;
        sigma.setSetting('nodeProgramClasses', { ...sigma.getSetting('nodeProgramClasses'), pictogram });
        explorer.pictograms.set(true);
      },
      // Without its module the nodes stay plain discs, which still carry colour and label.
      () => undefined,
    );
  };
  const off = explorer.drawn.subscribe(enable);
  enable();
  return () => {
    alive = false;
    off();
    explorer.pictograms.set(false);
  };
}
