// A minimal observable value with a React hook: the app's state lives in a few of these, created per
// app instance (never at import time) and shared through the explorer context.
import { useCallback, useSyncExternalStore } from 'react';

export interface Store<T> {
  get(): T;
  set(next: T | ((previous: T) => T)): void;
  subscribe(listener: () => void): () => void;
}

export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next) {
      const resolved = typeof next === 'function' ? (next as (previous: T) => T)(value) : next;
      if (Object.is(resolved, value)) return;
      value = resolved;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Calls `listener` whenever any of `stores` changes; returns what stops it. */
export function subscribeAll(
  stores: readonly Pick<Store<unknown>, 'subscribe'>[],
  listener: () => void,
): () => void {
  const offs = stores.map((store) => store.subscribe(listener));
  return () => {
    for (const off of offs) off();
  };
}

/** The store's value (or a slice of it); re-renders when that changes. */
export function useStore<T>(store: Store<T>): T;
export function useStore<T, S>(store: Store<T>, select: (value: T) => S): S;
export function useStore<T, S>(store: Store<T>, select?: (value: T) => S): T | S {
  const read = useCallback(() => (select ? select(store.get()) : store.get()), [store, select]);
  return useSyncExternalStore(store.subscribe, read, read);
}
