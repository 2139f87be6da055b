import { useCallback, useEffect, useState } from 'react';
import { AdminApiError } from './admin-client';

export interface Resource<T> {
  data: T | null;
  error: string | null;
  /** Replaces the data with what a change answered, without another request. */
  replace(data: T): void;
  reload(): void;
}

/**
 * Loads something from the proxy for a page. An expired console session sends the owner back
 * to the sign-in form instead of showing a broken page.
 */
export function useResource<T>(load: () => Promise<T>, onSignedOut: () => void): Resource<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let cancelled = false;
    load()
      .then((value) => {
        if (cancelled) return;
        setData(value);
        setError(null);
      })
      .catch((failure: unknown) => {
        if (cancelled) return;
        if (failure instanceof AdminApiError && failure.code === 'admin_required') onSignedOut();
        else setError(failure instanceof Error ? failure.message : String(failure));
      });
    return () => {
      cancelled = true;
    };
  }, [load, onSignedOut, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { data, error, replace: setData, reload };
}

/** The sentence to show for a failed change; an expired session signs out instead. */
export function failureMessage(failure: unknown, onSignedOut: () => void): string {
  if (failure instanceof AdminApiError && failure.code === 'admin_required') {
    onSignedOut();
    return 'Your session ended. Sign in again.';
  }
  return failure instanceof Error ? failure.message : String(failure);
}
