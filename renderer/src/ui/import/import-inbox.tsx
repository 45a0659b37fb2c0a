/**
 * Files the operating system asked the app to open (double-clicking an .airr, a second instance). The
 * subscription lives here, once, for the whole app; a file that arrives is parked and the Import page picks it
 * up, so a file opened while another screen is showing is never lost or imported behind the user's back.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { OpenedFile } from '../../platform';
import { useApp } from '../app/app-context';
import { routeHref } from '../app/router';

interface ImportInbox {
  /** The file waiting to be verified, if any. */
  pending: OpenedFile | null;
  /** Takes the waiting file out of the inbox. */
  take: () => OpenedFile | null;
  /** Why the last file the OS handed over could not be read, until the user dismisses it. */
  problem: string | null;
  dismissProblem: () => void;
}

const InboxContext = createContext<ImportInbox | null>(null);

export function ImportInboxProvider({ children }: { children: ReactNode }) {
  const { platform } = useApp();
  const [pending, setPending] = useState<OpenedFile | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(
    () =>
      platform.onOpenFileRequest(
        (file) => {
          setProblem(null);
          setPending(file);
          window.location.hash = routeHref('import');
        },
        (message) => {
          setProblem(message);
          window.location.hash = routeHref('import');
        },
      ),
    [platform],
  );
  const dismissProblem = useCallback(() => setProblem(null), []);
  const take = useCallback(() => {
    const file = pending;
    setPending(null);
    return file;
  }, [pending]);
  const value = useMemo(
    () => ({ pending, take, problem, dismissProblem }),
    [pending, take, problem, dismissProblem],
  );
  return <InboxContext.Provider value={value}>{children}</InboxContext.Provider>;
}

export function useImportInbox(): ImportInbox {
  const inbox = useContext(InboxContext);
  if (!inbox) throw new Error('useImportInbox must be used inside ImportInboxProvider.');
  return inbox;
}
