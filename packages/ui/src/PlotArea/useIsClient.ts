import { useSyncExternalStore } from 'react';

function subscribe(): () => void {
  return () => undefined;
}

/**
 * `false` on the server and during hydration, `true` after: a client-only subtree rendered
 * under it cannot cause a hydration mismatch. A plain `createRoot` render is `true` at once.
 */
export function useIsClient(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
