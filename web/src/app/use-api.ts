import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { api, errorText } from './api';
import { breakGlassReasonFor, forgetBreakGlassReason, isBreakGlassRequired, setBreakGlassReason } from './break-glass';
import { queryClient } from './query';

/**
 * Loads a GET endpoint through the query cache (TanStack Query): `data` stays while a newer
 * answer is on its way, a path no longer shown is cancelled, the same path in two components is
 * fetched once. `reload` fetches again (after a change); `path: null` loads nothing.
 *
 * Personal data an administrator may read only by break-glass (403 BREAK_GLASS_REQUIRED, decision 0136):
 * `breakGlass` is set, and `breakGlass.submit(reason)` reads again with the reason. The reason and what
 * was read with it are forgotten when the page closes, so the next visit asks again.
 */
export function useApi<T>(path: string | null) {
  const query = useQuery({
    queryKey: [path],
    queryFn: ({ signal }) => api<T>('GET', path!, undefined, signal),
    enabled: path !== null,
  });
  const { refetch } = query;
  const reload = useCallback(async () => {
    await refetch();
  }, [refetch]);
  useEffect(
    () => () => {
      if (path && breakGlassReasonFor(path)) {
        forgetBreakGlassReason(path);
        queryClient.removeQueries({ queryKey: [path], exact: true });
      }
    },
    [path],
  );
  const submitReason = useCallback(
    async (reason: string) => {
      if (!path) return;
      setBreakGlassReason(path, reason);
      await refetch();
    },
    [path, refetch],
  );
  const breakGlassRequired = isBreakGlassRequired(query.error);
  return {
    data: (query.data ?? null) as T | null,
    // The break-glass form explains itself: no error text beside it.
    error: query.error && !breakGlassRequired ? errorText(query.error) : null,
    loading: query.isFetching,
    reload,
    breakGlass: breakGlassRequired ? { submit: submitReason } : null,
  };
}
