// Sigma only listens to window resizes; the canvas also changes size when panels open and close. Sigma
// is told only of real changes: the observer also reports the size it starts with, and a redraw of a
// large graph for nothing is costly.
import { useEffect } from 'react';
import { useSigma } from '../../../core/context';

export function ResizeController() {
  const sigma = useSigma();
  useEffect(() => {
    const observer = new ResizeObserver(() => {
      const before = sigma.getDimensions();
      sigma.resize();
      const after = sigma.getDimensions();
      if (after.width !== before.width || after.height !== before.height) {
        sigma.refresh({ skipIndexation: true });
      }
    });
    observer.observe(sigma.getContainer());
    return () => observer.disconnect();
  }, [sigma]);
  return null;
}
