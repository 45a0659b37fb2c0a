import { ownBytes } from './bytes';
import { derSignatureToRaw, rawSignatureToDer } from './ecdsa-der';

const ECDSA_SHA256 = { name: 'ECDSA', hash: 'SHA-256' } as const;

/**
 * Signs bytes with an ECDSA P-256 private key (extractable or not) and returns the DER-encoded
 * ECDSA-SHA256 signature, the form `openssl dgst -sha256 -verify` reads.
 */
export async function signDetached(privateKey: CryptoKey, bytes: Uint8Array): Promise<Uint8Array> {
  const raw = await globalThis.crypto.subtle.sign(ECDSA_SHA256, privateKey, ownBytes(bytes));
  return rawSignatureToDer(new Uint8Array(raw));
}

/**
 * Verifies a DER ECDSA-SHA256 signature over bytes with the certificate's public key.
 * Returns false for a wrong or malformed signature rather than throwing.
 */
export async function verifyDetached(
  certificate: { publicKey: CryptoKey },
  bytes: Uint8Array,
  derSignature: Uint8Array,
): Promise<boolean> {
  let raw: Uint8Array;
  try {
    raw = derSignatureToRaw(derSignature);
  } catch {
    return false;
  }
  return globalThis.crypto.subtle.verify(ECDSA_SHA256, certificate.publicKey, ownBytes(raw), ownBytes(bytes));
}
