/**
 * SHA-256 of an evidence file while it streams into the bundle. WebCrypto is several times faster than any
 * JavaScript SHA-256 but has no incremental API, so files up to WHOLE_FILE_DIGEST_MAX_BYTES are gathered
 * into one buffer of their recorded size and digested natively; larger files are hashed incrementally with
 * @noble/hashes so memory stays bounded whatever their size.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { toHex } from '../crypto/bytes';

export const WHOLE_FILE_DIGEST_MAX_BYTES = 64 * 2 ** 20;

export interface EvidenceHasher {
  update(chunk: Uint8Array): void;
  /** Hex digest of what was fed, or null when more bytes arrived than the recorded size. */
  hex(): Promise<string | null>;
}

function wholeFileHasher(expectedSize: number): EvidenceHasher {
  const buffer = new Uint8Array(expectedSize);
  let offset = 0;
  return {
    update(chunk) {
      if (offset + chunk.length <= expectedSize) buffer.set(chunk, offset);
      offset += chunk.length;
    },
    async hex() {
      if (offset > expectedSize) return null;
      return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', buffer.subarray(0, offset))));
    },
  };
}

function incrementalHasher(): EvidenceHasher {
  const hash = sha256.create();
  return {
    update: (chunk) => void hash.update(chunk),
    hex: () => Promise.resolve(toHex(hash.digest())),
  };
}

/** A hasher suited to a file of the recorded size. */
export function evidenceHasher(expectedSize: number): EvidenceHasher {
  return expectedSize <= WHOLE_FILE_DIGEST_MAX_BYTES ? wholeFileHasher(expectedSize) : incrementalHasher();
}
