// `npm start`: make sure Electron's binary is present (a time-boxed download if not), build, then launch.
// Electron >= 42 fetches its binary on first use; on an offline machine that fails, and we say so in one
// sentence instead of hanging or printing a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = path.dirname(require.resolve('electron/package.json'));
const electronVersion = JSON.parse(readFileSync(path.join(electronDir, 'package.json'), 'utf8')).version;
const DEFAULT_DOWNLOAD_TIMEOUT_MS = 60_000;

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

function missingBinarySentence(outcome, timeoutMs) {
  const why =
    outcome === 'timed-out'
      ? `downloading it did not finish within ${Math.round(timeoutMs / 1000)} s`
      : 'downloading it failed (this machine has no internet access or cannot reach the Electron mirror)';
  return (
    `Cannot start the desktop app: Electron ${electronVersion}'s binary is not installed and ${why}; ` +
    'run `npm run start:web` to use AIRR Assessor in a browser instead.'
  );
}

async function main() {
  let binary = electronBinary();
  if (binary === null) {
    const timeoutMs = Number(process.env.AIRR_ELECTRON_DOWNLOAD_TIMEOUT_MS) || DEFAULT_DOWNLOAD_TIMEOUT_MS;
    const outcome = await tryDownload(timeoutMs);
    binary = electronBinary();
    if (binary === null) {
      console.error(missingBinarySentence(outcome, timeoutMs));
      return 1;
    }
  }
  if (process.env.AIRR_SKIP_BUILD !== '1') {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const build = spawnSync(npm, ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
    if (build.status !== 0) return build.status ?? 1;
  }
  const app = spawn(binary, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
  return new Promise((resolve) => app.on('exit', (code) => resolve(code ?? 1)));
}

process.exitCode = await main();
