// The query workbench for the components that show it (the saved-query list in the sidebar, the dock
// under the canvas): one per app, through context; the hook throws outside its provider. The provider
// loads the saved queries and the database's vocabulary once Neo4j answers and the first view is drawn.
// A query the page's link brought waits in the editor, which opens with it.
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useExplorer } from '../context';
import { useStore } from '../store';
import { createWorkbench, loadSavedQueries, loadSchema, openInEditor } from '.';
import type { Workbench } from './types';

const WorkbenchContext = createContext<Workbench | null>(null);

export function QueriesProvider({ children }: { children: ReactNode }) {
  const explorer = useExplorer();
  const [workbench] = useState(() => {
    const created = createWorkbench();
    const linked = explorer.linkedQuery;
    if (linked) openInEditor(created, linked.cypher, linked.params);
    return created;
  });
  const connected = useStore(explorer.connection, (c) => c.type === 'ready');
  const drawn = useStore(explorer.drawn) !== null;
  useEffect(() => {
    if (!connected || !drawn) return;
    const controller = new AbortController();
    void loadSavedQueries(workbench, controller.signal);
    void loadSchema(workbench, controller.signal);
    return () => controller.abort();
  }, [workbench, connected, drawn]);
  return <WorkbenchContext.Provider value={workbench}>{children}</WorkbenchContext.Provider>;
}

export function useWorkbench(): Workbench {
  const workbench = useContext(WorkbenchContext);
  if (!workbench) throw new Error('useWorkbench must be used inside <QueriesProvider>');
  return workbench;
}
