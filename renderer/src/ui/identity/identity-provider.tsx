import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { NewIdentityInput } from '../../domain/crypto/identity';
import type { ParsedCertificate } from '../../domain/crypto/parse-certificate';
import { DEFAULT_IDLE_LOCK_MINUTES, useIdleLockMinutes, useStore, useStoredIdentity } from '../../data';
import { useApp } from '../app/app-context';
import {
  IdentityContext,
  type IdentityState,
  type IdentityStatus,
  type LockReason,
} from './identity-context';
import { useIdleLock } from './use-idle-lock';
import { DONE, failure } from '../../domain/result';

const NO_IDENTITY = failure('no-identity', 'Create an identity first.');

// The key is remembered together with the identity it belongs to, so a different record never pairs with it.
type Unlocked = { identityId: string; key: CryptoKey };
type Parsed = { fingerprint: string; certificate: ParsedCertificate };

// Certificate and key code (pkijs) loads on first use, not at start-up.
const identityCode = () => import('../../domain/crypto/identity');
const certificateCode = () => import('../../domain/crypto/parse-certificate');

export function IdentityProvider({ children }: { children: ReactNode }) {
  const store = useStore();
  const { platform } = useApp();
  const stored = useStoredIdentity();
  const record = stored?.ok ? (stored.value ?? null) : null;
  const recordId = record?.id ?? null;
  const idleLockMinutes = useIdleLockMinutes(recordId) ?? DEFAULT_IDLE_LOCK_MINUTES;
  const [unlocked, setUnlocked] = useState<Unlocked | null>(null);
  const [lockReason, setLockReason] = useState<LockReason | null>(null);
  const [parsed, setParsed] = useState<Parsed | null>(null);

  useEffect(() => {
    if (!record) return;
    let current = true;
    void certificateCode()
      .then(({ parseCertificate }) => parseCertificate(record.certificatePem))
      .then((result) => {
        if (current && result.ok) setParsed({ fingerprint: record.fingerprint, certificate: result.value });
      });
    return () => {
      current = false;
    };
  }, [record]);

  const create = useCallback(
    async (input: NewIdentityInput) => {
      const { createIdentity } = await identityCode();
      const created = await createIdentity(input);
      if (!created.ok) return created;
      const saved = await store.saveIdentity(created.value.record);
      if (!saved.ok) return saved;
      setUnlocked({ identityId: created.value.record.id, key: created.value.signingKey });
      setLockReason(null);
      return DONE;
    },
    [store],
  );

  const unlock = useCallback(
    async (passphrase: string) => {
      if (!record) return NO_IDENTITY;
      const { unlockIdentity } = await identityCode();
      const key = await unlockIdentity(record, passphrase);
      if (!key.ok) return key;
      setUnlocked({ identityId: record.id, key: key.value });
      setLockReason(null);
      return DONE;
    },
    [record],
  );

  const changePassphrase = useCallback(
    async (current: string, next: string) => {
      if (!record) return NO_IDENTITY;
      const { changePassphrase: rewrap } = await identityCode();
      const changed = await rewrap(record, current, next);
      if (!changed.ok) return changed;
      const saved = await store.updateIdentity(changed.value);
      return saved.ok ? DONE : saved;
    },
    [store, record],
  );

  const lock = useCallback(() => {
    setUnlocked(null);
    setLockReason(null);
  }, []);
  const lockIdle = useCallback(() => {
    setUnlocked(null);
    setLockReason('idle');
  }, []);

  const setIdleLock = useCallback(
    async (minutes: number) => {
      if (!recordId) return NO_IDENTITY;
      return store.setIdleLockMinutes(recordId, minutes);
    },
    [store, recordId],
  );

  const key = record && unlocked?.identityId === record.id ? unlocked.key : null;
  // An unattended laptop signs nothing: the key locks when idle, when the window stays hidden that long,
  // and (desktop) when the screen locks or the machine suspends.
  const isUnlocked = key !== null;
  useIdleLock(isUnlocked, idleLockMinutes, lockIdle);
  useEffect(() => {
    if (!isUnlocked) return;
    return platform.onSessionLock?.(() => {
      setUnlocked(null);
      setLockReason('session');
    });
  }, [platform, isUnlocked]);

  const value = useMemo<IdentityState>(() => {
    let status: IdentityStatus = 'loading';
    if (stored && !stored.ok) status = 'corrupt';
    else if (stored) status = record ? (key ? 'unlocked' : 'locked') : 'none';
    return {
      status,
      record,
      certificate: parsed && parsed.fingerprint === record?.fingerprint ? parsed.certificate : null,
      signingKey: key,
      problem: stored && !stored.ok ? stored.message : null,
      create,
      unlock,
      lock,
      changePassphrase,
      idleLockMinutes,
      setIdleLockMinutes: setIdleLock,
      lockReason: key ? null : lockReason,
    };
  }, [
    stored,
    record,
    key,
    parsed,
    create,
    unlock,
    lock,
    changePassphrase,
    idleLockMinutes,
    setIdleLock,
    lockReason,
  ]);

  return <IdentityContext.Provider value={value}>{children}</IdentityContext.Provider>;
}
