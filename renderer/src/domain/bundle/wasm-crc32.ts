/**
 * CRC-32 for the ZIP writer in WebAssembly (hash-wasm, already the SHA-256 in this app): about six times the
 * speed of the table-driven JavaScript one. Every evidence byte passes through the ZIP checksum on the page's
 * thread, so at gigabytes this decides whether that thread or the hashing worker sets the export's pace.
 */
import { createCRC32 } from 'hash-wasm';

/** A running CRC-32: feed chunks with update, read the checksum (unsigned) with value. */
export type RunningCrc32 = { update(bytes: Uint8Array): void; value(): number };

/** Starts the checksum of the next entry. */
export type CreateCrc32 = () => RunningCrc32;

/**
 * Loads the module once and returns a factory for one archive. Its entries are written one after another,
 * so one instance serves them all; starting an entry before the previous one was read throws.
 */
export async function wasmCrc32(): Promise<CreateCrc32> {
  const hasher = await createCRC32();
  let busy = false;
  return () => {
    if (busy) throw new Error('Read the previous CRC-32 before starting the next one.');
    busy = true;
    hasher.init();
    return {
      update(bytes) {
        hasher.update(bytes);
      },
      value() {
        busy = false;
        return Number.parseInt(hasher.digest('hex'), 16) >>> 0;
      },
    };
  };
}
