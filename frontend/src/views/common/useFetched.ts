// Fetches something for a key and keeps the latest answer; stale answers for an older key are ignored.
// What comes from the database (useDatabaseFetched) is fetched again when it answers after it could not
// be reached, and a failure to reach it is recorded on the explorer, which then checks until it answers.
import { useCallback, useEffect, useState } from 'react';
import { useExplorer } from '../../core/context';
import { useStore } from '../../core/store';
import { noteUnreachable } from '../../core/view/connection';

export type Fetched<T> =
  { state: 'loading' } | { state: 'done'; value: T } | { state: 'failed'; message: string };

type Loader<T> = (key: string, signal: AbortSignal) => Promise<T>;

/** `refresh`: fetched again (keeping the answer on screen meanwhile) whenever it changes. */
export function useFetched<T>(
  key: string | null,
  load: Loader<T>,
  refresh: unknown = null,
): Fetched<T> | null {
  const [result, setResult] = useState<{ key: string; fetched: Fetched<T> } | null>(null);
  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    load(key, controller.signal).then(
      (value) => {
        if (!controller.signal.aborted) setResult({ key, fetched: { state: 'done', value } });
      },
      (err: unknown) => {
        if (!controller.signal.aborted) {
          setResult({
            key,
            fetched: { state: 'failed', message: err instanceof Error ? err.message : String(err) },
          });
        }
      },
    );
    return () => controller.abort();
  }, [key, load, refresh]);
  if (key === null) return null;
  return result?.key === key ? result.fetched : { state: 'loading' };
}

export function useDatabaseFetched<T>(key: string | null, load: Loader<T>): Fetched<T> | null {
  const explorer = useExplorer();
  const reconnects = useStore(explorer.reconnects);
  const noted = useCallback<Loader<T>>(
    (k, signal) =>
      load(k, signal).catch((err: unknown) => {
        if (!signal.aborted) noteUnreachable(explorer, err);
        throw err;
      }),
    [explorer, load],
  );
  return useFetched(key, noted, reconnects);
}
