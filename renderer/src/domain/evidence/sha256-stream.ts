/**
 * SHA-256 of a whole file read in slices, so a file of any size is hashed in bounded memory. The next slice
 * is already being read while the current one is hashed, so reading and hashing overlap. Used at evidence
 * capture (in a worker, see services/hashing/) with whichever {@link CreateSha256} the caller passes.
 */
import type { CreateSha256 } from '../crypto/sha256-hasher';
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

/** Evidence file-name checks at capture: what would make a file unusable as evidence, as a sentence. */
export function evidenceProblem(file: { name: string; size: number }, maxBytes: number): string | null {
  if (file.size === 0) return `“${file.name}” is empty (0 bytes), so it was not attached.`;
  if (file.size > maxBytes)
    return `“${file.name}” is larger than the ${shownCap(maxBytes)} limit for one evidence file, so it was not attached.`;
  return null;
}
