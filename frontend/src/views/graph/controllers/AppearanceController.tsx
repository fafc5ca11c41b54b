// Registers the pictogram program once the first frame with nodes is on screen, then lets the nodes
// that have an icon use it: the graph appears as discs first and gains its icons a moment later.
import { useEffect } from 'react';
import { useExplorer, useSigma } from '../../../core/context';
import { pictogramProgram } from '../../../core/graph/sigmaSettings';

export function AppearanceController() {
  const sigma = useSigma();
  const explorer = useExplorer();

  useEffect(() => {
    let frame = 0;
    let requested = false;
    let alive = true;
    const enable = () => {
      if (requested || sigma.getGraph().order === 0) return;
      requested = true;
      frame = requestAnimationFrame(() => {
        pictogramProgram().then(
          (pictogram) => {
            if (!alive) return;
            sigma.setSetting('nodeProgramClasses', { ...sigma.getSetting('nodeProgramClasses'), pictogram });
            explorer.pictograms.set(true);
          },
          // Without its module the nodes stay plain discs, which still carry colour and label.
          () => undefined,
        );
      });
    };
    sigma.on('afterRender', enable);
    enable();
    return () => {
      alive = false;
      sigma.off('afterRender', enable);
      cancelAnimationFrame(frame);
      explorer.pictograms.set(false);
    };
  }, [sigma, explorer]);

  return null;
}
