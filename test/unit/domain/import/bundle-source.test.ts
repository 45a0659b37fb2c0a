import { createHash, randomFillSync } from 'node:crypto';
import { crc32 } from 'node:zlib';
import {
  checkStoredFile,
  READ_SLICE_BYTES,
  sha256AndCrc32OfFile,
  sha256AndCrc32OneShot,
  type StoredCheck,
} from '../../../../renderer/src/domain/evidence/sha256-stream';
import { wasmCrc32 } from '../../../../renderer/src/domain/bundle/wasm-crc32';
import { wasmSha256 } from '../../../../renderer/src/domain/crypto/sha256-hasher';
import type { VerifyOptions } from '../../../../renderer/src/domain/import/verify-types';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileSource, type BundleSource } from '../../../../renderer/src/domain/import/bundle-source';
import { verifyBundle } from '../../../../renderer/src/domain/import/verify-bundle';
import { WORK_SLICE_BYTES } from '../../../../renderer/src/domain/import/zip-entry';
import { makeSigner, validBundle, type TestSigner } from './helpers/test-bundle';
import { options } from './helpers/verify-options';

const MIB = 2 ** 20;
let signer: TestSigner;
let big: { bytes: Uint8Array; evidence: string };

beforeAll(async () => {
  signer = await makeSigner();
  // 40 MiB of evidence: more than two read slices, stored (not deflated) as the exporter stores evidence.
  big = { evidence: `${'walkdown video frame '.repeat(2 * MIB)}end`, bytes: new Uint8Array() };
  big.bytes = (await validBundle(signer, [big.evidence, 'policy text'])).bytes;
});

/** A file source over a Blob that records every read. */
function recorded(bytes: Uint8Array): { source: BundleSource; reads: Array<[number, number]> } {
  const reads: Array<[number, number]> = [];
  const inner = fileSource(new Blob([new Uint8Array(bytes)]));
  return {
    reads,
    source: {
      size: inner.size,
      read: (start, end) => {
        reads.push([start, end]);
        return inner.read(start, end);
      },
    },
  };
}

describe('verifying a bundle read from a file', () => {
  it('reads it in bounded slices, each evidence byte once, and names evidence as ranges of the file', async () => {
    const { source, reads } = recorded(big.bytes);
    const verdict = await verifyBundle(source, options());
    if (!verdict.ok) throw new Error(verdict.message);
    expect(Math.max(...reads.map(([start, end]) => end - start))).toBeLessThanOrEqual(WORK_SLICE_BYTES);
    const total = reads.reduce((sum, [start, end]) => sum + (end - start), 0);
    // Every byte about once: evidence streams once, the small files and the ZIP records add little.
    expect(total).toBeLessThan(big.bytes.length + 2 * MIB);
    const video = verdict.value.evidence.find((file) => file.size > MIB);
    expect(video?.content.kind).toBe('range');
    if (video?.content.kind !== 'range') return;
    const stored = big.bytes.subarray(video.content.start, video.content.end);
    expect(createHash('sha256').update(stored).digest('hex')).toBe(video.sha256);
    expect(new TextDecoder().decode(stored)).toBe(big.evidence);
  });

  it('gives the same verdict as the bytes in memory', async () => {
    const fromFile = await verifyBundle(recorded(big.bytes).source, options());
    const fromBytes = await verifyBundle(big.bytes, options());
    expect(fromFile).toEqual(fromBytes);
  });

  it('refuses a stored evidence file with one byte changed, read from a file', async () => {
    const tampered = new Uint8Array(big.bytes);
    const at = new TextDecoder('latin1').decode(tampered).indexOf('walkdown video frame') + 5 * MIB;
    tampered[at] = (tampered[at] ?? 0) ^ 0x01;
    const verdict = await verifyBundle(recorded(tampered).source, options());
    expect(verdict).toMatchObject({ ok: false, code: 'crc-mismatch' });
  });

  it('reports a file cut short while it was read as truncated', async () => {
    const { source } = recorded(big.bytes);
    const shrinking: BundleSource = {
      size: source.size,
      // The ZIP records read whole; the evidence's second slice finds the file ended.
      read: async (start, end) =>
        start > 12 * MIB && end - start >= MIB ? new Uint8Array(0) : source.read(start, end),
    };
    const verdict = await verifyBundle(shrinking, options());
    expect(verdict).toMatchObject({ ok: false, code: 'truncated' });
  });
});

// The worker's check (checkStoredFile) both ways: the 40 MiB entry in one WebCrypto call, and streamed.
describe.each([
  ['in one WebCrypto call', Number.POSITIVE_INFINITY],
  ['streamed through WebAssembly', 0],
])('stored evidence checked off the thread (checkStored, the app’s workers), %s', (_, oneShotMaxBytes) => {
  /** The same one-pass check the worker runs, over the real slice of the file, recording each range. */
  function workerLike(tamper: (checked: StoredCheck) => StoredCheck = (checked) => checked) {
    const ranges: Array<[number, number]> = [];
    const checkStored: NonNullable<VerifyOptions['checkStored']> = async ({ file, start, end }) => {
      ranges.push([start, end]);
      const slice = (file as Blob).slice(start, end);
      return tamper(await checkStoredFile(slice, wasmSha256, await wasmCrc32(), oneShotMaxBytes));
    };
    return { ranges, checkStored };
  }
  const fileOf = (bytes: Uint8Array) => fileSource(new Blob([new Uint8Array(bytes)]));

  it('gives the verdict of the streamed path, having checked each stored evidence file once, by its range', async () => {
    const { ranges, checkStored } = workerLike();
    const verdict = await verifyBundle(fileOf(big.bytes), options({ checkStored }));
    expect(verdict).toEqual(await verifyBundle(big.bytes, options()));
    if (!verdict.ok) return;
    const stored = verdict.value.evidence.flatMap((file) =>
      file.content.kind === 'range' ? [[file.content.start, file.content.end]] : [],
    );
    expect(ranges.sort()).toEqual(stored.sort());
    expect(ranges).toHaveLength(2);
  });

  it('refuses a changed evidence byte, a short read and a wrong digest as the streamed path does', async () => {
    const tampered = new Uint8Array(big.bytes);
    const at = new TextDecoder('latin1').decode(tampered).indexOf('walkdown video frame') + 5 * MIB;
    tampered[at] = (tampered[at] ?? 0) ^ 0x01;
    expect(
      await verifyBundle(fileOf(tampered), options({ checkStored: workerLike().checkStored })),
    ).toMatchObject({ ok: false, code: 'crc-mismatch' });
    const short = workerLike((checked) => ({ ...checked, bytes: checked.bytes - 1 }));
    expect(await verifyBundle(fileOf(big.bytes), options(short))).toMatchObject({
      ok: false,
      code: 'truncated',
    });
    const wrong = workerLike((checked) => ({ ...checked, sha256: '0'.repeat(64) }));
    expect(await verifyBundle(fileOf(big.bytes), options(wrong))).toMatchObject({
      ok: false,
      code: 'hash-mismatch',
    });
  });

  it('streams the entry itself when checkStored cannot read the file, and is not asked for bytes in memory', async () => {
    let asked = 0;
    const declines: NonNullable<VerifyOptions['checkStored']> = () => {
      asked += 1;
      return Promise.resolve(null);
    };
    const fromFile = await verifyBundle(fileOf(big.bytes), options({ checkStored: declines }));
    expect(fromFile.ok).toBe(true);
    expect(asked).toBe(2);
    asked = 0;
    expect((await verifyBundle(big.bytes, options({ checkStored: declines }))).ok).toBe(true);
    expect(asked).toBe(0);
  });
});

describe('sha256AndCrc32OfFile and sha256AndCrc32OneShot', () => {
  const bytes = new Uint8Array(2 * READ_SLICE_BYTES + 12_345);
  beforeAll(() => {
    for (let i = 0; i < bytes.length; i += 65_536) randomFillSync(bytes.subarray(i, i + 65_536));
  });
  const expected = () => ({
    sha256: createHash('sha256').update(bytes).digest('hex'),
    crc32: crc32(bytes),
    bytes: bytes.length,
  });

  it('match node:crypto and zlib over several read slices and an odd tail', async () => {
    const blob = new Blob([bytes]);
    expect(await sha256AndCrc32OfFile(blob, wasmSha256, await wasmCrc32())).toEqual(expected());
    expect(await sha256AndCrc32OneShot(blob, await wasmCrc32())).toEqual(expected());
  });

  it('report the bytes read when the file ends before its size, so the entry is refused as truncated', async () => {
    // A file that shrank after it was picked: its slices past the new end come back empty.
    const cut = 1 * READ_SLICE_BYTES + 7;
    const shrunk = {
      size: bytes.length,
      slice: (start: number, end: number) =>
        new Blob([bytes.subarray(Math.min(start, cut), Math.min(end, cut))]),
    };
    expect((await sha256AndCrc32OneShot(shrunk, await wasmCrc32())).bytes).toBe(cut);
    expect((await sha256AndCrc32OfFile(shrunk, wasmSha256, await wasmCrc32())).bytes).toBe(cut);
  });
});
