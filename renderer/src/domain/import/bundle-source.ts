/**
 * Where the verifier reads a bundle from: bytes already in memory (tests, the command line, an opened sealed
 * bundle) or the picked file itself, read slice by slice. Reading a file this way keeps memory bounded: only
 * the ZIP records and the small documents are ever held, while evidence streams through its checks and is
 * later stored as slices of the same file (see storage/import-repository.ts).
 */
import type { SliceableFile } from '../evidence/sha256-stream';

export interface BundleSource {
  readonly size: number;
  /** The bytes [start, end), clamped to the file. Callers that keep them must copy them. */
  read(start: number, end: number): Promise<Uint8Array<ArrayBuffer>>;
  /** The whole bundle when it is in memory, so that reads cost nothing. */
  readonly bytes?: Uint8Array;
  /** The file read from, when it is one: its entries can be checked as slices of it, off this thread. */
  readonly file?: SliceableFile;
}

/** A bundle held in memory. */
export function bytesSource(bytes: Uint8Array): BundleSource {
  const view = new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.byteLength);
  return {
    size: bytes.length,
    bytes,
    read: (start, end) => Promise.resolve(view.subarray(Math.max(0, start), Math.min(bytes.length, end))),
  };
}

/** A bundle read from a file (a Blob or File), slice by slice. */
export function fileSource(file: SliceableFile): BundleSource {
  return {
    size: file.size,
    file,
    read: async (start, end) => {
      const from = Math.max(0, start);
      const to = Math.min(file.size, end);
      if (to <= from) return new Uint8Array(0);
      return new Uint8Array(await file.slice(from, to).arrayBuffer());
    },
  };
}

/** The source of `input`, whichever form it came in. */
export function sourceOf(input: Uint8Array | BundleSource): BundleSource {
  return input instanceof Uint8Array ? bytesSource(input) : input;
}
