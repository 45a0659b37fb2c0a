/**
 * A Blob's bytes in one Uint8Array, read in slices: Chromium refuses Blob.arrayBuffer() on blobs of a
 * couple of GiB (NotReadableError), while a typed array of up to 4 GiB is fine.
 */
const SLICE_BYTES = 64 * 2 ** 20;

export async function readBlobBytes(blob: Blob): Promise<Uint8Array> {
  const bytes = new Uint8Array(blob.size);
  for (let offset = 0; offset < blob.size; offset += SLICE_BYTES) {
    const slice = await blob.slice(offset, offset + SLICE_BYTES).arrayBuffer();
    bytes.set(new Uint8Array(slice), offset);
  }
  return bytes;
}
