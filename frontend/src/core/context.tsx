// Shared singletons through React context: the explorer state for the whole app, and the one sigma
// instance for the components that live inside the canvas. Each hook throws outside its provider.
import { createContext, useContext, type ReactNode } from 'react';
import type { Explorer } from './explorer';
import type { ExplorerSigma } from './graph/types';

const ExplorerContext = createContext<Explorer | null>(null);
const SigmaContext = createContext<ExplorerSigma | null>(null);

export function ExplorerProvider({ explorer, children }: { explorer: Explorer; children: ReactNode }) {
  return <ExplorerContext.Provider value={explorer}>{children}</ExplorerContext.Provider>;
}

export function SigmaProvider({ sigma, children }: { sigma: ExplorerSigma; children: ReactNode }) {
  return <SigmaContext.Provider value={sigma}>{children}</SigmaContext.Provider>;
}

export function useExplorer(): Explorer {
  const explorer = useContext(ExplorerContext);
  if (!explorer) throw new Error('useExplorer must be used inside <ExplorerProvider>');
  return explorer;
}

export function useSigma(): ExplorerSigma {
  const sigma = useContext(SigmaContext);
  if (!sigma) throw new Error('useSigma must be used inside <SigmaProvider> (a child of the graph canvas)');
  return sigma;
}
