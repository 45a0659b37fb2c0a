/**
 * A sealed bundle is opened into a private file of the origin (the Origin Private File System), not into
 * memory: the verifier then reads that file slice by slice like any picked bundle, and its evidence is stored
 * as slices of it, which IndexedDB copies from disk at commit. Memory stays bounded whatever the size; an
 * opened 2 GB bundle held in memory, and stored from there, did not finish storing. One spooled file exists
 * at a time: opening the next sealed bundle overwrites it, storing this one removes it. Where there is no such file system (Node, or
 * a shell without it) the caller opens the bundle in memory instead.
 */
import { openSealedStream, pumpPlaintext, type SealedKey } from '../../domain/import/open-sealed';
import type { SealedCode } from '../../domain/import/verify-codes';
import { success, type Result } from '../../domain/result';
import { IMPORT_SPOOL_NAME, privateRoot } from '../../platform/private-files';

/**
 * The one spooled bundle: opening the next one overwrites it, storing or discarding removes it, and the app's
 * start-up sweep removes one left for an hour (platform/private-files.ts).
 */
const SPOOL_NAME = IMPORT_SPOOL_NAME;
/** Plaintext is written in batches of this size: one write per batch, not per 64 KiB age chunk. */
const BATCH_BYTES = 8 * 2 ** 20;

/** A bundle opened into a private file; `discard` removes the file. */
export type SpooledBundle = { file: File; discard: () => Promise<void> };

/** Removes the spooled bundle, if any (also one an abandoned import left behind). */
export async function discardSpooledBundle(): Promise<void> {
  const root = await privateRoot();
  await root?.removeEntry(SPOOL_NAME).catch(() => undefined);
}

/**
 * Opens `file` with `key` into a private file. Null when there is no private file system or writing to it
 * failed (full disk, quota): the caller then opens the bundle in memory. Otherwise the opened file, or why the
 * sealed file could not be opened.
 */
export async function spoolSealed(
  file: Blob,
  key: SealedKey,
  head: Uint8Array,
): Promise<Result<SpooledBundle, SealedCode> | null> {
  const root = await privateRoot();
  if (!root) return null;
  const opened = await openSealedStream(file, key, { head });
  if (!opened.ok) return opened;
  const discard = () => root.removeEntry(SPOOL_NAME).catch(() => undefined);
  try {
    const handle = await root.getFileHandle(SPOOL_NAME, { create: true });
    const writable = await handle.createWritable();
    let batch = new Uint8Array(BATCH_BYTES);
    let filled = 0;
    const flush = async () => {
      if (filled === 0) return;
      await writable.write(batch.subarray(0, filled));
      batch = new Uint8Array(BATCH_BYTES);
      filled = 0;
    };
    const pumped = await pumpPlaintext(opened.value, async (chunk) => {
      for (let at = 0; at < chunk.length;) {
        const taken = Math.min(chunk.length - at, BATCH_BYTES - filled);
        batch.set(chunk.subarray(at, at + taken), filled);
        filled += taken;
        at += taken;
        if (filled === BATCH_BYTES) await flush();
      }
    });
    if (!pumped.ok) {
      await writable.abort().catch(() => undefined);
      await discard();
      return pumped;
    }
    await flush();
    await writable.close();
    return success({ file: await handle.getFile(), discard });
  } catch {
    await discard();
    return null;
  }
}
