import { useEffect, useSyncExternalStore } from 'react';

/**
 * The contact the agent is talking to right now, so the outage banner (outside the desktop page)
 * counts the call on that contact: once per contact, however often the button is pressed.
 */
let current: string | null = null;
const listeners = new Set<() => void>();
const set = (id: string | null) => {
  current = id;
  for (const l of listeners) l();
};

/** The desktop's screen pop announces its contact while it is shown. */
export function useAnnounceCurrentContact(contactId: string) {
  useEffect(() => {
    set(contactId);
    return () => {
      if (current === contactId) set(null);
    };
  }, [contactId]);
}

export function useCurrentContact(): string | null {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => current,
  );
}
