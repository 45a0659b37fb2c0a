import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ZipChunkWriter } from '../../../../renderer/src/domain/bundle/zip-writer';
import { readZipDirectory } from '../../../../renderer/src/domain/import/zip-directory';
import { DEFAULT_LIMITS } from '../../../../renderer/src/domain/import/limits';

type File = { path: string; bytes: Uint8Array; compress: boolean; chunks?: number };

const MTIME = new Date('2025-03-02T13:00:00Z');

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function chunksOf(file: File): Uint8Array[] {
  const step = Math.ceil(file.bytes.length / (file.chunks ?? 1)) || 1;
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < file.bytes.length; at += step) chunks.push(file.bytes.subarray(at, at + step));
  return chunks;
}

/** The archive as fflate's own streaming Zip writes it: what every bundle was before ZIP64. */
function fflateZip(files: readonly File[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, data) => {
    if (error) throw error;
    chunks.push(data);
  });
  for (const file of files) {
    const entry = file.compress ? new ZipDeflate(file.path, { level: 6 }) : new ZipPassThrough(file.path);
    entry.mtime = MTIME;
    entry.os = 3;
    entry.attrs = 0o100644 * 0x10000;
    zip.add(entry);
    for (const chunk of chunksOf(file)) entry.push(chunk, false);
    entry.push(new Uint8Array(0), true);
  }
  zip.end();
  return concat(chunks);
}

function ourZip(files: readonly File[]): Uint8Array {
  const writer = new ZipChunkWriter(MTIME);
  const chunks: Uint8Array[] = [];
  for (const file of files) {
    const entry = writer.entry(file.path, file.compress, file.bytes.length);
    for (const chunk of chunksOf(file)) entry.push(chunk);
    entry.end();
    chunks.push(...writer.drain());
  }
  writer.finish();
  chunks.push(...writer.drain());
  expect(writer.bytesWritten).toBe(chunks.reduce((n, c) => n + c.length, 0));
  return concat(chunks);
}

function noise(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    bytes[i] = x >>> 24;
  }
  return bytes;
}

const FILES: File[] = [
  { path: 'manifest.json', bytes: new TextEncoder().encode('{"a":1}\n'.repeat(40)), compress: true },
  { path: 'evidence/empty.txt', bytes: new Uint8Array(0), compress: false },
  { path: 'evidence/photo.jpg', bytes: noise(300_000, 7), compress: false, chunks: 5 },
  { path: 'report.pdf', bytes: noise(90_000, 3), compress: true, chunks: 3 },
  { path: 'notes/ümlaut.txt', bytes: new TextEncoder().encode('utf-8 name'), compress: true },
];

describe('the bundle ZIP writer', () => {
  it('writes archives under 4 GiB byte for byte as fflate did, so small bundles do not change', () => {
    expect(ourZip(FILES)).toEqual(fflateZip(FILES));
  });

  it('writes no ZIP64 record for an archive that does not need one', async () => {
    const bytes = ourZip(FILES.filter((file) => /^[a-z./]+$/.test(file.path)));
    const text = Buffer.from(bytes).toString('latin1');
    expect(text.includes('PK\x06\x06')).toBe(false);
    expect(text.includes('PK\x06\x07')).toBe(false);
    expect((await readZipDirectory(bytes, DEFAULT_LIMITS)).ok).toBe(true);
  });

  it('refuses an entry declared as 4 GiB or more that ends smaller, as its ZIP64 header already went out', () => {
    const writer = new ZipChunkWriter(MTIME);
    const entry = writer.entry('evidence/big.bin', false, 2 ** 32);
    entry.push(new Uint8Array(1000));
    expect(() => entry.end()).toThrow(/4 GiB/);
  });
});
