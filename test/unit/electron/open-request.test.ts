import { mkdir, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OpenedFileHandle } from '../../../electron/ipc-contract';
import { BUNDLE_OPEN_RULES, filePathsFromArgv } from '../../../electron/open-request';
import { createOpenRequestRouter } from '../../../electron/open-request-router';
import { ReadSessions } from '../../../electron/read-sessions';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();
const reads = new ReadSessions();
const openBundle = (filePath: string) => reads.open(filePath, BUNDLE_OPEN_RULES);
afterEach(() => reads.closeAll());

describe('file arguments from argv', () => {
  it('drops the executable, the app path of an unpackaged run and every switch', () => {
    const argv = ['/opt/electron', '.', '--inspect=0', '/media/usb/site.airr', '-v', 'other.airr.age'];
    expect(filePathsFromArgv(argv, { defaultApp: true })).toEqual(['/media/usb/site.airr', 'other.airr.age']);
  });

  it('keeps the first argument of a packaged app, since there is no app path', () => {
    const argv = ['C:\\Program Files\\AIRR Assessor\\AIRR Assessor.exe', 'D:\\site.airr'];
    expect(filePathsFromArgv(argv, { defaultApp: false })).toEqual(['D:\\site.airr']);
  });

  it('ignores the switches Chromium adds to a second instance and keeps files after --', () => {
    const argv = [
      '/opt/AIRR Assessor/airr-assessor',
      '--allow-file-access-from-files',
      '--original-process-start-time=13370000000000000',
      '/home/a/site.airr',
      '--',
      '-dash-named.airr',
    ];
    expect(filePathsFromArgv(argv, { defaultApp: false })).toEqual(['/home/a/site.airr', '-dash-named.airr']);
  });

  it('returns nothing for a plain launch', () => {
    expect(filePathsFromArgv(['/opt/electron', '.'], { defaultApp: true })).toEqual([]);
    expect(filePathsFromArgv(['/opt/app'], { defaultApp: false })).toEqual([]);
  });
});

describe('validating a bundle the OS asked to open', () => {
  it('opens a valid .airr and .airr.age file, sending name, size and a read token only', async () => {
    const dir = await tempDir();
    const plain = path.join(dir, 'Site Visit.AIRR');
    const sealed = path.join(dir, 'site.airr.age');
    await writeFile(plain, Buffer.from([0x50, 0x4b, 3, 4]));
    await writeFile(sealed, 'age-encryption.org/v1');
    const first = await openBundle(plain);
    expect(first).toMatchObject({ ok: true, value: { name: 'Site Visit.AIRR', size: 4 } });
    if (!first.ok) return;
    expect(Object.keys(first.value).sort()).toEqual(['lastModified', 'name', 'size', 'token']);
    expect(await reads.read(first.value.token, 0, 4)).toEqual({
      ok: true,
      value: new Uint8Array([0x50, 0x4b, 3, 4]),
    });
    expect(JSON.stringify(first.value)).not.toContain(dir);
    await expect(openBundle(sealed)).resolves.toMatchObject({ ok: true, value: { name: 'site.airr.age' } });
    await reads.closeAll();
  });

  it('refuses a wrong extension, a directory, a missing file and a file over the limit', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'notes.txt'), 'x');
    await writeFile(path.join(dir, 'site.age'), 'x');
    await writeFile(path.join(dir, '.airr'), 'x');
    await mkdir(path.join(dir, 'folder.airr'));
    const huge = path.join(dir, 'huge.airr');
    await writeFile(huge, '');
    await truncate(huge, BUNDLE_OPEN_RULES.maxBytes + 1); // sparse: no real disk use
    const cases: Array<[string, string]> = [
      ['notes.txt', 'wrong-extension'],
      ['site.age', 'wrong-extension'],
      ['.airr', 'wrong-extension'],
      ['folder.airr', 'not-a-file'],
      ['missing.airr', 'not-found'],
      ['huge.airr', 'file-too-large'],
    ];
    for (const [name, code] of cases) {
      await expect(openBundle(path.join(dir, name)), name).resolves.toMatchObject({ ok: false, code });
    }
    expect(reads.openCount).toBe(0);
  });
});

describe('routing open requests to the window', () => {
  function router() {
    const delivered: OpenedFileHandle[] = [];
    const rejected: string[] = [];
    const focus = vi.fn();
    const routes = createOpenRequestRouter({
      open: openBundle,
      deliver: (file) => delivered.push(file),
      reject: (message) => rejected.push(message),
      focus,
    });
    return { routes, delivered, rejected, focus };
  }

  it('queues files that arrive before the renderer is ready and delivers them once it is', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'a.airr'), 'A');
    await writeFile(path.join(dir, 'b.airr.age'), 'B');
    const { routes, delivered, focus } = router();
    await routes.request(path.join(dir, 'a.airr'));
    expect(delivered).toEqual([]);
    routes.setReady(true);
    await routes.request(path.join(dir, 'b.airr.age'));
    expect(delivered.map((file) => file.name)).toEqual(['a.airr', 'b.airr.age']);
    expect(focus).toHaveBeenCalledTimes(2);
  });

  it('holds deliveries while the window reloads', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'a.airr'), 'A');
    const { routes, delivered } = router();
    routes.setReady(true);
    routes.setReady(false);
    await routes.request(path.join(dir, 'a.airr'));
    expect(delivered).toEqual([]);
    routes.setReady(true);
    expect(delivered).toHaveLength(1);
  });

  it('shows the reason for an invalid request and delivers nothing', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'evil.exe'), 'MZ');
    const { routes, delivered, rejected } = router();
    routes.setReady(true);
    await routes.request(path.join(dir, 'evil.exe'));
    expect(delivered).toEqual([]);
    expect(rejected).toEqual(['“evil.exe” is not a .airr or .airr.age file.']);
  });
});
