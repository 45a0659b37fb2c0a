import { describe, expect, it } from 'vitest';
import { blobSlices } from '../../../renderer/src/storage/blob-slices';

async function collect(blob: Blob, sliceBytes: number): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for await (const slice of blobSlices(blob, sliceBytes)) out.push(slice);
  return out;
}

describe('reading a stored blob in slices', () => {
  const bytes = new Uint8Array(10_001).map((_, i) => (i * 7) % 256);

  it('yields every byte in order, in slices of the given size and a shorter last one', async () => {
    const slices = await collect(new Blob([bytes]), 4096);
    expect(slices.map((slice) => slice.length)).toEqual([4096, 4096, 1809]);
    expect(Buffer.concat(slices)).toEqual(Buffer.from(bytes));
  });

  it('yields one slice when the blob is exactly one slice long, and none for an empty blob', async () => {
    expect((await collect(new Blob([bytes.subarray(0, 4096)]), 4096)).map((s) => s.length)).toEqual([4096]);
    expect(await collect(new Blob([]), 4096)).toEqual([]);
  });

  it('stops reading when the caller leaves early', async () => {
    let reads = 0;
    const blob = new Blob([bytes]);
    const counting = {
      size: blob.size,
      slice: (start: number, end: number) => {
        reads += 1;
        return blob.slice(start, end);
      },
    } as unknown as Blob;
    for await (const slice of blobSlices(counting, 1000)) {
      expect(slice.length).toBe(1000);
      break;
    }
    // The first slice and the one read ahead; nothing after the caller left.
    expect(reads).toBe(2);
  });
});
