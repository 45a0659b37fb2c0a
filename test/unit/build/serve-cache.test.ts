// Browser mode's server (scripts/serve.mjs) lets the browser keep the hashed build files and never the page
// that names them, so a new build is always the one that runs.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port';

const SERVE = path.resolve(import.meta.dirname, '../../../scripts/serve.mjs');
const work = mkdtempSync(path.join(tmpdir(), 'airr-serve-'));
let child: ChildProcess | undefined;
let base = '';

beforeAll(async () => {
  mkdirSync(path.join(work, 'assets'));
  writeFileSync(
    path.join(work, 'index.html'),
    `<meta http-equiv="Content-Security-Policy" content="default-src 'self'" /><script src="./assets/app-AbCd1234.js"></script>`,
  );
  writeFileSync(path.join(work, 'assets', 'app-AbCd1234.js'), 'export {};');
  writeFileSync(path.join(work, 'notes.txt'), 'not a build file');
  const port = await freePort();
  child = spawn(process.execPath, [SERVE, '--port', String(port)], {
    env: { ...process.env, AIRR_RENDERER_OUT: work },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child?.stdout?.on('data', (data: Buffer) => String(data).includes('http://') && resolve());
    child?.once('exit', (code) => reject(new Error(`serve.mjs exited with ${code}`)));
  });
  base = `http://127.0.0.1:${port}`;
}, 20_000);

afterAll(() => {
  child?.kill();
  rmSync(work, { recursive: true, force: true });
});

describe('browser mode server caching', () => {
  it('lets the browser keep a hashed build file for good', async () => {
    const response = await fetch(`${base}/assets/app-AbCd1234.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('never lets it keep the page, or a file outside assets/', async () => {
    for (const url of ['/', '/index.html', '/notes.txt']) {
      const response = await fetch(`${base}${url}`);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('cache-control'), url).toBe('no-store');
    }
  });

  it('keeps nothing for a path that climbs out of the build', async () => {
    const response = await fetch(`${base}/assets/..%2f..%2fetc%2fpasswd`);
    expect(response.status).toBe(400);
    expect(response.headers.get('cache-control')).toBeNull();
  });
});
