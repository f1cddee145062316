import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiError } from './api-error';

/**
 * One query client for the whole web app (decision record 0066): GET requests are cached per
 * path and shared by every component that shows them, a request no one waits for any more is
 * cancelled (AbortSignal), and a change reloads what it touched (`invalidate`).
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Shown at once from the cache when a page opens again, refreshed in the background after 15 s.
      staleTime: 15_000,
      // A problem answer (4xx/5xx with problem details) is final; a broken connection is tried once more.
      retry: (failures, error) => !(error instanceof ApiError) && failures < 1,
      // Staff screens hold forms: no surprise reloads when the window gets the focus again.
      refetchOnWindowFocus: false,
    },
  },
});

export function QueryProvider({ children }: { children: ReactNode }) {
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}

/**
 * A write changes what reads show, often on other pages too (documenting a contact changes the desktop,
 * the queue and the start page's counts): every cached read is marked stale, the shown ones refetch
 * now, the others when they are shown next. Called by both API clients after every successful write.
 */
export function invalidateAll() {
  return queryClient.invalidateQueries({ predicate: (query) => query.meta?.[KEEP_ON_WRITES] !== true });
}

/**
 * Query meta for reads that no write of this app changes and that must not be sent again by
 * one: a knowledge search is counted by the server (no-hit statistics, gaps), and a click on a
 * hit is a write that would otherwise repeat the search and clear the opened service.
 */
export const KEEP_ON_WRITES = 'keepOnWrites';
export const keepOnWrites = { [KEEP_ON_WRITES]: true } as const;
