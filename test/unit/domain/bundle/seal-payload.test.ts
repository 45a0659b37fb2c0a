import { randomFillSync } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Decrypter } from 'age-encryption';
import { afterAll, describe, expect, it } from 'vitest';
import {
  AGE_CHUNK_BYTES,
  AGE_JOB_BYTES,
  sodiumPayloadCipher,
  type CreatePayloadCipher,
} from '../../../../renderer/src/domain/bundle/age-payload';
import { sealBlobStream, sealBytes, sealStream } from '../../../../renderer/src/domain/bundle/seal';
import { run, tempDir } from '../crypto/stock-tools';

const temp = tempDir('seal-payload');
afterAll(() => temp.remove());
run('age-keygen', ['-o', temp.path('key.txt')]);
const recipient = run('age-keygen', ['-y', temp.path('key.txt')]).stdout.trim();

/** `bytes` as a stream of uneven pieces, the way a ZIP writer hands them out. */
function unevenStream(bytes: Uint8Array): ReadableStream<Uint8Array> {
  const sizes = [1, 1000, 70_000, 333_333, 5];
  let at = 0;
  let turn = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      const size = sizes[turn++ % sizes.length] ?? 1;
      controller.enqueue(bytes.slice(at, at + size));
      at += size;
    },
  });
}

function ageDecrypt(sealed: Uint8Array, name: string): Uint8Array {
  writeFileSync(temp.path(`${name}.age`), sealed);
  const opened = run('age', [
    '-d',
    '-i',
    temp.path('key.txt'),
    '-o',
    temp.path(name),
    temp.path(`${name}.age`),
  ]);
  expect(opened.status, opened.stderr).toBe(0);
  // age creates its output file on the first byte it writes: none for an empty file.
  return existsSync(temp.path(name)) ? readFileSync(temp.path(name)) : Buffer.alloc(0);
}

/** Byte equality without the element-by-element diffing toEqual does on large arrays. */
function same(actual: Uint8Array, expected: Uint8Array): boolean {
  return Buffer.from(actual.buffer, actual.byteOffset, actual.length).equals(expected);
}

describe('the age payload, sealed in 64 KiB STREAM chunks by libsodium', () => {
  it.each([
    ['exactly one chunk (64 KiB)', AGE_CHUNK_BYTES],
    ['several chunks and a short last one', 3 * AGE_CHUNK_BYTES + 1000],
    ['one byte more than a chunk', AGE_CHUNK_BYTES + 1],
    ['exactly one job', AGE_JOB_BYTES],
    ['jobs and chunks with a short tail', 2 * AGE_JOB_BYTES + 3 * AGE_CHUNK_BYTES + 7],
    ['one byte', 1],
  ])('opens with stock age -d and gives back the same bytes: %s', async (_, size) => {
    const bytes = randomFillSync(new Uint8Array(size));
    const sealed = await sealStream(unevenStream(bytes), { recipients: [recipient] });
    if (!sealed.ok) throw new Error(sealed.message);
    const file = new Uint8Array(await new Response(sealed.value).arrayBuffer());
    // Header, 16-byte nonce, then every chunk with its 16-byte tag: nothing more, nothing less.
    const chunks = Math.ceil(size / AGE_CHUNK_BYTES);
    const header = file.length - 16 - size - chunks * 16;
    expect(new TextDecoder().decode(file.subarray(0, header))).toMatch(
      /^age-encryption\.org\/v1\n-> X25519 /,
    );
    expect(same(ageDecrypt(file, `payload-${size}`), bytes)).toBe(true);
  });

  it('seals an empty file as the one empty final chunk that age -d opens', async () => {
    const sealed = await sealBytes(new Uint8Array(0), { recipients: [recipient] });
    if (!sealed.ok) throw new Error(sealed.message);
    expect(ageDecrypt(sealed.value, 'empty').length).toBe(0);
  });

  it('seals to two recipients, either of which opens it, and to a passphrase the library opens', async () => {
    const bytes = randomFillSync(new Uint8Array(AGE_JOB_BYTES + 12_345));
    run('age-keygen', ['-o', temp.path('other.txt')]);
    const other = run('age-keygen', ['-y', temp.path('other.txt')]).stdout.trim();
    const both = await sealBytes(bytes, { recipients: [other, recipient] });
    if (!both.ok) throw new Error(both.message);
    expect(same(ageDecrypt(both.value, 'two-recipients'), bytes)).toBe(true);
    const withPassphrase = await sealBytes(bytes, { passphrase: 'correct horse battery staple' });
    if (!withPassphrase.ok) throw new Error(withPassphrase.message);
    const decrypter = new Decrypter();
    decrypter.addPassphrase('correct horse battery staple');
    expect(same(await decrypter.decrypt(withPassphrase.value), bytes)).toBe(true);
  }, 120_000);

  it('draws a new file key and nonce for every file: the same bytes never seal the same way twice', async () => {
    const bytes = new Uint8Array(AGE_CHUNK_BYTES);
    const first = await sealBytes(bytes, { recipients: [recipient] });
    const second = await sealBytes(bytes, { recipients: [recipient] });
    if (!first.ok || !second.ok) throw new Error('sealing failed');
    expect(Buffer.from(first.value.subarray(-100)).equals(Buffer.from(second.value.subarray(-100)))).toBe(
      false,
    );
  });
});

/** Joins a stream of byte and Blob parts into the file they make. */
async function fileOf(stream: ReadableStream<Uint8Array | Blob>): Promise<Uint8Array> {
  const parts: BlobPart[] = [];
  const reader = stream.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read())
    parts.push(next.value as BlobPart);
  return new Uint8Array(await new Blob(parts).arrayBuffer());
}

describe('sealing a bundle that is one Blob, job by job from slices of it', () => {
  it.each([
    ['empty', 0],
    ['exactly one job', AGE_JOB_BYTES],
    ['jobs and chunks with a short tail', 2 * AGE_JOB_BYTES + 3 * AGE_CHUNK_BYTES + 7],
  ])('opens with stock age -d and gives back the same bytes: %s', async (_, size) => {
    const bytes = randomFillSync(new Uint8Array(size));
    // Parts of bytes and Blobs, as the bundle is: stored evidence inside by reference.
    const blob = new Blob([bytes.slice(0, 10), new Blob([bytes.slice(10, size - 3)]), bytes.slice(size - 3)]);
    const sealed = await sealBlobStream(blob, { recipients: [recipient] });
    if (!sealed.ok) throw new Error(sealed.message);
    const file = await fileOf(sealed.value);
    expect(new TextDecoder().decode(file.subarray(0, 22))).toBe('age-encryption.org/v1\n');
    expect(same(ageDecrypt(file, `blob-${size}`), bytes)).toBe(true);
  });

  it('hands each slice to a cipher that reads it itself, with its chunk counter, the last one final', async () => {
    const seen: { counter: number; size: number; final: boolean }[] = [];
    const reading: CreatePayloadCipher = async (key) => {
      const inner = await sodiumPayloadCipher(key);
      return {
        seal: () => Promise.reject(new Error('bytes were not expected')),
        sealBlob: async (job) => {
          seen.push({ counter: job.counter, size: job.blob.size, final: job.final });
          const bytes = new Uint8Array(await job.blob.arrayBuffer());
          return inner.seal({ counter: job.counter, bytes, final: job.final });
        },
        dispose: () => inner.dispose(),
      };
    };
    const bytes = randomFillSync(new Uint8Array(2 * AGE_JOB_BYTES + 5));
    const sealed = await sealBlobStream(new Blob([bytes]), { recipients: [recipient] }, reading);
    if (!sealed.ok) throw new Error(sealed.message);
    const file = await fileOf(sealed.value);
    const perJob = AGE_JOB_BYTES / AGE_CHUNK_BYTES;
    expect(seen).toEqual([
      { counter: 0, size: AGE_JOB_BYTES, final: false },
      { counter: perJob, size: AGE_JOB_BYTES, final: false },
      { counter: 2 * perJob, size: 5, final: true },
    ]);
    expect(same(ageDecrypt(file, 'blob-reading'), bytes)).toBe(true);
  });
});
