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
