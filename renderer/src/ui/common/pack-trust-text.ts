import type { PackTrust } from '../../data';

/** A pack's signature state in words: built in, signed and trusted, signed but not trusted, or unsigned. */
export function packTrustText(trust: PackTrust): string {
  switch (trust.kind) {
    case 'built-in':
      return 'Built into the app';
    case 'signed-trusted':
      return `Signed by ${trust.trustedAs}, trusted`;
    case 'signed-untrusted':
      return `Signed, not trusted (signer ${trust.signerName || 'unnamed'}, fingerprint ${trust.fingerprint.slice(0, 16)}…)`;
    case 'unsigned':
      return 'Unsigned: who published it cannot be checked';
  }
}
