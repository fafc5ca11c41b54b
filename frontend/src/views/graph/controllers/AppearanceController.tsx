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
    const enable = () => {
      if (explorer.pictograms.get() || sigma.getGraph().order === 0 || frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        sigma.setSetting('nodeProgramClasses', {
          ...sigma.getSetting('nodeProgramClasses'),
          pictogram: pictogramProgram(),
        });
        explorer.pictograms.set(true);
      });
    };
    sigma.on('afterRender', enable);
    return () => {
      sigma.off('afterRender', enable);
      cancelAnimationFrame(frame);
      explorer.pictograms.set(false);
    };
  }, [sigma, explorer]);

  return null;
}
