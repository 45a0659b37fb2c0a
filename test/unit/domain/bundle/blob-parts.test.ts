import { describe, expect, it } from 'vitest';
import { bundleChunks, bundleParts } from '../../../../renderer/src/domain/bundle/build-bundle';
import type { BundleInput } from '../../../../renderer/src/domain/bundle/bundle-input';
import { ZipChunkWriter, type ZipPart } from '../../../../renderer/src/domain/bundle/zip-writer';
import { crc32 } from '../../../../renderer/src/domain/import/crc32';
import { verifyBundle } from '../../../../renderer/src/domain/import/verify-bundle';
import { EVIDENCE_FILES } from '../report/report-fixture';
import { options } from '../import/helpers/verify-options';
import { bundleInput, makeIdentity } from './bundle-fixture';

const MTIME = new Date('2025-03-02T13:00:00Z');

async function joined(parts: readonly ZipPart[]): Promise<Uint8Array> {
  return new Uint8Array(await new Blob(parts as BlobPart[]).arrayBuffer());
}

async function collect(generator: AsyncGenerator<ZipPart, unknown>): Promise<ZipPart[]> {
  const parts: ZipPart[] = [];
  for (;;) {
    const next = await generator.next();
    if (next.done) return parts;
    parts.push(next.value);
  }
}

/**
 * The bytes before the SHA256SUMS.sig entry: everything the two paths write alike (ECDSA signatures are
 * randomized, so the signature, its length and the directory after it differ between any two exports).
 */
function beforeSignature(bundle: Uint8Array): Uint8Array {
  const name = new TextEncoder().encode('SHA256SUMS.sig');
  for (let at = 0; at + 30 + name.length <= bundle.length; at++) {
    const header =
      bundle[at] === 0x50 && bundle[at + 1] === 0x4b && bundle[at + 2] === 3 && bundle[at + 3] === 4;
    if (header && name.every((byte, i) => bundle[at + 30 + i] === byte)) return bundle.subarray(0, at);
  }
  throw new Error('No SHA256SUMS.sig entry.');
}

const identity = await makeIdentity();
const base = await bundleInput(identity);

/** The fixture input with each evidence file's stored Blob and CRC-32, as export-source gives a captured row. */
function withStoredBlobs(input: BundleInput, blobOf = (bytes: Uint8Array) => new Blob([bytes as BlobPart])) {
  return {
    ...input,
    evidence: input.evidence.map((source, index) => {
      const bytes = EVIDENCE_FILES[index]?.bytes ?? new Uint8Array();
      return { ...source, stored: { blob: blobOf(bytes), crc32: crc32(bytes) } };
    }),
  };
}

describe('ZIP output with stored Blobs passed through', () => {
  it('writes a Blob entry byte for byte as the chunked path writes the same bytes', async () => {
    const evidence = new Uint8Array(300_000).map((_, i) => (i * 7) % 256);
    const write = (blob: boolean) => {
      const zip = new ZipChunkWriter(MTIME);
      const parts: ZipPart[] = [];
      zip.file('manifest.json', new TextEncoder().encode('{"a":1}'), true);
      parts.push(...zip.drainParts());
      if (blob) zip.storedBlob('evidence/ü.bin', new Blob([evidence]), crc32(evidence));
      else {
        const entry = zip.entry('evidence/ü.bin', false, evidence.length);
        for (let at = 0; at < evidence.length; at += 65_536) entry.push(evidence.subarray(at, at + 65_536));
        entry.end();
      }
      parts.push(...zip.drainParts());
      zip.file('SHA256SUMS', new TextEncoder().encode('x'), true);
      zip.finish();
      parts.push(...zip.drainParts());
      return { parts, written: zip.bytesWritten };
    };
    const chunked = write(false);
    const passed = write(true);
    expect(passed.parts.filter((part) => part instanceof Blob)).toHaveLength(1);
    expect(chunked.parts.some((part) => part instanceof Blob)).toBe(false);
    expect(await joined(passed.parts)).toEqual(await joined(chunked.parts));
    expect(passed.written).toBe(chunked.written);
  });

  it('refuses to drain a Blob part as bytes', () => {
    const zip = new ZipChunkWriter(MTIME);
    zip.storedBlob('evidence/a.bin', new Blob([new Uint8Array([1, 2, 3])]), crc32(new Uint8Array([1, 2, 3])));
    expect(() => zip.drain()).toThrow(/drainParts/);
  });

  it('passes each stored evidence file through as its Blob, and the bundle is identical to the read path and verifies', async () => {
    const parts = await collect(bundleParts(withStoredBlobs(base)));
    expect(parts.filter((part) => part instanceof Blob)).toHaveLength(EVIDENCE_FILES.length);
    const passed = await joined(parts);
    const read = await joined(await collect(bundleChunks(base)));
    expect(beforeSignature(passed)).toEqual(beforeSignature(read));
    const verdict = await verifyBundle(passed, options());
    expect(verdict.ok ? 'verified' : verdict.message).toBe('verified');
  });

  it('gives bytes only through bundleChunks, the same bytes, for writers that take no Blobs', async () => {
    const parts = await collect(bundleChunks(withStoredBlobs(base)));
    expect(parts.every((part) => part instanceof Uint8Array)).toBe(true);
    const bytes = await joined(parts);
    const read = await joined(await collect(bundleChunks(base)));
    expect(beforeSignature(bytes)).toEqual(beforeSignature(read));
  });

  it('stops with evidence-changed when a stored Blob no longer has the size recorded at capture', async () => {
    const input = withStoredBlobs(
      base,
      (bytes) => new Blob([bytes.subarray(0, bytes.length - 1) as BlobPart]),
    );
    await expect(collect(bundleParts(input))).rejects.toMatchObject({ code: 'evidence-changed' });
  });

  it('makes the verifier refuse the bundle when a stored byte changed since its CRC-32 was recorded', async () => {
    const input = withStoredBlobs(base, (bytes) => {
      const changed = bytes.slice();
      changed[0] = (changed[0] ?? 0) ^ 0xff;
      return new Blob([changed]);
    });
    const verdict = await verifyBundle(await joined(await collect(bundleParts(input))), options());
    expect(verdict.ok).toBe(false);
  });
});
