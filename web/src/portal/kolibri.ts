import { useSyncExternalStore } from 'react';

/**
 * KoliBri's web components are registered after the first render, from their own chunk (decision 0162):
 * the reading content (our semantic HTML) paints at once, and the controls appear when `register`
 * resolves (~0.6 s here, seconds on a throttled phone). Until then a control is a placeholder of its
 * size: the adapter sets object props (`_on`, `_options`) as element properties, which must not land on
 * a not yet defined element.
 */
let ready = false;
const listeners = new Set<() => void>();

export function loadKolibri(): Promise<void> {
  return Promise.all([import('@public-ui/components'), import('@public-ui/components/loader'), import('@public-ui/theme-default')]).then(
    async ([{ register }, { defineCustomElements }, { DEFAULT }]) => {
      await register(DEFAULT, defineCustomElements);
      ready = true;
      for (const l of listeners) l();
    },
  );
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** True once KoliBri's components are defined. */
// On the server and while hydrating, KoliBri is not registered: the native controls render (the same markup).
export const useKolibriReady = () =>
  useSyncExternalStore(
    subscribe,
    () => ready,
    () => false,
  );
