import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withExtension } from '../../../electron/save-path';
import { SaveSessions } from '../../../electron/save-sessions';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

async function begin(saves: SaveSessions, target: string): Promise<string> {
  const begun = await saves.begin(target);
  if (!begun.ok) throw new Error(begun.message);
  expect(begun.value.fileName).toBe(path.basename(target));
  expect(begun.value.token).toMatch(/^[0-9a-f]{32}$/);
  return begun.value.token;
}

describe('streaming save sessions', () => {
  it('appends chunks in order and commits them atomically over an existing file', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'site.airr');
    await writeFile(target, 'previous export');
    const saves = new SaveSessions();
    const token = await begin(saves, target);
    // Not awaited one by one: the session must still keep the order.
    const writes = ['one ', 'two ', 'three'].map((part) => saves.chunk(token, bytes(part)));
    expect(await Promise.all(writes)).toEqual([
      { ok: true, value: null },
      { ok: true, value: null },
      { ok: true, value: null },
    ]);
    expect(await readFile(target, 'utf8')).toBe('previous export');
    await expect(saves.commit(token)).resolves.toEqual({ ok: true, value: 'site.airr' });
    expect(await readFile(target, 'utf8')).toBe('one two three');
    expect(await readdir(dir)).toEqual(['site.airr']);
    await expect(saves.chunk(token, bytes('late'))).resolves.toMatchObject({
      ok: false,
      code: 'unknown-save',
    });
  });

  it('abort leaves nothing behind and keeps the previous file', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'site.airr');
    await writeFile(target, 'previous export');
    const saves = new SaveSessions();
    const token = await begin(saves, target);
    await saves.chunk(token, bytes('partial'));
    await expect(saves.abort(token)).resolves.toEqual({ ok: true, value: null });
    expect(await readdir(dir)).toEqual(['site.airr']);
    expect(await readFile(target, 'utf8')).toBe('previous export');
    await expect(saves.commit(token)).resolves.toMatchObject({ ok: false, code: 'unknown-save' });
  });

  it('abortAll removes every open temp file (quit, window closed)', async () => {
    const dir = await tempDir();
    const saves = new SaveSessions();
    const first = await begin(saves, path.join(dir, 'a.airr'));
    await begin(saves, path.join(dir, 'b.airr'));
    await saves.chunk(first, bytes('x'));
    expect((await readdir(dir)).length).toBe(2);
    await saves.abortAll();
    expect(saves.openCount).toBe(0);
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses unknown tokens', async () => {
    const saves = new SaveSessions();
    const token = 'f'.repeat(32);
    await expect(saves.chunk(token, bytes('x'))).resolves.toMatchObject({ ok: false, code: 'unknown-save' });
    await expect(saves.commit(token)).resolves.toMatchObject({ ok: false, code: 'unknown-save' });
    await expect(saves.abort(token)).resolves.toMatchObject({ ok: false, code: 'unknown-save' });
  });

  it('stops a save that grows past the total limit and removes its temp file', async () => {
    const dir = await tempDir();
    const saves = new SaveSessions({ maxTotalBytes: 8 });
    const token = await begin(saves, path.join(dir, 'big.airr'));
    await expect(saves.chunk(token, bytes('12345'))).resolves.toEqual({ ok: true, value: null });
    await expect(saves.chunk(token, bytes('6789'))).resolves.toMatchObject({
      ok: false,
      code: 'save-too-large',
    });
    expect(await readdir(dir)).toEqual([]);
  });

  it('reports a place it cannot write to as a value, not an exception', async () => {
    const dir = await tempDir();
    const saves = new SaveSessions();
    const result = await saves.begin(path.join(dir, 'gone', 'x.airr'));
    expect(result).toMatchObject({ ok: false, code: 'write-failed' });
    expect(saves.openCount).toBe(0);
  });
});

describe('the saved file name', () => {
  it('gets the first extension when the dialog returned a name without one', () => {
    expect(withExtension('/media/usb/site', ['airr'])).toBe('/media/usb/site.airr');
    expect(withExtension('/media/usb/site.airr.age', ['airr.age'])).toBe('/media/usb/site.airr.age');
    expect(withExtension('/media/usb/site.AIRR', ['airr'])).toBe('/media/usb/site.AIRR');
    expect(withExtension('/media/usb/report.pdf', [])).toBe('/media/usb/report.pdf');
  });
});
