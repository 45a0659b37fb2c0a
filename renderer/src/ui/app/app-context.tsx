import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { StoreProvider, type Store } from '../../data';
import type { Platform } from '../../platform';
import type { Marking } from '../../domain/assessment/model';

/**
 * What every screen may use besides the data layer: the platform (files, app facts) and the marking banner.
 * Stored data is reached only through renderer/src/data/ (its hooks and useStore()); there is no database here.
 */
interface AppServices {
  platform: Platform;
  /** The sensitivity marking of the assessment on screen, shown in the banner; null when none is open. */
  marking: Marking | null;
  setMarking: (marking: Marking | null) => void;
}

const AppContext = createContext<AppServices | null>(null);

export function AppProvider({
  store,
  platform,
  children,
}: {
  store: Store;
  platform: Platform;
  children: ReactNode;
}) {
  const [marking, setMarking] = useState<Marking | null>(null);
  const value = useMemo(() => ({ platform, marking, setMarking }), [platform, marking]);
  return (
    <StoreProvider store={store}>
      <AppContext.Provider value={value}>{children}</AppContext.Provider>
    </StoreProvider>
  );
}

export function useApp(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useApp must be used inside AppProvider.');
  return services;
}
