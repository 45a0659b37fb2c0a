/**
 * SHA-256 of a whole file read in slices, so a file of any size is hashed in bounded memory. Later slices are
 * already being read while the current one is hashed (file-slices.ts), so reading and hashing overlap. Used
 * at evidence capture and import (in workers, see services/hashing/) with whichever {@link CreateSha256} the
 * caller passes.
 */
import type { CreateSha256 } from '../crypto/sha256-hasher';
import type { CreateCrc32 } from '../bundle/wasm-crc32';
import { shownCap } from '../size-limits';
import { toHex } from '../crypto/bytes';
import { fileSlices } from './file-slices';

export { READ_SLICE_BYTES } from './file-slices';

/** What is read: a Blob or File, or anything that slices like one. */
export type SliceableFile = {
  readonly size: number;
  slice(start: number, end: number): { arrayBuffer(): Promise<ArrayBuffer> };
};

export type HashFileOptions = {
  onProgress?: (bytesDone: number) => void;
  signal?: { readonly aborted: boolean };
};

/** Hex SHA-256 of `file`; rejects with the read error (e.g. NotReadableError when the file changed on disk). */
export async function sha256OfFile(
  file: SliceableFile,
  createHasher: CreateSha256,
  options: HashFileOptions = {},
): Promise<string> {
  const hasher = await createHasher();
  let done = 0;
  for await (const slice of fileSlices(file)) {
    done += slice.byteLength;
    if (options.signal?.aborted) throw new Error('Hashing was canceled.');
    await hasher.update(slice);
    options.onProgress?.(done);
  }
  if (done < file.size) throw new Error('The file ended before its recorded size.');
  return hasher.digestHex();
}

/** A whole file's SHA-256 (hex) and ZIP CRC-32 (unsigned), as evidence capture records them. */
export type FileDigest = { sha256: string; crc32: number };

/** SHA-256 and ZIP CRC-32 of a stored bundle entry (a slice of the bundle file), in one pass over its bytes. */
export type StoredCheck = FileDigest & { bytes: number };

/**
 * Both checksums of `file` from one read of each slice: the importer's check of a stored evidence entry, run
 * in a worker on a slice of the picked bundle so that the page neither reads nor copies evidence bytes, and
 * evidence capture of a large file (the CRC-32 lets an export pass the stored file through unread).
 * `bytes` is what was read, which the caller compares with the size the ZIP directory declares.
 */
export async function sha256AndCrc32OfFile(
  file: SliceableFile,
  createHasher: CreateSha256,
  createCrc: CreateCrc32,
  onProgress?: (bytesDone: number) => void,
): Promise<StoredCheck> {
  const hasher = await createHasher();
  const crc = createCrc();
  let done = 0;
  try {
    for await (const slice of fileSlices(file)) {
      done += slice.byteLength;
      crc.update(slice);
      await hasher.update(slice);
      onProgress?.(done);
    }
    return { sha256: await hasher.digestHex(), crc32: crc.value(), bytes: done };
  } finally {
    hasher.dispose();
  }
}

/**
 * Stored entries up to this size are hashed by WebCrypto in one call by default: it uses the CPU's SHA
 * instructions, at three to six times the speed of the WebAssembly hasher, but has no incremental digest, so
 * the entry is held whole while it is hashed (WebCrypto copies it; the original is let go at once). This is
 * the limit for callers without a memory budget (the CLI, Node); the app's workers are told per entry instead,
 * from one budget they share (services/hashing/one-shot-budget.ts).
 */
export const STORED_ONE_SHOT_MAX_BYTES = 64 * 2 ** 20;

/** Frees a buffer's memory now, where the runtime can (ES2024 transfer), rather than at the next collection. */
export function releaseBuffer(buffer: ArrayBuffer): void {
  (buffer as ArrayBuffer & { transfer?: (length: number) => ArrayBuffer }).transfer?.(0);
}

/**
 * {@link sha256AndCrc32OfFile} for an entry held whole (see {@link checkStoredFile}): read in one piece
 * (slices would each wait for a collection, on top of the whole), hashed by WebCrypto in one call while its
 * CRC-32 is checked in WebAssembly. A file that ends early reports the bytes it had, as the streaming check does.
 */
export async function sha256AndCrc32OneShot(
  file: SliceableFile,
  createCrc: CreateCrc32,
): Promise<StoredCheck> {
  const whole = new Uint8Array(await file.slice(0, file.size).arrayBuffer());
  const bytes = whole.byteLength;
  const crc = createCrc();
  if (bytes !== file.size) {
    crc.update(whole);
    return { sha256: '', crc32: crc.value(), bytes };
  }
  // digest() copies its input before it returns and hashes off this thread, so the CRC-32 below overlaps it;
  // then this buffer can go while WebCrypto hashes its copy.
  const digest = globalThis.crypto.subtle.digest('SHA-256', whole);
  crc.update(whole);
  const crc32 = crc.value();
  releaseBuffer(whole.buffer);
  return { sha256: toHex(new Uint8Array(await digest)), crc32, bytes };
}

/**
 * The importer's check of one stored entry, as its workers run it: in one WebCrypto call when it fits
 * `oneShotMaxBytes` and WebCrypto is there, else streamed through `createHasher`. Both give the same result.
 */
export function checkStoredFile(
  file: SliceableFile,
  createHasher: CreateSha256,
  createCrc: CreateCrc32,
  oneShotMaxBytes = STORED_ONE_SHOT_MAX_BYTES,
): Promise<StoredCheck> {
  const oneShot = file.size <= oneShotMaxBytes && typeof globalThis.crypto?.subtle !== 'undefined';
  return oneShot
    ? sha256AndCrc32OneShot(file, createCrc)
    : sha256AndCrc32OfFile(file, createHasher, createCrc);
}

/** Evidence file-name checks at capture: what would make a file unusable as evidence, as a sentence. */
export function evidenceProblem(file: { name: string; size: number }, maxBytes: number): string | null {
  if (file.size === 0) return `“${file.name}” is empty (0 bytes), so it was not attached.`;
  if (file.size > maxBytes)
    return `“${file.name}” is larger than the ${shownCap(maxBytes)} limit for one evidence file, so it was not attached.`;
  return null;
}
