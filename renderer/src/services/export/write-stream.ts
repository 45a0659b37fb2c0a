/**
 * Pumps a stream into a SaveTarget one chunk at a time (the next chunk is pulled only after the previous write
 * resolved, so a slow disk throttles evidence reading) and hashes what was written, so the confirmation can
 * show the SHA-256 of the exact file on disk. Any failure or abort removes the partial file.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { toHex } from '../../domain/crypto/bytes';
import type { SaveTarget } from '../../platform';

export type Written = { name: string; sha256: string; bytes: number };

export type WriteFailure = { ok: false; code: string; message: string };

function failureOf(error: unknown, signal: AbortSignal | undefined): WriteFailure {
  if (signal?.aborted) return { ok: false, code: 'cancelled', message: 'The export was canceled.' };
  const coded = error as { code?: unknown; message?: unknown };
  const code = typeof coded?.code === 'string' ? coded.code : 'export-failed';
  const message = error instanceof Error ? error.message : String(error);
  return { ok: false, code, message };
}

export async function writeStream(
  stream: ReadableStream<Uint8Array>,
  target: SaveTarget,
  signal?: AbortSignal,
): Promise<{ ok: true; value: Written } | WriteFailure> {
  const reader = stream.getReader();
  const hash = sha256.create();
  let bytes = 0;
  try {
    for (;;) {
      if (signal?.aborted) throw new Error('cancelled');
      const { done, value } = await reader.read();
      if (done) break;
      hash.update(value);
      bytes += value.length;
      await target.write(value);
    }
    if (signal?.aborted) throw new Error('cancelled');
    const name = await target.commit();
    return { ok: true, value: { name, sha256: toHex(hash.digest()), bytes } };
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    await target.abort().catch(() => undefined);
    return failureOf(error, signal);
  } finally {
    reader.releaseLock();
  }
}
