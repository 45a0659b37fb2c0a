/**
 * SHA-256 over a stream of chunks, so a file of any size is hashed in bounded memory. WebCrypto has no
 * incremental digest, hence @noble/hashes. Used at evidence capture (in a worker) and by bundle code.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

export async function sha256OfChunks(
  chunks: AsyncIterable<Uint8Array>,
  onProgress?: (bytesDone: number) => void,
  signal?: { aborted: boolean },
): Promise<string> {
  const hash = sha256.create();
  let done = 0;
  for await (const chunk of chunks) {
    if (signal?.aborted) throw new Error('Hashing was canceled.');
    hash.update(chunk);
    done += chunk.byteLength;
    onProgress?.(done);
  }
  return bytesToHex(hash.digest());
}

/** Evidence file-name checks at capture: what would make a file unusable as evidence, as a sentence. */
export function evidenceProblem(file: { name: string; size: number }, maxBytes: number): string | null {
  if (file.size === 0) return `“${file.name}” is empty (0 bytes), so it was not attached.`;
  if (file.size > maxBytes)
    return `“${file.name}” is larger than the ${Math.round(maxBytes / 2 ** 30)} GB limit for one evidence file, so it was not attached.`;
  return null;
}
