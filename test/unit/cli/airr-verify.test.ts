import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleInput, makeIdentity, writeBundleFile } from '../bundle/bundle-fixture';

const ROOT = resolve(__dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'airr-cli-'));
const bundle = join(dir, 'site.airr');
const signerPem = join(dir, 'signer.pem');
const otherPem = join(dir, 'other.pem');

function airr(...args: string[]) {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'airr.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: run.status, out: `${run.stdout}${run.stderr}` };
}

beforeAll(async () => {
  const identity = await makeIdentity();
  const result = await writeBundleFile(await bundleInput(identity), bundle);
  if (!result.ok) throw new Error(result.message);
  writeFileSync(signerPem, identity.certificate.pem);
  writeFileSync(otherPem, (await makeIdentity()).certificate.pem);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('airr verify (command line)', () => {
  it('verifies an intact bundle, prints the signer fingerprint and exits 0', () => {
    const { code, out } = airr('verify', bundle);
    expect(out).toContain('VERIFIED');
    expect(out).toMatch(/SHA-256\s+([0-9A-F]{2}:){31}[0-9A-F]{2}/);
    expect(code).toBe(0);
  });

  it('exits 0 with --trust naming the signer and 3 with a certificate that did not sign it', () => {
    expect(airr('verify', bundle, '--trust', signerPem).code).toBe(0);
    const other = airr('verify', bundle, '--trust', otherPem);
    expect(other.out).toContain('NOT signed by any certificate given with --trust');
    expect(other.code).toBe(3);
  });

  it('rejects a bundle with one byte changed, naming the reason, and exits 1', () => {
    const bytes = readFileSync(bundle);
    bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
    const tampered = join(dir, 'tampered.airr');
    writeFileSync(tampered, bytes);
    const { code, out } = airr('verify', tampered);
    expect(out).toMatch(/^REJECTED \([a-z-]+\): /m);
    expect(code).toBe(1);
  });

  it('explains its usage and exits 2 when called wrongly', () => {
    const { code, out } = airr('check', bundle);
    expect(out).toContain('Usage: airr verify');
    expect(code).toBe(2);
  });

  it('is what `npx airr` runs inside the project', () => {
    const out = execFileSync('npx', ['--no-install', 'airr', 'verify', bundle], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(out).toContain('VERIFIED');
  });
});
