import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPath } from '../../../electron/protocol-path';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();

async function layout(): Promise<{ root: string; outside: string }> {
  const base = await tempDir();
  const root = path.join(base, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'export {};');
  await writeFile(path.join(root, 'assets', 'my file.css'), 'body{}');
  const outside = path.join(base, 'secret.txt');
  await writeFile(outside, 'secret');
  return { root, outside };
}

describe('resolveAppPath', () => {
  it('resolves normal files inside the root, and / to index.html', async () => {
    const { root } = await layout();
    await expect(resolveAppPath(root, '/assets/app.js')).resolves.toEqual({
      ok: true,
      value: path.join(root, 'assets', 'app.js'),
    });
    await expect(resolveAppPath(root, '/')).resolves.toEqual({
      ok: true,
      value: path.join(root, 'index.html'),
    });
    await expect(resolveAppPath(root, '/assets/my%20file.css')).resolves.toMatchObject({ ok: true });
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/secret.txt',
    '/assets%2f..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets\\..\\..\\secret.txt',
    '/./index.html',
    '//etc/passwd',
    '/C:/Windows/win.ini',
    '/index.html%00.js',
    '/%252e%252e/secret.txt',
    'index.html',
    '/%E0%A4%A',
  ])('refuses the traversal attempt %s', async (urlPath) => {
    const { root } = await layout();
    const result = await resolveAppPath(root, urlPath);
    expect(result.ok).toBe(false);
  });

  it('refuses an absolute path even when it points at a real file', async () => {
    const { root, outside } = await layout();
    const result = await resolveAppPath(root, `/${outside}`);
    expect(result.ok).toBe(false);
  });

  it('refuses a symlink that leads out of the root', async () => {
    const { root, outside } = await layout();
    await symlink(outside, path.join(root, 'assets', 'escape.txt'));
    await symlink(path.dirname(outside), path.join(root, 'up'), 'dir');
    await expect(resolveAppPath(root, '/assets/escape.txt')).resolves.toMatchObject({
      ok: false,
      code: 'outside-root',
    });
    await expect(resolveAppPath(root, '/up/secret.txt')).resolves.toMatchObject({
      ok: false,
      code: 'outside-root',
    });
  });

  it('follows a symlink that stays inside the root', async () => {
    const { root } = await layout();
    await symlink(path.join(root, 'assets', 'app.js'), path.join(root, 'alias.js'));
    await expect(resolveAppPath(root, '/alias.js')).resolves.toEqual({
      ok: true,
      value: path.join(root, 'assets', 'app.js'),
    });
  });

  it('reports missing files and directories as not found', async () => {
    const { root } = await layout();
    await expect(resolveAppPath(root, '/nope.js')).resolves.toMatchObject({ ok: false, code: 'not-found' });
    await expect(resolveAppPath(root, '/assets')).resolves.toMatchObject({ ok: false, code: 'not-found' });
  });
});
