import { useLiveQuery } from 'dexie-react-hooks';
import type { TrustedSignerRow } from '../../storage/rows';
import { findTrustedSigner, listTrustedSigners } from '../../storage/trust-repository';
import { useApp } from '../app/app-context';

/**
 * The trust store entry for a fingerprint, live: a verdict on screen follows the store, so trusting or
 * distrusting a signer (here or on the Trust page) changes what the verdict says at once.
 * undefined while loading, null when the signer is not trusted.
 */
export function useTrustedSigner(fingerprintHex: string): TrustedSignerRow | null | undefined {
  const { db } = useApp();
  return useLiveQuery(
    async () => (await findTrustedSigner(db, fingerprintHex)) ?? null,
    [db, fingerprintHex],
  );
}

export function useTrustedSigners(): TrustedSignerRow[] | undefined {
  const { db } = useApp();
  return useLiveQuery(() => listTrustedSigners(db), [db]);
}
