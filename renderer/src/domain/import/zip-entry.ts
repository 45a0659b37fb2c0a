import { inflateSync } from 'fflate';
import { toHex } from '../crypto/bytes';
import { reject, shownName, type VerifyFailure } from './verify-codes';
import type { ZipEntryInfo } from './zip-directory';

/**
 * The bytes of one entry, as a fresh copy (so later changes to the input cannot change verified content).
 * Inflation writes into a buffer one byte larger than the declared size: filling it proves the declaration
 * was a lie (a zip bomb), and the buffer bounds memory whatever the compressed stream says.
 */
export function entryBytes(bytes: Uint8Array, entry: ZipEntryInfo): Uint8Array<ArrayBuffer> | VerifyFailure {
  const where = { file: entry.name };
  const stored = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === 0) return stored.slice();
  let out: Uint8Array<ArrayBuffer>;
  try {
    out = inflateSync(stored, { out: new Uint8Array(entry.size + 1) });
  } catch {
    return reject(
      'truncated',
      `${shownName(entry.name)} is cut short or damaged and cannot be decompressed.`,
      where,
    );
  }
  if (out.length > entry.size) {
    return reject('zip-bomb', `${shownName(entry.name)} expands beyond the size it declares.`, where);
  }
  if (out.length < entry.size) {
    return reject('truncated', `${shownName(entry.name)} is shorter than the size it declares.`, where);
  }
  return out;
}

/** SHA-256 (lowercase hex) via WebCrypto at native speed, without copying the (possibly large) input. */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return toHex(new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes)));
}

/** Narrows a result that is either a value or a failure. */
export function isFailure<T>(value: T | VerifyFailure): value is VerifyFailure {
  return typeof value === 'object' && value !== null && 'ok' in value && value.ok === false;
}
