/**
 * Pumps a stream into a SaveTarget one chunk at a time (the next chunk is pulled only after the previous write
 * resolved, so a slow disk throttles evidence reading) and hashes what was written, so the confirmation can
 * show the SHA-256 of the exact file on disk. The hash runs in a worker, beside the write, when the caller
 * passes one. A chunk may be a Blob (stored evidence, see ZipPart): the target appends it and the hashing
 * worker reads it itself, so its bytes never pass through this thread. Any failure or abort removes the
 * partial file.
 */
import { toBundleFailure } from '../../domain/bundle/bundle-error';
import { hashBlobPart, wasmSha256, type CreateSha256 } from '../../domain/crypto/sha256-hasher';
import { failure, success, type Result } from '../../domain/result';
import type { SaveTarget } from '../../platform';
import { CANCELLED, type ExportCode, type ExportFailure } from './export-codes';

export type Written = { name: string; sha256: string; bytes: number };

/**
 * A file written and committed whose SHA-256 may still be computing: the worker reads stored evidence Blobs
 * itself, after the last part was handed to the target. `sha256` settles once it has read every part; it
 * rejects only when the worker failed (with digestFailedMessage as its message), and the file on disk is
 * complete either way.
 */
export type Committed = { name: string; bytes: number; sha256: Promise<string> };

/** What to tell the user when only the digest of a saved file could not be computed. */
function digestFailedMessage(name: string, error: unknown): string {
  const detail = error instanceof Error ? ` (${error.message})` : '';
  return `${name} was saved, but its SHA-256 could not be computed${detail}. Check the file with sha256sum before sending it.`;
}

type Chunk = Uint8Array | Blob;

async function abandon(
  reader: ReadableStreamDefaultReader<Chunk>,
  target: SaveTarget,
  why: ExportFailure,
): Promise<ExportFailure> {
  await reader.cancel().catch(() => undefined);
  await target.abort();
  return why;
}

/**
 * Writes `stream` to `target` and commits it, without waiting for the file's digest (see Committed). The
 * stream's producer (the bundle) fails by erroring the stream with a BundleError, which the domain's own
 * mapping (toBundleFailure) turns into its typed failure.
 */
export async function writeStreamCommitted(
  stream: ReadableStream<Chunk>,
  target: SaveTarget,
  signal?: AbortSignal,
  createHasher: CreateSha256 = wasmSha256,
): Promise<Result<Committed, ExportCode>> {
  const hash = await createHasher();
  const reader = stream.getReader();
  let bytes = 0;
  // Once the digest is handed to the caller, the hasher is disposed when it settles, not here.
  let handedOver = false;
  try {
    for (;;) {
      if (signal?.aborted) return await abandon(reader, target, CANCELLED);
      let next: ReadableStreamReadResult<Chunk>;
      try {
        next = await reader.read();
      } catch (error) {
        return await abandon(reader, target, signal?.aborted ? CANCELLED : toBundleFailure(error));
      }
      if (next.done) break;
      const chunk = next.value;
      // Hashing (in a worker) and writing proceed together; both finish before the next chunk is pulled. A
      // Blob is only handed to the worker, which reads it while later chunks are written.
      const fed = chunk instanceof Uint8Array ? hash.update(chunk) : hashBlobPart(hash, chunk);
      if (fed) fed.catch(() => undefined);
      const written = await target.write(chunk);
      await fed;
      bytes += chunk instanceof Uint8Array ? chunk.length : chunk.size;
      if (!written.ok) return await abandon(reader, target, written);
    }
    if (signal?.aborted) return await abandon(reader, target, CANCELLED);
    // The worker may still be reading Blob parts: the file is committed (the download starts) meanwhile.
    const digest = hash.digestHex();
    digest.catch(() => undefined);
    const committed = await target.commit();
    if (!committed.ok) return await abandon(reader, target, committed);
    handedOver = true;
    const name = committed.value;
    const sha256 = digest
      .catch((error: unknown) => Promise.reject(new Error(digestFailedMessage(name, error))))
      .finally(() => hash.dispose());
    sha256.catch(() => undefined);
    return success({ name, sha256, bytes });
  } catch (error) {
    // Only the hasher throws here (a worker that failed); the file it was hashing is not kept.
    return await abandon(reader, target, toBundleFailure(error));
  } finally {
    if (!handedOver) hash.dispose();
    reader.releaseLock();
  }
}

/** Writes `stream` to `target`, commits it and waits for its SHA-256 (writeStreamCommitted, then the digest). */
export async function writeStream(
  stream: ReadableStream<Chunk>,
  target: SaveTarget,
  signal?: AbortSignal,
  createHasher: CreateSha256 = wasmSha256,
): Promise<Result<Written, ExportCode>> {
  const committed = await writeStreamCommitted(stream, target, signal, createHasher);
  if (!committed.ok) return committed;
  const { name, bytes } = committed.value;
  try {
    return success({ name, bytes, sha256: await committed.value.sha256 });
  } catch (error) {
    // The file is saved and complete; only the digest to show is missing, so it is not called unwritten.
    return failure('export-failed', error instanceof Error ? error.message : String(error));
  }
}
