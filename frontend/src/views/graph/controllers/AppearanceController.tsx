// Registers the pictogram program once the first view is on screen (see GraphCanvas), then lets the
// nodes that have an icon use it: the graph appears as discs first and gains its icons a moment later.
import { useEffect } from 'react';
import { useExplorer, useSigma } from '../../../core/context';
import { pictogramProgram } from '../../../core/graph/sigmaSettings';

export function AppearanceController() {
  const sigma = useSigma();
  const explorer = useExplorer();

  useEffect(() => {
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
  }, [sigma, explorer]);

  return null;
}
