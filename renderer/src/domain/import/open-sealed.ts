/**
 * Sealed bundles (.airr.age): the whole .airr encrypted with age to an X25519 recipient or a passphrase, so
 * `age -d` opens it without the app. Opening only decrypts; the result goes through verifyBundle like any
 * other bundle.
 */
import { Decrypter, armor } from 'age-encryption';
import { fromUtf8 } from '../crypto/bytes';
import { failure, success, type Failure, type Result } from '../result';
import { VERIFY_SENTENCES, type SealedCode } from './verify-codes';

const BINARY_MAGIC = 'age-encryption.org/v1\n';
const ARMOR_MAGIC = '-----BEGIN AGE ENCRYPTED FILE-----';

/** The key material a sealed bundle may be opened with; give either or both. */
export type SealedKey = { identity?: string; passphrase?: string };

/** The decrypted bundle bytes, or why the file could not be opened. */
export type OpenSealedResult = Result<Uint8Array, SealedCode>;

function startsWithText(bytes: Uint8Array, text: string): boolean {
  if (bytes.length < text.length) return false;
  return [...text].every((char, i) => bytes[i] === char.charCodeAt(0));
}

/** True when the bytes look like an age file (binary or ASCII-armored). */
export function isSealed(bytes: Uint8Array): boolean {
  return startsWithText(bytes, BINARY_MAGIC) || startsWithText(bytes, ARMOR_MAGIC);
}

function wrongKey(message: string = VERIFY_SENTENCES['wrong-key']): Failure<SealedCode> {
  return failure('wrong-key', message);
}

/**
 * Decrypts a sealed bundle with an age identity (`AGE-SECRET-KEY-1…`) and/or a passphrase. Any decryption
 * failure (wrong key, wrong passphrase, damaged file) is 'wrong-key': age's authenticated encryption cannot
 * tell them apart, and the reply to all of them is the same. Never throws.
 */
export async function openSealed(bytes: Uint8Array, key: SealedKey): Promise<OpenSealedResult> {
  if (!isSealed(bytes)) return failure('not-sealed', VERIFY_SENTENCES['not-sealed']);
  const identity = key.identity?.trim();
  if (!identity && !key.passphrase)
    return wrongKey('Give the private key or the passphrase to open this bundle.');
  try {
    const decrypter = new Decrypter();
    if (identity) decrypter.addIdentity(identity);
    if (key.passphrase) decrypter.addPassphrase(key.passphrase);
    const input = startsWithText(bytes, ARMOR_MAGIC) ? armor.decode(fromUtf8(bytes)) : bytes;
    return success(await decrypter.decrypt(input));
  } catch {
    return wrongKey();
  }
}
