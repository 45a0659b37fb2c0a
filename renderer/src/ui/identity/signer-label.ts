import { colonFingerprint } from '../../domain/crypto/fingerprint';

/** The first four bytes of a fingerprint ("AB:CD:EF:01"): enough to tell signers apart in a journal line. */
export function shortFingerprint(fingerprint: string): string {
  return colonFingerprint(fingerprint).slice(0, 11);
}

/** How the journal names an assessor with an unlocked identity. */
export function signerActor(name: string, fingerprint: string): string {
  return `${name} (${shortFingerprint(fingerprint)})`;
}
