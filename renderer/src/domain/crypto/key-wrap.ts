/**
 * Key wrapping at rest. The private key is exported as PKCS#8 exactly once, at creation, and stored only
 * encrypted: AES-256-GCM under a key derived from the passphrase with PBKDF2-SHA-256 (600,000 iterations,
 * OWASP 2023 guidance; WebCrypto has no scrypt/Argon2, and PBKDF2 keeps the code dependency-free). GCM's
 * tag doubles as the passphrase check. Unwrapping re-imports the key as non-extractable, so after unlock
 * no code path can read the key material back out of memory.
 */
import { z } from 'zod';
import { fromBase64, ownBytes, toBase64, utf8 } from './bytes';
import { failure, success, type Result } from '../result';

export const PBKDF2_ITERATIONS = 600_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const BASE64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);

/** A private key as stored: PKCS#8 encrypted under a passphrase. */
export const WrappedKey = z.object({
  kdf: z.literal('pbkdf2-sha256'),
  iterations: z.number().int().min(PBKDF2_ITERATIONS).max(10_000_000),
  salt: BASE64,
  iv: BASE64,
  ciphertext: BASE64,
});
export type WrappedKey = z.infer<typeof WrappedKey>;

export type UnwrapErrorCode = 'wrong-passphrase' | 'identity-corrupt';

const WRONG_PASSPHRASE = 'That passphrase does not unlock this identity.';

async function deriveKey(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await globalThis.crypto.subtle.importKey(
    'raw',
    ownBytes(utf8(passphrase.normalize('NFC'))),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return globalThis.crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: ownBytes(salt), iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Encrypts PKCS#8 bytes under a passphrase with a fresh salt and IV. */
export async function wrapPrivateKey(pkcs8: Uint8Array, passphrase: string): Promise<WrappedKey> {
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const key = await deriveKey(passphrase, salt, PBKDF2_ITERATIONS);
  const ciphertext = await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, ownBytes(pkcs8));
  return {
    kdf: 'pbkdf2-sha256',
    iterations: PBKDF2_ITERATIONS,
    salt: toBase64(salt),
    iv: toBase64(iv),
    ciphertext: toBase64(new Uint8Array(ciphertext)),
  };
}

/** Decrypts the PKCS#8 bytes; the caller must import them and drop them at once. */
export async function unwrapPkcs8(
  record: WrappedKey,
  passphrase: string,
): Promise<Result<Uint8Array, UnwrapErrorCode>> {
  const parsed = WrappedKey.safeParse(record);
  if (!parsed.success)
    return failure('identity-corrupt', 'The stored identity key is damaged or incomplete.');
  const { salt, iv, ciphertext, iterations } = parsed.data;
  const key = await deriveKey(passphrase, fromBase64(salt), iterations);
  try {
    const plain = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: ownBytes(fromBase64(iv)) },
      key,
      ownBytes(fromBase64(ciphertext)),
    );
    return success(new Uint8Array(plain));
  } catch {
    return failure('wrong-passphrase', WRONG_PASSPHRASE);
  }
}

/** Unwraps and imports the signing key as a non-extractable ECDSA P-256 CryptoKey. */
export async function unwrapSigningKey(
  record: WrappedKey,
  passphrase: string,
): Promise<Result<CryptoKey, UnwrapErrorCode>> {
  const pkcs8 = await unwrapPkcs8(record, passphrase);
  if (!pkcs8.ok) return pkcs8;
  try {
    return success(await importSigningKey(pkcs8.value));
  } catch {
    return failure('identity-corrupt', 'The stored identity key could not be read as an ECDSA P-256 key.');
  } finally {
    pkcs8.value.fill(0);
  }
}

/** Imports PKCS#8 bytes as a non-extractable ECDSA P-256 signing key. */
export async function importSigningKey(pkcs8: Uint8Array): Promise<CryptoKey> {
  return globalThis.crypto.subtle.importKey(
    'pkcs8',
    ownBytes(pkcs8),
    { name: 'ECDSA', namedCurve: 'P-256' },
    false,
    ['sign'],
  );
}

/** Re-encrypts a wrapped key under a new passphrase (new salt and IV); fails if the old one is wrong. */
export async function rewrapPrivateKey(
  record: WrappedKey,
  oldPassphrase: string,
  newPassphrase: string,
): Promise<Result<WrappedKey, UnwrapErrorCode>> {
  const pkcs8 = await unwrapPkcs8(record, oldPassphrase);
  if (!pkcs8.ok) return pkcs8;
  try {
    return success(await wrapPrivateKey(pkcs8.value, newPassphrase));
  } finally {
    pkcs8.value.fill(0);
  }
}
