/**
 * SHA-256 of a whole file read in slices, so a file of any size is hashed in bounded memory. The next slice
 * is already being read while the current one is hashed, so reading and hashing overlap. Used at evidence
 * capture (in a worker, see services/hashing/) with whichever {@link CreateSha256} the caller passes.
 */
import type { CreateSha256 } from '../crypto/sha256-hasher';
import type { CreateCrc32 } from '../bundle/wasm-crc32';
import { shownCap } from '../size-limits';

/** What is read: a Blob or File, or anything that slices like one. */
export type SliceableFile = {
  readonly size: number;
  slice(start: number, end: number): { arrayBuffer(): Promise<ArrayBuffer> };
};

/** Bytes read at a time: large enough that per-read overhead vanishes, small enough to keep memory low. */
export const READ_SLICE_BYTES = 8 * 2 ** 20;

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
  const read = (at: number) => file.slice(at, Math.min(file.size, at + READ_SLICE_BYTES)).arrayBuffer();
  let next = file.size > 0 ? read(0) : null;
  let done = 0;
  while (next) {
    const current = await next;
    if (current.byteLength === 0) throw new Error('The file ended before its recorded size.');
    done += current.byteLength;
    // Start the next read before hashing this slice; a failure surfaces when it is awaited.
    next = done < file.size ? read(done) : null;
    next?.catch(() => undefined);
    if (options.signal?.aborted) throw new Error('Hashing was canceled.');
    await hasher.update(new Uint8Array(current));
    options.onProgress?.(done);
  }
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
  const read = (at: number) => file.slice(at, Math.min(file.size, at + READ_SLICE_BYTES)).arrayBuffer();
  let next = file.size > 0 ? read(0) : null;
  let done = 0;
  try {
    while (next) {
      const current = await next;
      if (current.byteLength === 0) break;
      done += current.byteLength;
      next = done < file.size ? read(done) : null;
      next?.catch(() => undefined);
      const bytes = new Uint8Array(current);
      crc.update(bytes);
      await hasher.update(bytes);
      onProgress?.(done);
    }
    return { sha256: await hasher.digestHex(), crc32: crc.value(), bytes: done };
  } finally {
    hasher.dispose();
  }
}

/** Evidence file-name checks at capture: what would make a file unusable as evidence, as a sentence. */
export function evidenceProblem(file: { name: string; size: number }, maxBytes: number): string | null {
  if (file.size === 0) return `“${file.name}” is empty (0 bytes), so it was not attached.`;
  if (file.size > maxBytes)
    return `“${file.name}” is larger than the ${shownCap(maxBytes)} limit for one evidence file, so it was not attached.`;
  return null;
}
