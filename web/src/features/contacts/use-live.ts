import { useEffect, useState } from 'react';

/**
 * Subscribes to a server-sent-events endpoint; calls `onEvent` for each event of
 * the given name. The browser reconnects by itself after a network break.
 */
export function useEventStream<T>(url: string, eventName: string, onEvent: (data: T) => void) {
  useEffect(() => {
    const source = new EventSource(url, { withCredentials: true });
    const handler = (e: MessageEvent<string>) => onEvent(JSON.parse(e.data) as T);
    source.addEventListener(eventName, handler as EventListener);
    return () => source.close();
    // onEvent is expected to be stable (useCallback) or its change ignored.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [url, eventName]);
}

/** Seconds since `since`, ticking once a second (null when there is no start). */
export function useSecondsSince(since: string | null | undefined): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!since) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [since]);
  return since ? Math.max(0, (now - new Date(since).getTime()) / 1000) : null;
}
