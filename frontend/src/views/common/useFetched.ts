// Fetches something for a key and keeps the latest answer; stale answers for an older key are ignored.
import { useEffect, useState } from 'react';

export type Fetched<T> =
  { state: 'loading' } | { state: 'done'; value: T } | { state: 'failed'; message: string };

export function useFetched<T>(
  key: string | null,
  load: (key: string, signal: AbortSignal) => Promise<T>,
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
  }, [key, load]);
  if (key === null) return null;
  return result?.key === key ? result.fetched : { state: 'loading' };
}
