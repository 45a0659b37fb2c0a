import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../../renderer/src/domain/import/crc32';
import { entryBytes, readEntry, WORK_SLICE_BYTES } from '../../../../renderer/src/domain/import/zip-entry';

function entryOf(data: Uint8Array, method: 0 | 8) {
  const stored = method === 8 ? deflateSync(data) : data;
  return {
    bytes: stored,
    entry: {
      name: 'x',
      method,
      compressedSize: stored.length,
      size: data.length,
      crc: crc32(data),
      dataStart: 0,
    },
  };
}

describe('CRC-32', () => {
  it('gives the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });
});

describe('reading an entry', () => {
  it('returns the checked bytes, stored or deflated', () => {
    const data = Uint8Array.from({ length: 5000 }, (_, i) => i % 251);
    for (const method of [0, 8] as const) {
      const { bytes, entry } = entryOf(data, method);
      expect(entryBytes(bytes, entry)).toEqual({ ok: true, value: data });
    }
  });

  it('gives the event loop turns while it reads a large entry, so the page stays responsive', async () => {
    const data = new Uint8Array(WORK_SLICE_BYTES + 1024).fill(7);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 0);
    try {
      for (const method of [0, 8] as const) {
        const { bytes, entry } = entryOf(data, method);
        const before = ticks;
        const read = await readEntry(bytes, entry, { remaining: data.length });
        expect(read.ok && read.value).toHaveLength(data.length);
        expect(ticks).toBeGreaterThan(before);
      }
    } finally {
      clearInterval(timer);
    }
  });
});
