/**
 * A bundle on disk as the verifier reads it: slice by slice through one open file handle, so a bundle of any
 * size (ZIP64 ones pass 4 GiB, and Node reads no file over 2 GiB whole) costs only the slices in flight.
 */
import type { FileHandle } from 'node:fs/promises';
import type { BundleSource } from '../renderer/src/domain/import/bundle-source';

/** The file behind `handle`, `size` bytes long, as a {@link BundleSource}. */
export function fileHandleSource(handle: FileHandle, size: number): BundleSource {
  return {
    size,
    read: async (start, end) => {
      const from = Math.max(0, start);
      const to = Math.min(size, end);
      const out = new Uint8Array(Math.max(0, to - from));
      let filled = 0;
      while (filled < out.length) {
        const { bytesRead } = await handle.read(out, filled, out.length - filled, from + filled);
        if (bytesRead === 0) break;
        filled += bytesRead;
      }
      return filled === out.length ? out : out.slice(0, filled);
    },
  };
}
