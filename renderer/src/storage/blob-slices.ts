/**
 * A stored blob as a few large pieces instead of Blob.stream()'s 64 KiB ones: each piece passes through the
 * zip writer, the hasher and the save target, so fewer pieces means less per-piece work on the page's thread.
 * The next slice is already being read while the caller handles the current one.
 */
export const BLOB_SLICE_BYTES = 8 * 2 ** 20;

/** Yields `blob` in slices of `sliceBytes`; a read that fails (the blob is gone) rejects the iteration. */
export async function* blobSlices(
  blob: Blob,
  sliceBytes: number = BLOB_SLICE_BYTES,
): AsyncGenerator<Uint8Array<ArrayBuffer>> {
  const read = (at: number) => blob.slice(at, Math.min(blob.size, at + sliceBytes)).arrayBuffer();
  let next = blob.size > 0 ? read(0) : null;
  let done = 0;
  try {
    while (next) {
      const current = await next;
      done += current.byteLength;
      next = current.byteLength > 0 && done < blob.size ? read(done) : null;
      yield new Uint8Array(current);
    }
  } finally {
    // Leaving early (an error, a cancel): the read ahead is not awaited, and must not count as unhandled.
    next?.catch(() => undefined);
  }
}
