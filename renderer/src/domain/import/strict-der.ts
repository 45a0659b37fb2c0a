/**
 * Strict DER for the ECDSA signature in SHA256SUMS.sig. OpenSSL verifies a signature only if re-encoding
 * what it parsed gives back the same bytes (no long-form or padded lengths, no redundant leading zeros, no
 * trailing bytes), so the app refuses every other encoding too: the app and `openssl dgst -verify` must never
 * disagree about a bundle.
 */

/** The length of a minimal DER INTEGER body at `at` (tag 0x02 already checked), or -1. */
function minimalIntegerEnd(der: Uint8Array, at: number): number {
  if (der[at] !== 0x02) return -1;
  const length = der[at + 1] ?? 0x80;
  // P-256 values fit in 32 bytes, 33 with the sign padding; short-form lengths only.
  if (length === 0 || length > 33) return -1;
  const first = der[at + 2];
  const second = der[at + 3];
  if (first === undefined || at + 2 + length > der.length) return -1;
  if (first & 0x80) return -1; // negative
  if (first === 0 && length > 1 && second !== undefined && (second & 0x80) === 0) return -1; // padded
  if (first === 0 && length === 1) return -1; // zero is never a valid r or s
  return at + 2 + length;
}

/** True when the bytes are exactly the DER of SEQUENCE { INTEGER r, INTEGER s } and nothing else. */
export function isStrictDerSignature(der: Uint8Array): boolean {
  if (der.length < 8 || der[0] !== 0x30 || der[1] !== der.length - 2 || (der[1] ?? 0) >= 0x80) return false;
  const afterR = minimalIntegerEnd(der, 2);
  if (afterR < 0) return false;
  return minimalIntegerEnd(der, afterR) === der.length;
}
