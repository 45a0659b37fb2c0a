import { describe, expect, it } from 'vitest';
import { readBlobBytes } from '../../../renderer/src/storage/read-blob';

describe('reading a blob in slices', () => {
  it('returns every byte in order across slice boundaries', async () => {
    const part = new Uint8Array(48 * 2 ** 20 + 7).map((_, i) => (i * 31 + (i >> 16)) % 253);
    const blob = new Blob([part, part.subarray(0, 1000), part]);
    const bytes = await readBlobBytes(blob);
    expect(bytes.length).toBe(blob.size);
    const expected = new Uint8Array(await blob.arrayBuffer());
    expect(Buffer.compare(bytes, expected)).toBe(0);
  });

  it('reads an empty blob as no bytes', async () => {
    expect(await readBlobBytes(new Blob([]))).toEqual(new Uint8Array(0));
  });
});
