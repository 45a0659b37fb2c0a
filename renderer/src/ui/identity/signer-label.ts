import { colonFingerprint } from '../../domain/crypto/fingerprint';

/**
 * The first 16 bytes (128 bits) of a fingerprint in openssl's colon form ("AB:CD:…:EF"): no label anywhere
 * is shorter than 128 bits, so none can be matched by a ground certificate in practice.
 */
export function shortFingerprint(fingerprint: string): string {
  return colonFingerprint(fingerprint).slice(0, 16 * 3 - 1);
}

/** How the journal names an assessor with an unlocked identity. */
export function signerActor(name: string, fingerprint: string): string {
  return `${name} (${shortFingerprint(fingerprint)})`;
}
