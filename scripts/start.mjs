// `npm start` always gives the app. With Electron's runtime (downloaded on first use, time-boxed) it builds
// and launches the desktop app. Without it (an offline machine) it says so in one sentence, then does what
// `npm run start:web` does — build the renderer, serve it on 127.0.0.1 (scripts/serve.mjs) — and opens it in
// a Chromium/Chrome app window if one is installed; the address is printed either way.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrowser, openAppWindow } from './app-window.mjs';

const require = createRequire(import.meta.url);
const electronDir = path.dirname(require.resolve('electron/package.json'));
const electronVersion = JSON.parse(readFileSync(path.join(electronDir, 'package.json'), 'utf8')).version;
const SERVE = fileURLToPath(new URL('./serve.mjs', import.meta.url));
const DEFAULT_DOWNLOAD_TIMEOUT_MS = 60_000;
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function platformExecutable() {
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return process.platform === 'win32' ? 'electron.exe' : 'electron';
}

/** Mirrors node_modules/electron/index.js, minus its untimed download. */
function electronBinary() {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const binary = override
    ? path.join(override, platformExecutable())
    : path.join(electronDir, 'dist', platformExecutable());
  return existsSync(binary) ? binary : null;
}

function tryDownload(timeoutMs) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(electronDir, 'install.js')], {
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve('timed-out');
    }, timeoutMs);
    child.on('error', () => {
      clearTimeout(timer);
      resolve('failed');
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code === 0 ? 'done' : 'failed');
    });
  });
}

function browserModeSentence(outcome, timeoutMs) {
  const why =
    outcome === 'timed-out'
      ? `downloading it did not finish within ${Math.round(timeoutMs / 1000)} s`
      : 'downloading it failed (no internet access, or the Electron mirror cannot be reached)';
  return (
    `Electron ${electronVersion}'s runtime is not installed and ${why}, ` +
    'so AIRR Assessor starts in browser mode instead (as `npm run start:web` does).'
  );
}

function build(script) {
  if (process.env.AIRR_SKIP_BUILD === '1') return 0;
  const run = spawnSync(npm, ['run', script], { stdio: 'inherit', shell: process.platform === 'win32' });
  return run.status ?? 1;
}

async function launchDesktop(binary) {
  const built = build('build');
  if (built !== 0) return built;
  const app = spawn(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
  return new Promise((resolve) => app.on('exit', (code) => resolve(code ?? 1)));
}

/** Starts serve.mjs and resolves with its address once it listens (null if it exited first). */
function startServer() {
  const server = spawn(process.execPath, [SERVE], { stdio: ['ignore', 'pipe', 'inherit'] });
  const listening = new Promise((resolve) => {
    let seen = '';
    server.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      seen += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(seen)?.[0];
      if (url) resolve(url);
    });
    server.on('exit', () => resolve(null));
  });
  return { server, listening };
}

async function serveBrowserMode() {
  const built = build('build:renderer');
  if (built !== 0) return built;
  const { server, listening } = startServer();
  const children = [server];
  const stopped = new Promise((resolve) =>
    server.on('exit', (code, signal) => resolve(signal ? 0 : (code ?? 1))),
  );
  const stop = () => children.forEach((child) => child.exitCode === null && child.kill('SIGTERM'));
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop);

  const url = await listening;
  if (url === null) return stopped;
  const browser = findBrowser();
  if (browser === null) {
    console.log(`No Chromium or Chrome found: open ${url} in one of them.`);
    return stopped;
  }
  // Closing the app window ends `npm start`, as closing the desktop app would.
  const { outcome, child } = await openAppWindow(browser, url, stop);
  children.push(child);
  if (outcome === 'opened')
    console.log(`Opened in an app window of ${path.basename(browser)}; closing it stops the server.`);
  else if (outcome === 'handed-over')
    console.log(`Opened in the running ${path.basename(browser)}; Ctrl+C stops the server.`);
  else
    console.log(`${path.basename(browser)} could not open a window here: open ${url} in Chromium or Chrome.`);
  return stopped;
}

async function main() {
  let binary = electronBinary();
  if (binary === null) {
    const timeoutMs = Number(process.env.AIRR_ELECTRON_DOWNLOAD_TIMEOUT_MS) || DEFAULT_DOWNLOAD_TIMEOUT_MS;
    const outcome = await tryDownload(timeoutMs);
    binary = electronBinary();
    if (binary === null) {
      console.error(browserModeSentence(outcome, timeoutMs));
      return serveBrowserMode();
    }
  }
  return launchDesktop(binary);
}

process.exitCode = await main();
