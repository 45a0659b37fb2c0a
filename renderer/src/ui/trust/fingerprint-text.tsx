import { colonFingerprint } from '../../domain/crypto/fingerprint';

/**
 * A SHA-256 fingerprint as people compare it: the colon form openssl prints, monospace, wrapping only between
 * byte pairs so that no pair is split across lines.
 */
export function FingerprintText({ fingerprint }: { fingerprint: string }) {
  return (
    <code className="app-fingerprint" data-testid="fingerprint">
      {colonFingerprint(fingerprint)
        .split(':')
        .map((pair, index) => (
          <span key={index}>{index === 0 ? pair : `:${pair}`}</span>
        ))}
    </code>
  );
}
