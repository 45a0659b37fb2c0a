import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { AirrDatabase } from '../../storage/database';
import type { Platform } from '../../platform/platform';
import type { Marking } from '../../domain/assessment/model';

interface AppServices {
  db: AirrDatabase;
  platform: Platform;
  /** The sensitivity marking of the assessment on screen, shown in the banner; null when none is open. */
  marking: Marking | null;
  setMarking: (marking: Marking | null) => void;
}

const AppContext = createContext<AppServices | null>(null);

export function AppProvider({
  db,
  platform,
  children,
}: {
  db: AirrDatabase;
  platform: Platform;
  children: ReactNode;
}) {
  const [marking, setMarking] = useState<Marking | null>(null);
  const value = useMemo(() => ({ db, platform, marking, setMarking }), [db, platform, marking]);
  return <AppContext.Provider value={value}>{children}</AppContext.Provider>;
}

export function useApp(): AppServices {
  const services = useContext(AppContext);
  if (!services) throw new Error('useApp must be used inside AppProvider.');
  return services;
}
