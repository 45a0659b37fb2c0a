import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAtomicWriter, writeFileAtomic } from '../../../electron/atomic-write';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('atomic write', () => {
  it('replaces the old file with the complete new content and leaves no temp file', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'site.airr');
    await writeFile(target, 'old');
    await writeFileAtomic(target, [bytes('new '), bytes('content')]);
    expect(await readFile(target, 'utf8')).toBe('new content');
    expect(await readdir(dir)).toEqual(['site.airr']);
  });

  it('keeps the old file intact and removes the temp file when the source fails mid-write', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'site.airr');
    await writeFile(target, 'old content');
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield bytes('half of the new ');
      await Promise.resolve();
      throw new Error('evidence blob could not be read');
    }
    await expect(writeFileAtomic(target, failing())).rejects.toThrow('evidence blob could not be read');
    expect(await readFile(target, 'utf8')).toBe('old content');
    expect(await readdir(dir)).toEqual(['site.airr']);
  });

  it('keeps the old target and removes the temp file when the final rename fails', async () => {
    const dir = await tempDir();
    // A non-empty directory at the target makes rename() fail for real.
    const target = path.join(dir, 'site.airr');
    await mkdir(target);
    await writeFile(path.join(target, 'keep.txt'), 'kept');
    await expect(writeFileAtomic(target, [bytes('new')])).rejects.toThrow();
    expect(await readFile(path.join(target, 'keep.txt'), 'utf8')).toBe('kept');
    expect(await readdir(dir)).toEqual(['site.airr']);
  });

  it('writes the temp file in the target directory and shows nothing at the target before commit', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'new.airr');
    const writer = await openAtomicWriter(target);
    await writer.write(bytes('abc'));
    expect(path.dirname(writer.tempPath)).toBe(dir);
    expect(await readdir(dir)).toEqual([path.basename(writer.tempPath)]);
    await writer.abort();
    await writer.abort();
    expect(await readdir(dir)).toEqual([]);
    await expect(writer.write(bytes('more'))).rejects.toThrow('already finished');
  });

  it('fails to open when the directory does not exist, creating nothing', async () => {
    const dir = await tempDir();
    await expect(openAtomicWriter(path.join(dir, 'missing', 'x.airr'))).rejects.toThrow();
    expect(await readdir(dir)).toEqual([]);
  });
});
