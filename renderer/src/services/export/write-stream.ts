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
 * Writes `stream` to `target` and commits it. The stream's producer (the bundle) fails by erroring the stream
 * with a BundleError, which the domain's own mapping (toBundleFailure) turns into its typed failure.
 */
export async function writeStream(
  stream: ReadableStream<Chunk>,
  target: SaveTarget,
  signal?: AbortSignal,
  createHasher: CreateSha256 = wasmSha256,
): Promise<Result<Written, ExportCode>> {
  const hash = await createHasher();
  const reader = stream.getReader();
  let bytes = 0;
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
    let sha256: string;
    try {
      sha256 = await digest;
    } catch (error) {
      // The file is saved and complete; only the digest to show is missing, so it is not called unwritten.
      const detail = error instanceof Error ? ` (${error.message})` : '';
      return failure(
        'export-failed',
        `${committed.value} was saved, but its SHA-256 could not be computed${detail}. Check the file with sha256sum before sending it.`,
      );
    }
    return success({ name: committed.value, sha256, bytes });
  } catch (error) {
    // Only the hasher throws here (a worker that failed); the file it was hashing is not kept.
    return await abandon(reader, target, toBundleFailure(error));
  } finally {
    hash.dispose();
    reader.releaseLock();
  }
}
