/**
 * The zip bomb of issue 9: a 4.2 MB deflate stream of 4 GiB of zeros declared as 60 MiB. Inflation must stop
 * at the first step past the declared size, whatever the stream still holds. (How fast is measured by hand,
 * see the verify report; tests assert the refusal and how far the inflater got, never a time.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyBundle } from '../../../../renderer/src/domain/import/verify-bundle';
import {
  entryBytes,
  inflateBounded,
  INFLATE_STEP_MAX_BYTES,
} from '../../../../renderer/src/domain/import/zip-entry';
import { zeroBomb } from './helpers/deflate-bomb';
import {
  makeSigner,
  packRaw,
  signFiles,
  validBundle,
  type BundleFile,
  type TestSigner,
} from './helpers/test-bundle';
import { options } from './helpers/verify-options';

const MIB = 1024 * 1024;
const GIB = 1024 * MIB;
let signer: TestSigner;
let valid: { files: BundleFile[]; bytes: Uint8Array };
let bomb: { stream: Uint8Array; inflatesTo: number };

beforeAll(async () => {
  signer = await makeSigner('Mallory');
  valid = await validBundle(signer);
  bomb = zeroBomb(4 * GIB);
});

describe('a deflate stream that expands far beyond its declared size', () => {
  it('is a small stream that really holds 4 GiB', () => {
    expect(bomb.stream.length).toBeLessThan(4.5 * MIB);
    expect(bomb.inflatesTo).toBeGreaterThanOrEqual(4 * GIB);
  });

  it('stops the inflater within one step of the declared 60 MiB', () => {
    const budget = { remaining: 8 * GIB };
    const result = inflateBounded(bomb.stream, 60 * MIB, budget);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('overrun');
    expect(result.produced).toBeGreaterThan(60 * MIB);
    expect(result.produced).toBeLessThanOrEqual(60 * MIB + INFLATE_STEP_MAX_BYTES);
  });

  it('stops at the per-bundle budget even when the declared size would allow more', () => {
    const result = inflateBounded(bomb.stream, 200 * MIB, { remaining: 10 * MIB });
    expect(result.ok ? 'ok' : [result.code, result.produced <= 10 * MIB + INFLATE_STEP_MAX_BYTES]).toEqual([
      'budget',
      true,
    ]);
  });

  it('refuses a signed bundle carrying it as evidence as zip-bomb', async () => {
    const name = `evidence/${'a'.repeat(64)}.bin`;
    const signed = await signFiles([...valid.files, { name, bytes: new Uint8Array([0]) }], signer);
    const files = signed.map((f) =>
      f.name === name ? { ...f, compressed: bomb.stream, declaredSize: 60 * MIB, crc: 0 } : f,
    );
    const bytes = packRaw(files);
    expect(bytes.length).toBeLessThan(4.5 * MIB);
    const verdict = await verifyBundle(bytes, options());
    expect(verdict.ok ? 'ok' : [verdict.code, verdict.file]).toEqual(['zip-bomb', name]);
  });

  it('refuses it in SHA256SUMS before any signature is checked', async () => {
    const small = zeroBomb(GIB);
    const files = valid.files.map((f) =>
      f.name === 'SHA256SUMS' ? { ...f, compressed: small.stream, declaredSize: 4 * MIB, crc: 0 } : f,
    );
    const verdict = await verifyBundle(packRaw(files), options());
    expect(verdict.ok ? 'ok' : [verdict.code, verdict.file]).toEqual(['zip-bomb', 'SHA256SUMS']);
  });

  it('refuses a stored entry past the budget as too-large', () => {
    const bytes = new Uint8Array(100);
    const entry = { name: 'x', method: 0 as const, compressedSize: 100, size: 100, crc: 0, dataStart: 0 };
    const read = entryBytes(bytes, entry, { remaining: 99 });
    expect(read.ok ? 'ok' : read.code).toBe('too-large');
  });
});
