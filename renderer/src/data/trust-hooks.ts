/** Live reads of the trust store: verdicts on screen follow it, so trusting or distrusting shows at once. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { TrustedSignerRow } from '../storage/rows';
import { useStore } from './store-context';

/**
 * The trust store entry for a fingerprint (hex, either case, colons allowed). undefined while loading, null
 * when the signer is not trusted.
 */
export function useTrustedSigner(fingerprint: string | undefined): TrustedSignerRow | null | undefined {
  const store = useStore();
  return useLiveQuery(
    async () => (fingerprint ? ((await store.findTrustedSigner(fingerprint)) ?? null) : null),
    [store, fingerprint],
  );
}

/** Every trusted signer, by label. */
export function useTrustedSigners(): TrustedSignerRow[] | undefined {
  const store = useStore();
  return useLiveQuery(() => store.listTrustedSigners(), [store]);
}

/** The fingerprints (lower-case hex) of every trusted signer. */
export function useTrustedFingerprints(): ReadonlySet<string> | undefined {
  const store = useStore();
  return useLiveQuery(() => store.trustedFingerprints(), [store]);
}
