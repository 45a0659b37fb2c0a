import { chunksOfSource } from '../../domain/bundle/byte-source';
import { failure, success } from '../../domain/result';
import type { Platform, PlatformResult } from '../../platform';

/**
 * Streams a blob into a file the user picks. Returns the saved name, null when the user cancelled, or the
 * failure after aborting the target, so no partial file is left behind.
 */
export async function saveBlob(
  platform: Platform,
  blob: Blob,
  suggestedName: string,
  extensions: string[],
): Promise<PlatformResult<string | null>> {
  const chosen = await platform.saveFile({
    suggestedName,
    mimeType: blob.type || 'application/octet-stream',
    extensions,
  });
  if (!chosen.ok) return chosen;
  const target = chosen.value;
  if (!target) return success(null);
  try {
    for await (const chunk of chunksOfSource(blob.stream())) {
      const written = await target.write(chunk);
      if (!written.ok) {
        await target.abort();
        return written;
      }
    }
  } catch {
    // The stored blob could not be read (IndexedDB lost it, or the disk failed under it).
    await target.abort();
    return failure('read-failed', 'The stored file could not be read, so nothing was saved.');
  }
  const committed = await target.commit();
  if (!committed.ok) await target.abort();
  return committed.ok ? success(committed.value) : committed;
}

/** A file name made only of safe characters, e.g. for "Riverside / Plant #2" → "Riverside-Plant-2". */
export function safeFileName(text: string, fallback: string): string {
  const cleaned = text
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return cleaned || fallback;
}
