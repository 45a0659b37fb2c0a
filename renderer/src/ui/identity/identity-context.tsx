/**
 * The assessor identity for this session. The record comes from storage; the signing key exists only here,
 * in React state, as a non-extractable CryptoKey: it is never persisted, and reloading the app, pressing
 * Lock, the idle time passing, or (desktop) a screen lock or suspend drops it, so every session starts locked.
 */
import { createContext, useContext } from 'react';
import type { Result } from '../../domain/result';
import type { IdentityRecord, NewIdentityInput } from '../../domain/crypto/identity';
import type { ParsedCertificate } from '../../domain/crypto/parse-certificate';

export type IdentityStatus = 'loading' | 'none' | 'corrupt' | 'locked' | 'unlocked';

/** Done, or why not (the identity, storage and 'no-identity' codes). */
export type IdentityOutcome = Result<undefined>;

/** Why the key locked without the Lock button: no activity for the idle time, or screen lock/suspend. */
export type LockReason = 'idle' | 'session';

export interface IdentityState {
  status: IdentityStatus;
  record: IdentityRecord | null;
  /** Parsed once per record; null while parsing or when there is no identity. */
  certificate: ParsedCertificate | null;
  /** Only when status is 'unlocked'. */
  signingKey: CryptoKey | null;
  /** Why the stored identity cannot be used, when status is 'corrupt'. */
  problem: string | null;
  create: (input: NewIdentityInput) => Promise<IdentityOutcome>;
  unlock: (passphrase: string) => Promise<IdentityOutcome>;
  lock: () => void;
  changePassphrase: (current: string, next: string) => Promise<IdentityOutcome>;
  /** Minutes without activity after which the unlocked key locks (Settings). */
  idleLockMinutes: number;
  setIdleLockMinutes: (minutes: number) => Promise<IdentityOutcome>;
  /** Set while locked when the lock was automatic, so the unlock form can say why. */
  lockReason: LockReason | null;
}

export const IdentityContext = createContext<IdentityState | null>(null);

export function useIdentity(): IdentityState {
  const identity = useContext(IdentityContext);
  if (!identity) throw new Error('useIdentity must be used inside IdentityProvider.');
  return identity;
}

/** For code that also runs outside the provider (e.g. the journal actor in isolated component tests). */
export function useOptionalIdentity(): IdentityState | null {
  return useContext(IdentityContext);
}
