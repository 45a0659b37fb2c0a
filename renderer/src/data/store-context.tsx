import { createContext, useContext, type ReactNode } from 'react';
import type { Store } from './store';

const StoreContext = createContext<Store | null>(null);

/** Makes the Store available to every hook in this folder; the app provides it once, at the root. */
export function StoreProvider({ store, children }: { store: Store; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** The Store: bound repository functions for the writes (and one-off reads) a screen makes. */
export function useStore(): Store {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore must be used inside StoreProvider.');
  return store;
}
