import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { NewIdentityInput } from '../../domain/crypto/identity';
import type { ParsedCertificate } from '../../domain/crypto/parse-certificate';
import { useStore, useStoredIdentity } from '../../data';
import { IdentityContext, type IdentityState, type IdentityStatus } from './identity-context';

// The key is remembered together with the identity it belongs to, so a different record never pairs with it.
type Unlocked = { identityId: string; key: CryptoKey };
type Parsed = { fingerprint: string; certificate: ParsedCertificate };

// Certificate and key code (pkijs) loads on first use, not at start-up.
const identityCode = () => import('../../domain/crypto/identity');
const certificateCode = () => import('../../domain/crypto/parse-certificate');

export function IdentityProvider({ children }: { children: ReactNode }) {
  const store = useStore();
  const stored = useStoredIdentity();
  const record = stored?.ok ? (stored.value ?? null) : null;
  const [unlocked, setUnlocked] = useState<Unlocked | null>(null);
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
      return { ok: true as const };
    },
    [store],
  );

  const unlock = useCallback(
    async (passphrase: string) => {
      if (!record) return { ok: false as const, code: 'no-identity', message: 'Create an identity first.' };
      const { unlockIdentity } = await identityCode();
      const key = await unlockIdentity(record, passphrase);
      if (!key.ok) return key;
      setUnlocked({ identityId: record.id, key: key.value });
      return { ok: true as const };
    },
    [record],
  );

  const changePassphrase = useCallback(
    async (current: string, next: string) => {
      if (!record) return { ok: false as const, code: 'no-identity', message: 'Create an identity first.' };
      const { changePassphrase: rewrap } = await identityCode();
      const changed = await rewrap(record, current, next);
      if (!changed.ok) return changed;
      const saved = await store.updateIdentity(changed.value);
      return saved.ok ? { ok: true as const } : saved;
    },
    [store, record],
  );

  const lock = useCallback(() => setUnlocked(null), []);

  const value = useMemo<IdentityState>(() => {
    const key = record && unlocked?.identityId === record.id ? unlocked.key : null;
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
    };
  }, [stored, record, unlocked, parsed, create, unlock, lock, changePassphrase]);

  return <IdentityContext.Provider value={value}>{children}</IdentityContext.Provider>;
}
