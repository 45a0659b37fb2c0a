import { describe, expect, it } from 'vitest';
import {
  fileSlices,
  READ_SLICE_BYTES,
  READS_IN_FLIGHT,
} from '../../../../renderer/src/domain/evidence/file-slices';
import type { SliceableFile } from '../../../../renderer/src/domain/evidence/sha256-stream';

/** A file of `size` bytes (byte i is i mod 251) that counts the reads outstanding; `fail` makes one read fail. */
function countingFile(size: number, options: { cutAt?: number; failAt?: number } = {}) {
  const stats = { outstanding: 0, most: 0, reads: 0 };
  const file: SliceableFile = {
    size,
    slice: (start, end) => ({
      arrayBuffer: async () => {
        stats.reads += 1;
        stats.outstanding += 1;
        stats.most = Math.max(stats.most, stats.outstanding);
        await new Promise((resolve) => setTimeout(resolve, 1));
        stats.outstanding -= 1;
        if (options.failAt !== undefined && start <= options.failAt && options.failAt < end)
          throw new DOMException('The file changed.', 'NotReadableError');
        const to = Math.min(end, options.cutAt ?? size);
        const bytes = new Uint8Array(Math.max(0, to - start));
        for (let i = 0; i < bytes.length; i++) bytes[i] = (start + i) % 251;
        return bytes.buffer;
      },
    }),
  };
  return { file, stats };
}

async function collect(file: SliceableFile): Promise<Uint8Array[]> {
  const slices: Uint8Array[] = [];
  for await (const slice of fileSlices(file)) slices.push(slice);
  return slices;
}

describe('fileSlices', () => {
  it('yields the whole file in order, in read slices, with several but at most READS_IN_FLIGHT reads at once', async () => {
    const size = (READS_IN_FLIGHT + 3) * READ_SLICE_BYTES + 1234;
    const { file, stats } = countingFile(size);
    const slices = await collect(file);
    expect(slices.map((slice) => slice.byteLength)).toEqual([
      ...Array.from({ length: READS_IN_FLIGHT + 3 }, () => READ_SLICE_BYTES),
      1234,
    ]);
    let at = 0;
    for (const slice of slices) {
      expect(slice[0]).toBe(at % 251);
      expect(slice[slice.length - 1]).toBe((at + slice.length - 1) % 251);
      at += slice.length;
    }
    expect(stats.most).toBe(READS_IN_FLIGHT);
    expect(stats.reads).toBe(slices.length);
  });

  it('stops at a file that ended before its size, having yielded what there was', async () => {
    const cutAt = READ_SLICE_BYTES + 10;
    const { file } = countingFile(3 * READ_SLICE_BYTES, { cutAt });
    const slices = await collect(file);
    expect(slices.reduce((sum, slice) => sum + slice.byteLength, 0)).toBe(cutAt);
  });

  it('rejects with the read error when a slice cannot be read', async () => {
    const { file } = countingFile(3 * READ_SLICE_BYTES, { failAt: 2 * READ_SLICE_BYTES + 5 });
    await expect(collect(file)).rejects.toMatchObject({ name: 'NotReadableError' });
  });

  it('reads nothing from an empty file', async () => {
    const { file, stats } = countingFile(0);
    expect(await collect(file)).toEqual([]);
    expect(stats.reads).toBe(0);
  });
});
