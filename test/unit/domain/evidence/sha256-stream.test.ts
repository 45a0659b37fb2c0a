import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { wasmSha256 } from '../../../../renderer/src/domain/crypto/sha256-hasher';
import {
  READ_SLICE_BYTES,
  sha256OfFile,
  type SliceableFile,
} from '../../../../renderer/src/domain/evidence/sha256-stream';

/** A file whose reads are recorded, and which fails when read past `breakAt`. */
function recordingFile(source: Uint8Array, breakAt = Infinity) {
  // A plain Uint8Array: a Buffer's slice() would share (and hand out) its whole backing store.
  const bytes = new Uint8Array(source);
  const reads: Array<[number, number]> = [];
  const file: SliceableFile = {
    size: bytes.length,
    slice: (start, end) => ({
      arrayBuffer: () => {
        reads.push([start, end]);
        if (end > breakAt) return Promise.reject(new DOMException('changed on disk', 'NotReadableError'));
        return Promise.resolve(bytes.slice(start, end).buffer);
      },
    }),
  };
  return { file, reads };
}

describe('hashing a file in slices', () => {
  it('gives the digest of the whole file, reading it in slices of READ_SLICE_BYTES', async () => {
    const bytes = randomBytes(2 * READ_SLICE_BYTES + 12_345);
    const { file, reads } = recordingFile(bytes);
    const progress: number[] = [];
    const hex = await sha256OfFile(file, wasmSha256, { onProgress: (done) => progress.push(done) });
    expect(hex).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(reads).toEqual([
      [0, READ_SLICE_BYTES],
      [READ_SLICE_BYTES, 2 * READ_SLICE_BYTES],
      [2 * READ_SLICE_BYTES, bytes.length],
    ]);
    expect(progress).toEqual([READ_SLICE_BYTES, 2 * READ_SLICE_BYTES, bytes.length]);
  });

  it('rejects with the read error when the file cannot be read to its end', async () => {
    const { file } = recordingFile(randomBytes(READ_SLICE_BYTES + 10), READ_SLICE_BYTES);
    await expect(sha256OfFile(file, wasmSha256)).rejects.toMatchObject({ name: 'NotReadableError' });
  });

  it('rejects a file that ends before its size instead of waiting for bytes that never come', async () => {
    const file: SliceableFile = {
      size: 100,
      slice: () => ({ arrayBuffer: () => Promise.resolve(new ArrayBuffer(0)) }),
    };
    await expect(sha256OfFile(file, wasmSha256)).rejects.toThrow('ended before its recorded size');
  });

  it('stops when canceled', async () => {
    const { file } = recordingFile(randomBytes(1000));
    await expect(sha256OfFile(file, wasmSha256, { signal: { aborted: true } })).rejects.toThrow('canceled');
  });

  it('hashes a real Blob the same way', async () => {
    const bytes = randomBytes(100_000);
    expect(await sha256OfFile(new Blob([bytes]), wasmSha256)).toBe(
      createHash('sha256').update(bytes).digest('hex'),
    );
  });
});
