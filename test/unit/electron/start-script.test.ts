import { spawn } from 'node:child_process';
import { createServer, type Server, type Socket } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();
const START = path.resolve(import.meta.dirname, '../../../scripts/start.mjs');

function runStart(env: Record<string, string>): Promise<{ code: number | null; stderr: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [START], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stderr, ms: Date.now() - started }));
  });
}

/** Env where Electron's binary is missing and its download cannot succeed, even on a machine with internet. */
async function offlineEnv(mirror: string): Promise<Record<string, string>> {
  return {
    AIRR_SKIP_BUILD: '1',
    ELECTRON_OVERRIDE_DIST_PATH: await tempDir(),
    electron_config_cache: await tempDir(),
    ELECTRON_MIRROR: mirror,
    ELECTRON_GET_USE_PROXY: '',
  };
}

let server: Server | null = null;
const sockets: Socket[] = [];
afterEach(async () => {
  sockets.splice(0).forEach((socket) => socket.destroy());
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

describe('npm start without an Electron binary', () => {
  it('prints one sentence pointing to npm run start:web and exits 1 when the download fails', async () => {
    const result = await runStart(await offlineEnv('http://127.0.0.1:9/'));
    expect(result.code).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Cannot start the desktop app: Electron [\d.]+'s binary is not installed/);
    expect(lines[0]).toContain('downloading it failed');
    expect(lines[0]).toContain('`npm run start:web`');
  });

  it('gives up on a download that hangs, within its time box', async () => {
    // A mirror that accepts connections and never answers.
    server = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    const env = {
      ...(await offlineEnv(`http://127.0.0.1:${address.port}/`)),
      AIRR_ELECTRON_DOWNLOAD_TIMEOUT_MS: '1500',
    };
    const result = await runStart(env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('did not finish within 2 s');
    expect(result.stderr).toContain('`npm run start:web`');
    expect(result.ms).toBeLessThan(15_000);
  });
});
