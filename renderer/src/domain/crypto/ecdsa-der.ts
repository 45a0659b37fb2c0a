/**
 * WebCrypto signs ECDSA as raw r||s (IEEE P1363); OpenSSL, X.509 and CMS expect DER
 * SEQUENCE { INTEGER r, INTEGER s }. These two functions convert between the forms for P-256.
 */

const COORDINATE_BYTES = 32;

/** Minimal DER INTEGER body: no redundant leading zeros, one 0x00 added when the high bit is set. */
function integerBody(unsigned: Uint8Array): Uint8Array {
  let start = 0;
  while (start < unsigned.length - 1 && unsigned[start] === 0) start++;
  const trimmed = unsigned.subarray(start);
  if ((trimmed[0] ?? 0) & 0x80) {
    const padded = new Uint8Array(trimmed.length + 1);
    padded.set(trimmed, 1);
    return padded;
  }
  return trimmed;
}

/** Converts a raw 64-byte P-256 signature (r||s) to DER. */
export function rawSignatureToDer(raw: Uint8Array): Uint8Array {
  if (raw.length !== 2 * COORDINATE_BYTES) throw new Error('An ECDSA P-256 signature has 64 raw bytes.');
  const r = integerBody(raw.subarray(0, COORDINATE_BYTES));
  const s = integerBody(raw.subarray(COORDINATE_BYTES));
  const bodyLength = 2 + r.length + 2 + s.length;
  // At most 2 * (2 + 33) = 70 bytes, so the short length form always applies.
  const der = new Uint8Array(2 + bodyLength);
  der.set([0x30, bodyLength, 0x02, r.length], 0);
  der.set(r, 4);
  der.set([0x02, s.length], 4 + r.length);
  der.set(s, 6 + r.length);
  return der;
}

function readInteger(der: Uint8Array, offset: number): { value: Uint8Array; next: number } {
  if (der[offset] !== 0x02) throw new Error('Expected a DER INTEGER in the signature.');
  const length = der[offset + 1] ?? 0;
  const body = der.subarray(offset + 2, offset + 2 + length);
  if (length === 0 || body.length !== length) throw new Error('The signature INTEGER is truncated.');
  if ((body[0] ?? 0) & 0x80) throw new Error('The signature INTEGER is negative.');
  let start = 0;
  while (start < body.length - 1 && body[start] === 0) start++;
  const value = body.subarray(start);
  if (value.length > COORDINATE_BYTES) throw new Error('The signature INTEGER is too large for P-256.');
  return { value, next: offset + 2 + length };
}

/** Converts a DER ECDSA signature to raw 64-byte r||s; throws on malformed input. */
export function derSignatureToRaw(der: Uint8Array): Uint8Array {
  if (der[0] !== 0x30 || der[1] !== der.length - 2) throw new Error('The signature is not a DER SEQUENCE.');
  const r = readInteger(der, 2);
  const s = readInteger(der, r.next);
  if (s.next !== der.length) throw new Error('The signature has trailing bytes.');
  const raw = new Uint8Array(2 * COORDINATE_BYTES);
  raw.set(r.value, COORDINATE_BYTES - r.value.length);
  raw.set(s.value, 2 * COORDINATE_BYTES - s.value.length);
  return raw;
}
