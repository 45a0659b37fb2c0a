/** The messages between the page and an age payload worker (payload-worker.ts). */

export type ToPayloadWorker =
  /** The payload key of the file being sealed; sent once, before the first job. */
  | { kind: 'key'; key: Uint8Array<ArrayBuffer> }
  /** Chunks to seal (the buffer is transferred). */
  | { kind: 'job'; id: number; counter: number; bytes: Uint8Array<ArrayBuffer>; final: boolean }
  /** Chunks to seal, as a slice of the plain bundle the worker reads itself; answered like a job. */
  | { kind: 'blob-job'; id: number; counter: number; blob: Blob; final: boolean };

export type FromPayloadWorker =
  { kind: 'sealed'; id: number; bytes: Uint8Array<ArrayBuffer> } | { kind: 'error'; reason: string };
