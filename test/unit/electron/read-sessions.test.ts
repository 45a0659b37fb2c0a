import { appendFile, rename, truncate, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_READ_CHUNK_BYTES } from '../../../electron/limits';
import { ReadSessions } from '../../../electron/read-sessions';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();
const ANY = { maxBytes: 2 ** 32, extensions: [] };

async function fileWith(bytes: Uint8Array, name = 'site.airr'): Promise<string> {
  const filePath = path.join(await tempDir(), name);
  await writeFile(filePath, bytes);
  return filePath;
}

function patterned(size: number): Uint8Array {
  return new Uint8Array(size).map((_, i) => (i * 7 + (i >> 11)) % 251);
}

async function readAll(reads: ReadSessions, token: string, size: number, chunk: number): Promise<Uint8Array> {
  const out = new Uint8Array(size);
  for (let offset = 0; offset < size; offset += chunk) {
    const result = await reads.read(token, offset, Math.min(chunk, size - offset));
    if (!result.ok) throw new Error(result.message);
    out.set(result.value, offset);
  }
  return out;
}

describe('chunked reads of files main holds open', () => {
  it('hands out a name, size, time and token, never the path, and reads the bytes back exactly', async () => {
    const bytes = patterned(MAX_READ_CHUNK_BYTES + 12_345);
    const filePath = await fileWith(bytes);
    const reads = new ReadSessions();
    const opened = await reads.open(filePath, ANY);
    if (!opened.ok) throw new Error(opened.message);
    expect(Object.keys(opened.value).sort()).toEqual(['lastModified', 'name', 'size', 'token']);
    expect(opened.value).toMatchObject({ name: 'site.airr', size: bytes.length });
    expect(opened.value.token).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.stringify(opened.value)).not.toContain(path.dirname(filePath));
    const back = await readAll(reads, opened.value.token, bytes.length, MAX_READ_CHUNK_BYTES);
    expect(Buffer.compare(back, bytes)).toBe(0);
    await reads.close(opened.value.token);
    expect(reads.openCount).toBe(0);
  });

  it('refuses reads past the end or larger than one chunk, without closing the file', async () => {
    const reads = new ReadSessions();
    const opened = await reads.open(await fileWith(patterned(100)), ANY);
    if (!opened.ok) throw new Error(opened.message);
    const { token } = opened.value;
    expect(await reads.read(token, 90, 20)).toMatchObject({ ok: false, code: 'invalid-payload' });
    expect(await reads.read(token, 0, MAX_READ_CHUNK_BYTES + 1)).toMatchObject({
      ok: false,
      code: 'invalid-payload',
    });
    expect(await reads.read(token, 90, 10)).toMatchObject({ ok: true });
  });

  it('refuses a file that grows, shrinks or is rewritten after it was opened, and forgets it', async () => {
    const changes: Array<(filePath: string) => Promise<void>> = [
      (filePath) => appendFile(filePath, 'more'),
      (filePath) => truncate(filePath, 10),
      async (filePath) => {
        const later = new Date(Date.now() + 60_000);
        await utimes(filePath, later, later);
      },
    ];
    for (const change of changes) {
      const filePath = await fileWith(patterned(1000));
      const reads = new ReadSessions();
      const opened = await reads.open(filePath, ANY);
      if (!opened.ok) throw new Error(opened.message);
      await change(filePath);
      const result = await reads.read(opened.value.token, 0, 100);
      expect(result).toMatchObject({ ok: false, code: 'read-failed' });
      if (!result.ok) expect(result.message).toBe('“site.airr” changed after it was opened; open it again.');
      expect(reads.openCount).toBe(0);
      expect(await reads.read(opened.value.token, 0, 100)).toMatchObject({ ok: false, code: 'unknown-file' });
    }
  });

  it('keeps reading the file it checked when the path is swapped for another file', async () => {
    const original = patterned(5000);
    const filePath = await fileWith(original);
    const reads = new ReadSessions();
    const opened = await reads.open(filePath, ANY);
    if (!opened.ok) throw new Error(opened.message);
    const impostor = path.join(path.dirname(filePath), 'impostor.airr');
    await writeFile(impostor, new Uint8Array(5000).fill(0x41));
    await rename(impostor, filePath);
    const back = await readAll(reads, opened.value.token, original.length, 4096);
    expect(Buffer.compare(back, original)).toBe(0);
  });

  it('answers an unknown token with unknown-file, and closing twice is harmless', async () => {
    const reads = new ReadSessions();
    expect(await reads.read('0'.repeat(32), 0, 1)).toMatchObject({ ok: false, code: 'unknown-file' });
    const opened = await reads.open(await fileWith(patterned(10)), ANY);
    if (!opened.ok) throw new Error(opened.message);
    await reads.close(opened.value.token);
    expect(await reads.close(opened.value.token)).toEqual({ ok: true, value: null });
  });

  it('closes the oldest file when more are open than allowed', async () => {
    const reads = new ReadSessions(2);
    const tokens: string[] = [];
    for (const name of ['a.airr', 'b.airr', 'c.airr']) {
      const opened = await reads.open(await fileWith(patterned(10), name), ANY);
      if (!opened.ok) throw new Error(opened.message);
      tokens.push(opened.value.token);
    }
    expect(reads.openCount).toBe(2);
    expect(await reads.read(tokens[0] ?? '', 0, 1)).toMatchObject({ ok: false, code: 'unknown-file' });
    expect(await reads.read(tokens[2] ?? '', 0, 1)).toMatchObject({ ok: true });
    await reads.closeAll();
    expect(reads.openCount).toBe(0);
  });
});
