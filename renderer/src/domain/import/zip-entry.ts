import { Inflate } from 'fflate';
import { toHex } from '../crypto/bytes';
import { Crc32 } from './crc32';
import { reject, shownName, type VerifyFailure } from './verify-codes';
import type { ZipEntryInfo } from './zip-directory';

/**
 * Compressed bytes handed to the inflater at a time. Deflate expands at most 1032:1, so one step produces at
 * most about 4 MiB: the most an entry can overrun its declared size before inflation stops.
 */
export const INFLATE_INPUT_CHUNK = 4096;
/** The most one inflation step can produce beyond what was asked for (see INFLATE_INPUT_CHUNK). */
export const INFLATE_STEP_MAX_BYTES = INFLATE_INPUT_CHUNK * 1032 + 32 * 1024;

/** Bytes all entries of one bundle may still produce; shared by every read of that bundle. */
export type InflateBudget = { remaining: number };

/** What a bounded inflation produced: the bytes, or how far it got before it was stopped. */
export type Inflated =
  | { ok: true; bytes: Uint8Array<ArrayBuffer> }
  | { ok: false; produced: number; reason: 'overrun' | 'budget' | 'damaged' };

class Stop extends Error {}

/**
 * Inflates a raw deflate stream that must expand to exactly `size` bytes, feeding it to the inflater in small
 * steps and stopping at the first step that passes `size` or the budget. A stream that claims 60 MiB and holds
 * 4 GiB of zeros is stopped after at most 60 MiB plus one step, whatever follows.
 */
export function inflateBounded(stored: Uint8Array, size: number, budget: InflateBudget): Inflated {
  const out = new Uint8Array(size);
  let produced = 0;
  let reason: 'overrun' | 'budget' | null = null;
  const inflater = new Inflate((chunk) => {
    if (produced + chunk.length > size) reason = 'overrun';
    else if (chunk.length > budget.remaining) reason = 'budget';
    if (reason) {
      produced += chunk.length;
      throw new Stop();
    }
    out.set(chunk, produced);
    produced += chunk.length;
    budget.remaining -= chunk.length;
  });
  try {
    for (let at = 0; at < stored.length || at === 0; at += INFLATE_INPUT_CHUNK) {
      const end = Math.min(stored.length, at + INFLATE_INPUT_CHUNK);
      inflater.push(stored.subarray(at, end), end >= stored.length);
    }
  } catch {
    return { ok: false, produced, reason: reason ?? 'damaged' };
  }
  return produced === size ? { ok: true, bytes: out } : { ok: false, produced, reason: 'damaged' };
}

function inflated(stored: Uint8Array, entry: ZipEntryInfo, budget: InflateBudget) {
  const where = { file: entry.name };
  const result = inflateBounded(stored, entry.size, budget);
  if (result.ok) return result.bytes;
  if (result.reason === 'overrun') {
    return reject(
      'zip-bomb',
      `${shownName(entry.name)} expands beyond the ${entry.size} bytes it declares.`,
      where,
    );
  }
  if (result.reason === 'budget') {
    return reject(
      'too-large',
      `${shownName(entry.name)} takes the bundle past the most this app inflates.`,
      where,
    );
  }
  if (result.produced < entry.size && result.produced > 0) {
    return reject(
      'size-mismatch',
      `${shownName(entry.name)} expands to fewer bytes than the ${entry.size} it declares.`,
      where,
    );
  }
  return reject(
    'truncated',
    `${shownName(entry.name)} is cut short or damaged and cannot be decompressed.`,
    where,
  );
}

/**
 * The bytes of one entry, as a fresh copy (so later changes to the input cannot change verified content),
 * checked against the declared size and CRC-32. Without a budget, the entry's own declared size is the bound.
 */
export function entryBytes(
  bytes: Uint8Array,
  entry: ZipEntryInfo,
  budget: InflateBudget = { remaining: entry.size },
): Uint8Array<ArrayBuffer> | VerifyFailure {
  const stored = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  let content: Uint8Array<ArrayBuffer> | VerifyFailure;
  if (entry.method === 0) {
    if (stored.length > budget.remaining) {
      return reject('too-large', `${shownName(entry.name)} takes the bundle past the most this app reads.`, {
        file: entry.name,
      });
    }
    budget.remaining -= stored.length;
    content = stored.slice();
  } else {
    content = inflated(stored, entry, budget);
  }
  if (isFailure(content)) return content;
  const crc = new Crc32();
  crc.update(content);
  if (crc.value() !== entry.crc) {
    return reject('crc-mismatch', `${shownName(entry.name)} does not match its ZIP CRC-32 checksum.`, {
      file: entry.name,
    });
  }
  return content;
}

/** SHA-256 (lowercase hex) via WebCrypto at native speed, without copying the (possibly large) input. */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return toHex(new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes)));
}

/** Narrows a result that is either a value or a failure. */
export function isFailure<T>(value: T | VerifyFailure): value is VerifyFailure {
  return typeof value === 'object' && value !== null && 'ok' in value && value.ok === false;
}
