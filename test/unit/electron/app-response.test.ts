import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appResponse } from '../../../electron/app-response';
import { CONTENT_SECURITY_POLICY } from '../../../electron/csp';
import { useTempDirs } from './temp-dir';

const tempDir = useTempDirs();

async function root(): Promise<string> {
  const dir = path.join(await tempDir(), 'renderer');
  await mkdir(path.join(dir, 'assets'), { recursive: true });
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>x</title>');
  await writeFile(path.join(dir, 'assets', 'app.js'), 'console.log(1)');
  return dir;
}

describe('app:// responses', () => {
  it('serves files with their type and the strict CSP', async () => {
    const response = await appResponse(await root(), { url: 'app://bundle/assets/app.js', method: 'GET' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('console.log(1)');
  });

  it('sends the CSP on refusals too, and refuses other hosts, methods and traversal', async () => {
    const dir = await root();
    const cases: Array<[string, string, number]> = [
      ['app://bundle/assets%2f..%2f..%2fsecret', 'GET', 403],
      ['app://other/index.html', 'GET', 404],
      ['app://bundle/index.html', 'POST', 405],
      ['app://bundle/missing.js', 'GET', 404],
    ];
    for (const [url, method, status] of cases) {
      const response = await appResponse(dir, { url, method });
      expect(response.status, url).toBe(status);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('keeps the policy strict: self only, no inline script or eval (WebAssembly only), no framing', () => {
    const directives = CONTENT_SECURITY_POLICY.split('; ');
    expect(directives).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-(inline|eval|hashes)'/);
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
  });
});

describe("the renderer's meta CSP", () => {
  it('is the same policy as the header, minus frame-ancestors (which a meta tag cannot carry)', async () => {
    const html = await readFile(path.resolve(import.meta.dirname, '../../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
  });
});
