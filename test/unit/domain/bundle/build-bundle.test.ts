import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BundleInput } from '../../../../renderer/src/domain/bundle/bundle-input';
import { BundleManifest } from '../../../../renderer/src/domain/bundle/manifest';
import { parseSha256Sums } from '../../../../renderer/src/domain/bundle/sha256-sums';
import type { CreatedIdentity } from '../../../../renderer/src/domain/crypto/identity';
import { shell, tempDir } from '../crypto/stock-tools';
import { EVIDENCE_FILES } from '../report/report-fixture';
import { bundleInput, makeIdentity, writeBundleFile } from './bundle-fixture';

// The exact commands of docs/VERIFY-BUNDLE.md, run from the directory the bundle was unzipped into.
const VERIFY = {
  unzip: 'unzip -q ../assessment.airr',
  sums: 'sha256sum -c SHA256SUMS',
  pubkey: 'openssl x509 -in signer.pem -pubkey -noout > signer-pub.pem',
  signature: 'openssl dgst -sha256 -verify signer-pub.pem -signature SHA256SUMS.sig SHA256SUMS',
  fingerprint: 'openssl x509 -in signer.pem -noout -fingerprint -sha256',
  pdf: 'pdfsig report.pdf',
};

const temp = tempDir('bundle');
const out = temp.path('out');
let identity: CreatedIdentity;
let input: BundleInput;

beforeAll(async () => {
  identity = await makeIdentity();
  input = await bundleInput(identity);
  const result = await writeBundleFile(input, temp.path('assessment.airr'));
  if (!result.ok) throw new Error(result.message);
  shell(`mkdir -p ${out}`, temp.dir);
  expect(shell(VERIFY.unzip, out).status).toBe(0);
});
afterAll(() => temp.remove());

describe('a bundle checked with stock tools only', () => {
  it('unzips to exactly the documented files', () => {
    const evidence = EVIDENCE_FILES.map((f) => `${f.sha256}.${f.ext}`).sort();
    expect(readdirSync(out).sort()).toEqual(
      [
        'SHA256SUMS',
        'SHA256SUMS.sig',
        'assessment.json',
        'evidence',
        'manifest.json',
        'report.pdf',
        'signer.pem',
      ].sort(),
    );
    expect(readdirSync(`${out}/evidence`).sort()).toEqual(evidence);
    expect(readFileSync(`${out}/evidence/${EVIDENCE_FILES[0]?.sha256}.jpg`)).toEqual(
      Buffer.from(EVIDENCE_FILES[0]?.bytes ?? []),
    );
  });

  it('passes sha256sum -c for every file, and SHA256SUMS covers every other file', () => {
    const check = shell(VERIFY.sums, out);
    expect(check.status).toBe(0);
    const lines = check.stdout.trim().split('\n');
    expect(lines).toHaveLength(4 + EVIDENCE_FILES.length);
    for (const line of lines) expect(line).toMatch(/: OK$/);
    const parsed = parseSha256Sums(readFileSync(`${out}/SHA256SUMS`, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.message);
    const paths = parsed.value.map((e) => e.path);
    expect(paths).toEqual([...paths].sort());
    expect(paths).not.toContain('SHA256SUMS');
    expect(paths).not.toContain('SHA256SUMS.sig');
  });

  it('has a SHA256SUMS signature that openssl verifies with the certificate public key', () => {
    expect(shell(VERIFY.pubkey, out).status).toBe(0);
    const verify = shell(VERIFY.signature, out);
    expect(verify.stdout.trim()).toBe('Verified OK');
    expect(verify.status).toBe(0);
  });

  it('has a report that pdfsig reports as validly signed', () => {
    const pdfsig = shell(VERIFY.pdf, out).output;
    expect(pdfsig).toContain('Signature is Valid.');
    expect(pdfsig).toContain('Total document signed');
  });

  it('has a manifest whose fingerprint and digest match what openssl and sha256sum compute', () => {
    const manifest = BundleManifest.parse(JSON.parse(readFileSync(`${out}/manifest.json`, 'utf8')));
    const fingerprint = shell(VERIFY.fingerprint, out).stdout.trim().split('=')[1] ?? '';
    expect(manifest.signerFingerprint).toBe(fingerprint.replace(/:/g, '').toLowerCase());
    expect(manifest.signerFingerprint).toBe(identity.certificate.fingerprint.compact);
    expect(shell('sha256sum assessment.json', out).stdout.split(' ')[0]).toBe(manifest.assessmentSha256);
    expect(manifest).toMatchObject({
      format: 'airr-bundle',
      formatVersion: 2,
      revision: 7,
      evidenceCount: 3,
    });
    expect(shell('pdftotext report.pdf -', out).stdout).toContain(manifest.assessmentSha256);
  });

  it('writes canonical assessment.json: the same revision exported twice gives identical bytes', async () => {
    const again = await writeBundleFile(await bundleInput(identity), temp.path('again.airr'));
    if (!again.ok) throw new Error(again.message);
    shell(`mkdir -p again && cd again && unzip -q ../again.airr`, temp.dir);
    const first = readFileSync(`${out}/assessment.json`);
    expect(readFileSync(temp.path('again/assessment.json'))).toEqual(first);
    expect(
      readFileSync(temp.path('again/SHA256SUMS')).includes(first.length > 0 ? 'assessment.json' : ''),
    ).toBe(true);
    expect(first.toString('utf8')).not.toMatch(/\n|": /);
  });

  it('fails sha256sum -c when an evidence file is modified after export', () => {
    shell('mkdir -p tampered && cd tampered && unzip -q ../assessment.airr', temp.dir);
    const file = temp.path(`tampered/evidence/${EVIDENCE_FILES[1]?.sha256}.txt`);
    writeFileSync(file, readFileSync(file, 'utf8').replace('rev 3', 'rev 4'));
    const check = shell(VERIFY.sums, temp.path('tampered'));
    expect(check.status).not.toBe(0);
    expect(check.output).toContain('FAILED');
  });

  it('fails the openssl signature check when SHA256SUMS is edited to match a changed file', () => {
    shell('mkdir -p forged && cd forged && unzip -q ../assessment.airr', temp.dir);
    const dir = temp.path('forged');
    writeFileSync(`${dir}/report.pdf`, 'not the report');
    shell('sha256sum assessment.json evidence/* manifest.json report.pdf signer.pem > SHA256SUMS', dir);
    expect(shell(VERIFY.sums, dir).status).toBe(0);
    shell(VERIFY.pubkey, dir);
    const verify = shell(VERIFY.signature, dir);
    expect(verify.stdout.trim()).toBe('Verification failure');
    expect(verify.status).not.toBe(0);
  });
});
