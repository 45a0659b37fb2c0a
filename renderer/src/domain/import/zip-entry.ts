/**
 * Reading one entry: inflate (bounded), copy, and check size and CRC-32. The work is written once as a
 * generator that pauses after every WORK_SLICE_BYTES, so the verifier can give the event loop a turn between
 * slices (readEntry: the Import page stays responsive while a large bundle is checked on the main thread)
 * while callers that need a value at once run it straight through (entryBytes).
 */
import { Inflate } from 'fflate';
import { toHex } from '../crypto/bytes';
import { Crc32 } from './crc32';
import { failure, success, type Failure, type Result } from '../result';
import { reject, shownName, type Verified, type VerifyFailure } from './verify-codes';
import type { ZipEntryInfo } from './zip-directory';
import { sourceOf, type BundleSource } from './bundle-source';
import type { Sha256Hasher } from '../crypto/sha256-hasher';

/**
 * Compressed bytes handed to the inflater at a time. Deflate expands at most 1032:1, so one step produces at
 * most about 4 MiB: the most an entry can overrun its declared size before inflation stops.
 */
export const INFLATE_INPUT_CHUNK = 4096;
/** The most one inflation step can produce beyond what was asked for (see INFLATE_INPUT_CHUNK). */
export const INFLATE_STEP_MAX_BYTES = INFLATE_INPUT_CHUNK * 1032 + 32 * 1024;
/** Bytes of work (inflated or checksummed) between two pauses. */
export const WORK_SLICE_BYTES = 16 * 1024 * 1024;

/** Bytes all entries of one bundle may still produce; shared by every read of that bundle. */
export type InflateBudget = { remaining: number };

/** Why a bounded inflation stopped: past the declared size, past the bundle's budget, or a broken stream. */
export type InflateStop = 'overrun' | 'budget' | 'damaged';

const STOP_SENTENCES: Readonly<Record<InflateStop, string>> = {
  overrun: 'The stream expands beyond its declared size.',
  budget: 'The stream expands beyond what is left of the budget.',
  damaged: 'The stream is cut short or damaged.',
};

/** What a bounded inflation produced: the bytes, or why and how far in it was stopped. */
export type Inflated = Result<
  Uint8Array<ArrayBuffer>,
  InflateStop,
  Failure<InflateStop> & { produced: number }
>;

const stopped = (code: InflateStop, produced: number): Inflated => ({
  ...failure(code, STOP_SENTENCES[code]),
  produced,
});

type Steps<T> = Generator<void, T, void>;

class Stop extends Error {}

function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

function* inflateSteps(stored: Uint8Array, size: number, budget: InflateBudget): Steps<Inflated> {
  const out = new Uint8Array(size);
  let produced = 0;
  let reason: InflateStop | null = null;
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
  let sliceEnd = WORK_SLICE_BYTES;
  try {
    for (let at = 0; at < stored.length || at === 0; at += INFLATE_INPUT_CHUNK) {
      const end = Math.min(stored.length, at + INFLATE_INPUT_CHUNK);
      inflater.push(stored.subarray(at, end), end >= stored.length);
      if (produced >= sliceEnd) {
        sliceEnd = produced + WORK_SLICE_BYTES;
        yield;
      }
    }
  } catch {
    return stopped(reason ?? 'damaged', produced);
  }
  return produced === size ? success(out) : stopped('damaged', produced);
}

/**
 * Inflates a raw deflate stream that must expand to exactly `size` bytes, feeding it to the inflater in small
 * steps and stopping at the first step that passes `size` or the budget. A stream that claims 60 MiB and holds
 * 4 GiB of zeros is stopped after at most 60 MiB plus one step, whatever follows.
 */
export function inflateBounded(stored: Uint8Array, size: number, budget: InflateBudget): Inflated {
  return runToEnd(inflateSteps(stored, size, budget));
}

function inflateFailure(entry: ZipEntryInfo, result: Exclude<Inflated, { ok: true }>): VerifyFailure {
  const where = { file: entry.name };
  const name = shownName(entry.name);
  if (result.code === 'overrun') {
    return reject('zip-bomb', `${name} expands beyond the ${entry.size} bytes it declares.`, where);
  }
  if (result.code === 'budget') {
    return reject('too-large', `${name} takes the bundle past the most this app inflates.`, where);
  }
  if (result.produced < entry.size && result.produced > 0) {
    return reject(
      'size-mismatch',
      `${name} expands to fewer bytes than the ${entry.size} it declares.`,
      where,
    );
  }
  return reject('truncated', `${name} is cut short or damaged and cannot be decompressed.`, where);
}

function* entrySteps(
  stored: Uint8Array,
  entry: ZipEntryInfo,
  budget: InflateBudget,
): Steps<Verified<Uint8Array<ArrayBuffer>>> {
  let content: Uint8Array<ArrayBuffer>;
  if (entry.method === 0) {
    if (stored.length > budget.remaining) {
      return reject('too-large', `${shownName(entry.name)} takes the bundle past the most this app reads.`, {
        file: entry.name,
      });
    }
    budget.remaining -= stored.length;
    content = stored.slice();
  } else {
    const result = yield* inflateSteps(stored, entry.size, budget);
    if (!result.ok) return inflateFailure(entry, result);
    content = result.value;
  }
  const crc = new Crc32();
  for (let at = 0; at < content.length; at += WORK_SLICE_BYTES) {
    crc.update(content.subarray(at, at + WORK_SLICE_BYTES));
    if (at + WORK_SLICE_BYTES < content.length) yield;
  }
  if (crc.value() !== entry.crc) {
    return reject('crc-mismatch', `${shownName(entry.name)} does not match its ZIP CRC-32 checksum.`, {
      file: entry.name,
    });
  }
  return success(content);
}

/**
 * The bytes of one entry, as a fresh copy (so later changes to the input cannot change verified content),
 * checked against the declared size and CRC-32. Without a budget, the entry's own declared size is the bound.
 */
export function entryBytes(
  bytes: Uint8Array,
  entry: ZipEntryInfo,
  budget: InflateBudget = { remaining: entry.size },
): Verified<Uint8Array<ArrayBuffer>> {
  return runToEnd(entrySteps(storedBytes(bytes, entry), entry, budget));
}

function storedBytes(bytes: Uint8Array, entry: ZipEntryInfo): Uint8Array {
  return bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
}

/** A macrotask boundary: lets input events and rendering run before the next slice of work. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** {@link entryBytes} from any source, pausing for the event loop between slices of work. */
export async function readEntry(
  input: Uint8Array | BundleSource,
  entry: ZipEntryInfo,
  budget: InflateBudget,
): Promise<Verified<Uint8Array<ArrayBuffer>>> {
  const source = sourceOf(input);
  if (entry.method === 0 && entry.compressedSize > budget.remaining) {
    return reject('too-large', `${shownName(entry.name)} takes the bundle past the most this app reads.`, {
      file: entry.name,
    });
  }
  const stored = await source.read(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (stored.length !== entry.compressedSize) return truncatedFile(entry);
  const steps = entrySteps(stored, entry, budget);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    await nextTask();
  }
}

/** The verdict on a stored entry whose checksums were taken elsewhere (a worker reading the bundle file). */
export function storedEntryVerdict(
  entry: ZipEntryInfo,
  checked: { sha256: string; crc32: number; bytes: number },
): Verified<string> {
  if (checked.bytes !== entry.size) return truncatedFile(entry);
  if (checked.crc32 !== entry.crc) {
    return reject('crc-mismatch', `${shownName(entry.name)} does not match its ZIP CRC-32 checksum.`, {
      file: entry.name,
    });
  }
  return success(checked.sha256);
}

function truncatedFile(entry: ZipEntryInfo): VerifyFailure {
  return reject('truncated', `${shownName(entry.name)} is cut short: the file ended while it was read.`, {
    file: entry.name,
  });
}

/**
 * Checks a stored (not deflated) entry as it streams from the source, slice by slice, against its CRC-32, and
 * feeds it to `hasher` on the way; nothing of it is kept, so an entry of any size costs one slice of memory.
 * The next slice is read while the current one is checked. Returns the entry's SHA-256 (lowercase hex).
 */
export async function streamStoredEntry(
  source: BundleSource,
  entry: ZipEntryInfo,
  hasher: Sha256Hasher,
): Promise<Verified<string>> {
  const end = entry.dataStart + entry.size;
  const read = (at: number) => source.read(at, Math.min(end, at + WORK_SLICE_BYTES));
  const crc = new Crc32();
  let at = entry.dataStart;
  let next = at < end ? read(at) : null;
  try {
    while (next) {
      const slice = await next;
      if (slice.length === 0) return truncatedFile(entry);
      at += slice.length;
      next = at < end ? read(at) : null;
      next?.catch(() => undefined);
      const hashed = hasher.update(slice);
      crc.update(slice);
      await hashed;
      // In memory, reads resolve at once: give the page a turn between slices.
      if (source.bytes) await nextTask();
    }
    if (crc.value() !== entry.crc) {
      return reject('crc-mismatch', `${shownName(entry.name)} does not match its ZIP CRC-32 checksum.`, {
        file: entry.name,
      });
    }
    return success(await hasher.digestHex());
  } finally {
    hasher.dispose();
  }
}

/** SHA-256 (lowercase hex) via WebCrypto at native speed, without copying the (possibly large) input. */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  return toHex(new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes)));
}
