import { colonFingerprint } from '../../domain/crypto/fingerprint';

/** A SHA-256 fingerprint in the colon form openssl prints, monospace and wrapping, for comparison by eye. */
export function FingerprintDisplay({ fingerprint, testId }: { fingerprint: string; testId?: string }) {
  return (
    <code className="fingerprint" data-testid={testId}>
      {colonFingerprint(fingerprint)}
    </code>
  );
}
