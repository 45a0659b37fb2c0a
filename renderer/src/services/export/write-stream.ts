/**
 * Pumps a stream into a SaveTarget one chunk at a time (the next chunk is pulled only after the previous write
 * resolved, so a slow disk throttles evidence reading) and hashes what was written, so the confirmation can
 * show the SHA-256 of the exact file on disk. Any failure or abort removes the partial file.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { toBundleFailure } from '../../domain/bundle/bundle-error';
import { toHex } from '../../domain/crypto/bytes';
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
): Promise<Result<Written, ExportCode>> {
  const reader = stream.getReader();
  const hash = sha256.create();
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
      hash.update(next.value);
      bytes += next.value.length;
      const written = await target.write(next.value);
      if (!written.ok) return await abandon(reader, target, written);
    }
    if (signal?.aborted) return await abandon(reader, target, CANCELLED);
    const committed = await target.commit();
    if (!committed.ok) return await abandon(reader, target, committed);
    return success({ name: committed.value, sha256: toHex(hash.digest()), bytes });
  } finally {
    reader.releaseLock();
  }
}
