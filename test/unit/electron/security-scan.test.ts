import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from './temp-dir';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SCAN = path.join(ROOT, 'scripts', 'security-scan.mjs');
const tempDir = useTempDirs();

function runScan(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [SCAN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const INSECURE_MAIN = `
const { app, BrowserWindow } = require('electron');
app.whenReady().then(() => {
  const win = new BrowserWindow({
    webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false, webSecurity: false },
  });
  win.loadURL('http://example.com/');
});
`;

describe('the security scan gate', () => {
  it('passes on the app’s own main, preload and entry HTML', async () => {
    const result = await runScan([]);
    expect(result.stdout).toMatch(/^security-scan: pass: \d+ findings, .* 0 blocking\.$/m);
    expect(result.code).toBe(0);
  });

  it('fails with exit 1 and names the findings when a window turns the protections off', async () => {
    const input = await tempDir();
    await writeFile(path.join(input, 'main.js'), INSECURE_MAIN);
    const result = await runScan(['--input', input]);
    expect(result.code, result.stdout + result.stderr).toBe(1);
    expect(result.stdout).toMatch(/^security-scan: FAIL: /m);
    expect(result.stderr).toMatch(/HIGH CONTEXT_ISOLATION_JS_CHECK main\.js/);
    expect(result.stderr).toMatch(/MEDIUM SANDBOX_JS_CHECK main\.js/);
    expect(result.stderr).toMatch(/MEDIUM WEB_SECURITY_JS_CHECK main\.js/);
    expect(result.stderr).toMatch(/HIGH LIMIT_NAVIGATION_GLOBAL_CHECK/);
  });

  it('refuses to pass a file it could not parse, since nothing in it was checked', async () => {
    const input = await tempDir();
    await writeFile(
      path.join(input, 'main.js'),
      'const win = new BrowserWindow({ webPreferences: { sandbox: false ',
    );
    const result = await runScan(['--input', input]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/could not parse, so did not check: main\.js/);
  });

  it('refuses an allow-list entry without a reason', async () => {
    const dir = await tempDir();
    const allow = path.join(dir, 'allow.json');
    await writeFile(allow, JSON.stringify({ allow: [{ check: 'NODE_INTEGRATION_JS_CHECK', reason: ' ' }] }));
    const result = await runScan(['--input', dir, '--allow', allow]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('has no reason');
  });
});
