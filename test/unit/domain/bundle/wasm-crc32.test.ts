import { crc32 as zlibCrc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { wasmCrc32 } from '../../../../renderer/src/domain/bundle/wasm-crc32';

describe('the ZIP writer CRC-32 in WebAssembly', () => {
  it('matches zlib over chunks, for one entry after another, high bit set or not', async () => {
    const start = await wasmCrc32();
    const bytes = new Uint8Array(300_001).map((_, i) => (i * 131) % 256);
    for (const size of [0, 1, 9, 65_536, bytes.length]) {
      const running = start();
      for (let at = 0; at < size; at += 40_000)
        running.update(bytes.subarray(at, Math.min(size, at + 40_000)));
      expect(running.value()).toBe(zlibCrc32(bytes.subarray(0, size)));
    }
    expect(start().value()).toBe(0);
  });

  it('refuses to start an entry while the previous one is unread, so two entries never share state', async () => {
    const start = await wasmCrc32();
    start().update(new Uint8Array([1]));
    expect(() => start()).toThrow(/previous CRC-32/);
  });
});
