/**
 * Incremental SHA-256, as the pipelines that stream large files see it. WebCrypto's digest takes one whole
 * buffer, so whatever is too large to hold (evidence at capture, a bundle while it is written) hashes through
 * this interface and the caller chooses where the work runs: on the calling thread ({@link wasmSha256}, the
 * default, which also runs in Node) or in a Web Worker (renderer/src/services/hashing/).
 */
import { createSHA256 } from 'hash-wasm';

/** One running SHA-256. */
export interface Sha256Hasher {
  /**
   * Feeds the next bytes; the caller may reuse `chunk` as soon as the call returns. A returned promise means
   * "wait before feeding more" (the hasher is behind), so a slow hasher throttles its producer.
   */
  update(chunk: Uint8Array): void | Promise<void>;
  /**
   * Feeds the bytes of `blob` next, read by the hasher itself (a worker reads it off the page's thread);
   * absent: the caller reads the Blob and feeds its bytes with update (see hashBlobPart).
   */
  updateBlob?(blob: Blob): void | Promise<void>;
  /** Lowercase hex digest of everything fed. The hasher is finished afterwards. */
  digestHex(): Promise<string>;
  /** Lets go of a hasher whose digest is no longer wanted (a canceled job); harmless after digestHex. */
  dispose(): void;
}

/** Starts a new {@link Sha256Hasher}. */
export type CreateSha256 = () => Promise<Sha256Hasher>;

/**
 * SHA-256 in WebAssembly (hash-wasm) on the calling thread: about four times the speed of a JavaScript
 * implementation, and needs only 'wasm-unsafe-eval' in the page's script-src (the module is embedded, never fetched).
 */
export const wasmSha256: CreateSha256 = async () => {
  const hasher = await createSHA256();
  hasher.init();
  return {
    update(chunk) {
      hasher.update(chunk);
    },
    digestHex: () => Promise.resolve(hasher.digest('hex')),
    dispose: () => undefined,
  };
};

/** Slices a Blob is read in when the hasher does not read Blobs itself. */
const BLOB_SLICE_BYTES = 8 * 2 ** 20;

/** Feeds `blob` to `hasher`: handed over whole when it reads Blobs itself, else read here slice by slice. */
export async function hashBlobPart(hasher: Sha256Hasher, blob: Blob): Promise<void> {
  if (hasher.updateBlob) return hasher.updateBlob(blob);
  for (let at = 0; at < blob.size; at += BLOB_SLICE_BYTES) {
    const bytes = new Uint8Array(
      await blob.slice(at, Math.min(blob.size, at + BLOB_SLICE_BYTES)).arrayBuffer(),
    );
    if (bytes.length === 0) throw new Error('The file ended before its recorded size.');
    await hasher.update(bytes);
  }
}
