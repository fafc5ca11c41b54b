// The dataset store: the Neo4j nodes and relationships of the open view.
import { createStore, type Store } from '../store';
import type { GraphJson } from '../../../shared/api';
import type { Dataset } from './types';
import { EMPTY_DATASET, mergeGraph } from './utils';

export type DatasetStore = Store<Dataset>;

export function createDatasetStore(): DatasetStore {
  return createStore<Dataset>(EMPTY_DATASET);
}

export function addToDataset(store: DatasetStore, graph: GraphJson): void {
  store.set((previous) => mergeGraph(previous, graph));
}
