import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFileName, pruneBackups } from '../../../electron/backup-folder';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const day = (n: number): Date => new Date(Date.UTC(2030, 0, n, 12, 30, 5));

describe('automatic backup folder', () => {
  it('names each archive with a sortable UTC stamp and keeps only the newest N of its own files', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'notes.txt'), 'mine');
    for (let n = 1; n <= 4; n++) {
      await writeFile(path.join(dir, backupFileName(day(n))), bytes(`archive ${n}`));
      await pruneBackups(dir, 2);
    }
    expect((await readdir(dir)).sort()).toEqual([
      backupFileName(day(3)),
      backupFileName(day(4)),
      'notes.txt',
    ]);
    expect(await readFile(path.join(dir, backupFileName(day(4))), 'utf8')).toBe('archive 4');
    expect(backupFileName(day(4))).toBe('airr-backup-20300104T123005Z.airr-backup.age');
  });

  it('refuses a keep count below one before removing anything', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, backupFileName(day(1))), bytes('x'));
    await expect(pruneBackups(dir, 0)).rejects.toThrow(RangeError);
    expect(await readdir(dir)).toEqual([backupFileName(day(1))]);
  });
});
