import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { wasmSha256, type Sha256Hasher } from '../../../../renderer/src/domain/crypto/sha256-hasher';
import { writeStream, writeStreamCommitted } from '../../../../renderer/src/services/export/write-stream';
import { fakePlatform, joined } from './fake-platform';

function streamOf(parts: (Uint8Array | Blob)[]): ReadableStream<Uint8Array | Blob> {
  return new ReadableStream({
    start(controller) {
      for (const part of parts) controller.enqueue(part);
      controller.close();
    },
  });
}

async function target() {
  const { platform, saved } = fakePlatform();
  const chosen = await platform.saveFile({
    suggestedName: 'a.airr',
    mimeType: 'application/zip',
    extensions: [],
  });
  if (!chosen.ok || !chosen.value) throw new Error('no target');
  return { target: chosen.value, saved };
}

describe('writing a stream of bytes and Blobs', () => {
  it('hands Blobs to the target as they are and hashes the exact file, Blob bytes in their place', async () => {
    const { target: file, saved } = await target();
    const parts = [
      new Uint8Array([1, 2, 3]),
      new Blob([new Uint8Array(9_000_000).fill(7)]),
      new Uint8Array([4]),
    ];
    const written = await writeStream(streamOf(parts), file);
    const bytes = joined(saved[0]!);
    expect(saved[0]).toMatchObject({ state: 'committed', blobParts: 1 });
    expect(written).toEqual({
      ok: true,
      value: { name: 'a.airr', sha256: bytesToHex(sha256(bytes)), bytes: bytes.length },
    });
  });

  it('hands Blobs to a hasher that reads them itself, in order with the bytes around them', async () => {
    const { target: file } = await target();
    const fed: string[] = [];
    const hasher = async (): Promise<Sha256Hasher> => {
      const inner = await wasmSha256();
      return {
        update: (chunk) => void fed.push(`bytes ${chunk.length}`),
        updateBlob: (blob) => void fed.push(`blob ${blob.size}`),
        digestHex: () => inner.digestHex(),
        dispose: () => undefined,
      };
    };
    const parts = [new Uint8Array(2), new Blob([new Uint8Array(5)]), new Uint8Array(3)];
    expect((await writeStream(streamOf(parts), file, undefined, hasher)).ok).toBe(true);
    expect(fed).toEqual(['bytes 2', 'blob 5', 'bytes 3']);
  });

  it('says the file was saved when only its digest failed after the commit', async () => {
    const { target: file, saved } = await target();
    const failing = (): Promise<Sha256Hasher> =>
      Promise.resolve({
        update: () => undefined,
        digestHex: () => Promise.reject(new Error('The hashing worker failed.')),
        dispose: () => undefined,
      });
    const written = await writeStream(streamOf([new Uint8Array([1])]), file, undefined, failing);
    expect(saved[0]?.state).toBe('committed');
    expect(written).toMatchObject({ ok: false, code: 'export-failed' });
    expect(written.ok ? '' : written.message).toMatch(
      /^a\.airr was saved, but its SHA-256 could not be computed/,
    );
  });

  it('commits the file before its digest is done, and disposes the hasher only once the digest settled', async () => {
    const { target: file, saved } = await target();
    let release: (hex: string) => void = () => undefined;
    let disposed = false;
    const slow = (): Promise<Sha256Hasher> =>
      Promise.resolve({
        update: () => undefined,
        digestHex: () => new Promise<string>((resolve) => (release = resolve)),
        dispose: () => void (disposed = true),
      });
    const committed = await writeStreamCommitted(streamOf([new Uint8Array([1, 2])]), file, undefined, slow);
    if (!committed.ok) throw new Error(committed.message);
    // Saved and reported while the digest is still being computed.
    expect(saved[0]?.state).toBe('committed');
    expect(committed.value).toMatchObject({ name: 'a.airr', bytes: 2 });
    expect(disposed).toBe(false);
    release('ab'.repeat(32));
    expect(await committed.value.sha256).toBe('ab'.repeat(32));
    expect(disposed).toBe(true);
  });
});
