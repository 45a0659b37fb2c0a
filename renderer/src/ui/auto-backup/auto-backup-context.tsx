/**
 * The desktop's automatic backup while the app runs: answers main's requests (daily, and before quitting)
 * with one backup at a time, and holds the latest status for Settings → Backups. The signing key exists only
 * in the identity context, so a request that finds it locked is recorded as skipped; a daily one is then
 * written as soon as the identity is unlocked, instead of waiting for main's next hourly try.
 */
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useStore } from '../../data';
import type { AutoBackupStatus, BackupRequestReason } from '../../platform';
import type { BackupIdentity } from '../../services/backup/auto-backup';
import { useApp } from '../app/app-context';
import { useIdentity, type IdentityState } from '../identity/identity-context';

export interface AutoBackupState {
  /** Null until main has answered, and always in a browser. */
  status: AutoBackupStatus | null;
  setStatus: (status: AutoBackupStatus) => void;
}

const AutoBackupContext = createContext<AutoBackupState>({ status: null, setStatus: () => undefined });

function backupIdentity(identity: IdentityState): BackupIdentity {
  if (identity.status === 'none' || identity.status === 'corrupt') return { kind: 'none' };
  const { record, signingKey } = identity;
  if (!record || !signingKey) return { kind: 'locked' };
  return { kind: 'unlocked', signer: { signingKey, certificatePem: record.certificatePem } };
}

export function AutoBackupProvider({ children }: { children: ReactNode }) {
  const store = useStore();
  const backups = useApp().platform.autoBackup;
  const identity = useIdentity();
  const [status, setStatus] = useState<AutoBackupStatus | null>(null);
  // The request handler is subscribed once; it reads the identity as it is when main asks.
  const identityNow = useRef(identity);
  useEffect(() => {
    identityNow.current = identity;
  }, [identity]);
  const running = useRef<Promise<void> | null>(null);
  const retryOnUnlock = useRef(false);

  const run = useCallback(
    (reason: BackupRequestReason): Promise<void> => {
      if (!backups) return Promise.resolve();
      // A request while one is running (a quit during a daily backup) waits for that one instead.
      if (running.current) return running.current;
      const job = (async () => {
        const outcome = await store.runAutoBackup(backups, backupIdentity(identityNow.current));
        retryOnUnlock.current =
          reason === 'daily' && outcome.kind === 'skipped' && outcome.reason === 'identity-locked';
        const latest = await backups.status();
        if (latest.ok) setStatus(latest.value);
      })().finally(() => {
        running.current = null;
      });
      running.current = job;
      return job;
    },
    [backups, store],
  );

  useEffect(() => backups?.onRequest(run), [backups, run]);
  useEffect(() => {
    void backups?.status().then((loaded) => {
      if (loaded.ok) setStatus(loaded.value);
    });
  }, [backups]);
  useEffect(() => {
    if (identity.signingKey === null || !retryOnUnlock.current) return;
    retryOnUnlock.current = false;
    void run('daily');
  }, [identity.signingKey, run]);

  return <AutoBackupContext.Provider value={{ status, setStatus }}>{children}</AutoBackupContext.Provider>;
}

export function useAutoBackup(): AutoBackupState {
  return useContext(AutoBackupContext);
}
