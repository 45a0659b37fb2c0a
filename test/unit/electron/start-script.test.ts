import { spawn, type ChildProcess } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port';

const START = path.resolve(import.meta.dirname, '../../../scripts/start.mjs');
const work = mkdtempSync(path.join(tmpdir(), 'airr-start-'));
// One renderer build, made by the first test through `npm start` itself; later tests reuse it.
const OUT = path.join(work, 'renderer');
const BOUND_MS = 90_000;

type Run = {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  closed: Promise<number | null>;
};
const running: Run[] = [];

/** Env in which Electron's binary is missing and its download cannot succeed, even on a machine with internet. */
function offlineEnv(name: string, mirror = 'http://127.0.0.1:9/'): Record<string, string> {
  return {
    ELECTRON_OVERRIDE_DIST_PATH: mkdtempSync(path.join(work, `${name}-dist-`)),
    electron_config_cache: mkdtempSync(path.join(work, `${name}-cache-`)),
    ELECTRON_MIRROR: mirror,
    ELECTRON_GET_USE_PROXY: '',
    AIRR_RENDERER_OUT: OUT,
  };
}

function start(env: Record<string, string>): Run {
  const child = spawn(process.execPath, [START], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const closed = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const run = { child, stdout: () => stdout, stderr: () => stderr, closed };
  running.push(run);
  return run;
}

/** Waits (bounded) until the script's stdout matches, or fails with what it printed. */
async function waitFor(run: Run, pattern: RegExp): Promise<RegExpExecArray> {
  const deadline = Date.now() + BOUND_MS;
  for (;;) {
    const match = pattern.exec(run.stdout());
    if (match) return match;
    const exited = run.child.exitCode !== null;
    if (exited || Date.now() > deadline)
      throw new Error(`no ${String(pattern)}; stdout: ${run.stdout()} stderr: ${run.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function stop(run: Run): Promise<number | null> {
  run.child.kill('SIGTERM');
  return run.closed;
}

/** A stand-in `chromium` on PATH: records its arguments and pid, then behaves as `body` says. */
function fakeBrowser(name: string, body: string): { path: string; args: string; pid: string } {
  const bin = mkdtempSync(path.join(work, `${name}-bin-`));
  const args = path.join(bin, 'args');
  const pid = path.join(bin, 'pid');
  writeFileSync(
    path.join(bin, 'chromium'),
    `#!/bin/sh\necho "$@" > "${args}"\necho $$ > "${pid}"\n${body}\n`,
  );
  chmodSync(path.join(bin, 'chromium'), 0o755);
  return { path: `${bin}${path.delimiter}${process.env.PATH ?? ''}`, args, pid };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function expectServesTheApp(url: string) {
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  const response = await fetch(url);
  expect(response.status).toBe(200);
  expect(await response.text()).toBe(readFileSync(path.join(OUT, 'index.html'), 'utf8'));
}

const SENTENCE =
  /^Electron [\d.]+'s runtime is not installed and .+, so AIRR Assessor starts in browser mode instead \(as `npm run start:web` does\)\.$/;

let hang: Server | null = null;
const sockets: Socket[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((run) => (run.child.exitCode === null ? stop(run) : run.closed)));
  sockets.splice(0).forEach((socket) => socket.destroy());
  await new Promise<void>((resolve) => (hang ? hang.close(() => resolve()) : resolve()));
  hang = null;
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm start without Electron’s runtime', () => {
  it('says so in one sentence, builds and serves the app on loopback, opens an app window and stops cleanly', async () => {
    const port = await freePort();
    const browser = fakeBrowser('window', 'exec sleep 600');
    const run = start({ ...offlineEnv('window'), PORT: String(port), PATH: browser.path });
    await waitFor(run, /Opened in an app window of chromium/);
    expect(run.stderr().trim().split('\n')[0]).toMatch(SENTENCE);
    expect(run.stderr()).toContain('downloading it failed');
    const [url] = await waitFor(run, /http:\/\/127\.0\.0\.1:\d+\//);
    expect(url).toBe(`http://127.0.0.1:${port}/`);
    await expectServesTheApp(url);
    expect(readFileSync(browser.args, 'utf8').trim()).toBe(`--app=${url}`);
    const browserPid = Number(readFileSync(browser.pid, 'utf8'));

    expect(await stop(run)).toBe(0);
    // Nothing left behind: the window's browser is gone and the port is closed.
    expect(alive(browserPid)).toBe(false);
    await expect(fetch(url)).rejects.toThrow();
  }, 120_000);

  it('still serves and prints the address when the browser exits at once (no display)', async () => {
    expect(existsSync(path.join(OUT, 'index.html'))).toBe(true);
    const browser = fakeBrowser('nodisplay', 'echo "Missing X server or $DISPLAY" >&2; exit 1');
    const run = start({
      ...offlineEnv('nodisplay'),
      AIRR_SKIP_BUILD: '1',
      PORT: String(await freePort()),
      PATH: browser.path,
    });
    const [, url = ''] = await waitFor(
      run,
      /chromium could not open a window here: open (\S+) in Chromium or Chrome\./,
    );
    await expectServesTheApp(url);
    expect(run.child.exitCode).toBeNull();
  }, 60_000);

  it('prints the address when no Chromium or Chrome is installed', async () => {
    const bin = mkdtempSync(path.join(work, 'nobrowser-bin-'));
    symlinkSync(process.execPath, path.join(bin, 'node'));
    const run = start({
      ...offlineEnv('nobrowser'),
      AIRR_SKIP_BUILD: '1',
      PORT: String(await freePort()),
      PATH: bin,
    });
    const [, url = ''] = await waitFor(run, /No Chromium or Chrome found: open (\S+) in one of them\./);
    await expectServesTheApp(url);
  }, 60_000);

  it('gives up on a download that hangs within its time box, then serves browser mode', async () => {
    // A mirror that accepts connections and never answers.
    hang = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => hang?.listen(0, '127.0.0.1', resolve));
    const address = hang.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    const bin = mkdtempSync(path.join(work, 'hang-bin-'));
    symlinkSync(process.execPath, path.join(bin, 'node'));
    const run = start({
      ...offlineEnv('hang', `http://127.0.0.1:${address.port}/`),
      AIRR_ELECTRON_DOWNLOAD_TIMEOUT_MS: '1500',
      AIRR_SKIP_BUILD: '1',
      PORT: String(await freePort()),
      PATH: bin,
    });
    const [, url = ''] = await waitFor(run, /open (\S+) in one of them/);
    expect(run.stderr().trim().split('\n')[0]).toMatch(SENTENCE);
    expect(run.stderr()).toContain('did not finish within 2 s');
    await expectServesTheApp(url);
  }, 60_000);
});
