/**
 * The messages between the page and the SHA-256 worker (sha256-worker.ts): a stream's worker serves that one
 * stream; a file job's worker may take the next file job once it answered (worker-sha256.ts).
 */

export type ToHashWorker =
  /**
   * Hash and CRC-32 this whole file; the worker reads it itself: whole and by WebCrypto when `oneShot` (the
   * page granted the memory, see one-shot-budget.ts), else in slices through WebAssembly.
   */
  | { kind: 'file'; file: Blob; oneShot: boolean }
  /** Hash and CRC-32 this stored bundle entry (a slice of the bundle file), read as for 'file'. */
  | { kind: 'stored'; file: Blob; oneShot: boolean }
  /** The next bytes of a stream hashed piece by piece (the buffer is transferred). */
  | { kind: 'chunk'; bytes: Uint8Array<ArrayBuffer> }
  /** The bytes of this Blob come next in the stream; the worker reads it itself (nothing is copied here). */
  | { kind: 'blob'; blob: Blob }
  /** No more chunks: send the digest. */
  | { kind: 'end' };

export type FromHashWorker =
  | { kind: 'progress'; bytesDone: number }
  /** A chunk was hashed; its bytes no longer count against the sender's in-flight budget. */
  | { kind: 'ack'; bytes: number }
  | { kind: 'digest'; sha256: string }
  /** A whole file's SHA-256 and ZIP CRC-32 (evidence capture). */
  | { kind: 'hashed'; sha256: string; crc32: number }
  /** A stored entry's checksums and how many bytes were read. */
  | { kind: 'checked'; sha256: string; crc32: number; bytes: number }
  /** The file could not be read (the error's name, e.g. NotReadableError) or hashing failed. */
  | { kind: 'error'; reason: string };
