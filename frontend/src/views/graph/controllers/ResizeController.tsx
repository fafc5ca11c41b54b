// Sigma only listens to window resizes; the canvas also changes size when panels open and close.
import { useEffect } from 'react';
import { useSigma } from '../../../core/context';

export function ResizeController() {
  const sigma = useSigma();
  useEffect(() => {
    const observer = new ResizeObserver(() => {
      sigma.resize();
      sigma.refresh({ skipIndexation: true });
    });
    observer.observe(sigma.getContainer());
    return () => observer.disconnect();
  }, [sigma]);
  return null;
}
