import { sha256Bytes, toHex } from './bytes';

/** A certificate's SHA-256 fingerprint in the two forms the app shows. */
export type Fingerprint = {
  /** Uppercase hex pairs joined by colons, as `openssl x509 -fingerprint -sha256` prints it. */
  colon: string;
  /** 64 lowercase hex characters, for file names, manifests and comparisons. */
  compact: string;
};

/** SHA-256 fingerprint of a DER-encoded certificate. */
export async function fingerprintOf(der: Uint8Array): Promise<Fingerprint> {
  const compact = toHex(await sha256Bytes(der));
  return { compact, colon: colonFingerprint(compact) };
}

/** Turns a compact (hex) fingerprint into the colon form; accepts either case and existing colons. */
export function colonFingerprint(hex: string): string {
  const clean = hex.replace(/:/g, '').toUpperCase();
  return (clean.match(/.{2}/g) ?? []).join(':');
}
