/**
 * Pumps a stream into a SaveTarget one chunk at a time (the next chunk is pulled only after the previous write
 * resolved, so a slow disk throttles evidence reading) and hashes what was written, so the confirmation can
 * show the SHA-256 of the exact file on disk. The hash runs in a worker, beside the write, when the caller
 * passes one. Any failure or abort removes the partial file.
 */
import { toBundleFailure } from '../../domain/bundle/bundle-error';
import { wasmSha256, type CreateSha256 } from '../../domain/crypto/sha256-hasher';
import { success, type Result } from '../../domain/result';
import type { SaveTarget } from '../../platform';
import { CANCELLED, type ExportCode, type ExportFailure } from './export-codes';

export type Written = { name: string; sha256: string; bytes: number };

async function abandon(
  reader: ReadableStreamDefaultReader<Uint8Array>,
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
  stream: ReadableStream<Uint8Array>,
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
      let next: ReadableStreamReadResult<Uint8Array>;
      try {
        next = await reader.read();
      } catch (error) {
        return await abandon(reader, target, signal?.aborted ? CANCELLED : toBundleFailure(error));
      }
      if (next.done) break;
      // Hashing (in a worker) and writing proceed together; both finish before the next chunk is pulled.
      const fed = hash.update(next.value);
      if (fed) fed.catch(() => undefined);
      const written = await target.write(next.value);
      await fed;
      bytes += next.value.length;
      if (!written.ok) return await abandon(reader, target, written);
    }
    if (signal?.aborted) return await abandon(reader, target, CANCELLED);
    const sha256 = await hash.digestHex();
    const committed = await target.commit();
    if (!committed.ok) return await abandon(reader, target, committed);
    return success({ name: committed.value, sha256, bytes });
  } catch (error) {
    // Only the hasher throws here (a worker that failed); the file it was hashing is not kept.
    return await abandon(reader, target, toBundleFailure(error));
  } finally {
    hash.dispose();
    reader.releaseLock();
  }
}
