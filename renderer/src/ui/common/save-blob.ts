import { chunksOfSource } from '../../domain/bundle/byte-source';
import type { Platform } from '../../platform';

/**
 * Streams a blob into a file the user picks. Returns the saved name, null when the user cancelled, or throws
 * after aborting the target so no partial file is left behind.
 */
export async function saveBlob(
  platform: Platform,
  blob: Blob,
  suggestedName: string,
  extensions: string[],
): Promise<string | null> {
  const target = await platform.saveFile({
    suggestedName,
    mimeType: blob.type || 'application/octet-stream',
    extensions,
  });
  if (!target) return null;
  try {
    for await (const chunk of chunksOfSource(blob.stream())) await target.write(chunk);
    return await target.commit();
  } catch (error) {
    await target.abort();
    throw error;
  }
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
