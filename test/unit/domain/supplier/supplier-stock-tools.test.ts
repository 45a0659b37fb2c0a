// A written request and response checked with the stock tools of docs/VERIFY-BUNDLE.md, as the assessment
// bundle tests do: unzip, sha256sum -c, openssl over SHA256SUMS.sig, and pdftotext for the readable copies.
import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { shell, tempDir } from '../crypto/stock-tools';
import { makeSigner, responseBundle } from './supplier-fixture';

const requester = await makeSigner('Dana Whitfield');
const supplier = await makeSigner('Sam Ortiz');
const { request, response } = await responseBundle(requester, supplier);
const temp = tempDir('supplier-tools');
writeFileSync(temp.path('request.airr-request'), request.bytes);
writeFileSync(temp.path('response.airr-response'), response.bytes);
afterAll(() => temp.remove());

function unpacked(file: string, dir: string): string {
  expect(shell(`mkdir -p ${dir} && cd ${dir} && unzip -q ../${file}`, temp.dir).status).toBe(0);
  return temp.path(dir);
}

describe.each([
  ['request.airr-request', 'req'],
  ['response.airr-response', 'resp'],
])('%s with stock tools', (file, dir) => {
  const out = unpacked(file, dir);

  it('passes unzip -t', () => {
    const tested = shell(`unzip -t ${file}`, temp.dir);
    expect(tested.status, tested.output).toBe(0);
    expect(tested.stdout).toContain('No errors detected');
  });

  it('passes sha256sum -c for every file', () => {
    const checked = shell('sha256sum -c SHA256SUMS', out);
    expect(checked.status, checked.output).toBe(0);
    expect(checked.stdout).not.toContain('FAILED');
  });

  it('has a SHA256SUMS signature that openssl verifies with the certificate key, and fails once edited', () => {
    shell('openssl x509 -in signer.pem -pubkey -noout > signer-pub.pem', out);
    const verify = 'openssl dgst -sha256 -verify signer-pub.pem -signature SHA256SUMS.sig SHA256SUMS';
    const verified = shell(verify, out);
    expect(verified.status, verified.output).toBe(0);
    expect(verified.stdout).toContain('Verified OK');
    shell('cp SHA256SUMS SHA256SUMS.orig && echo >> SHA256SUMS', out);
    expect(shell(verify, out).status).not.toBe(0);
    shell('mv SHA256SUMS.orig SHA256SUMS', out);
  });

  it('has a manifest whose fingerprint openssl computes from signer.pem', () => {
    const printed = shell('openssl x509 -in signer.pem -noout -fingerprint -sha256', out).stdout;
    const hex = printed.split('=')[1]?.trim().replace(/:/g, '').toLowerCase();
    const manifest = JSON.parse(shell('cat manifest.json', out).stdout) as { signerFingerprint: string };
    expect(manifest.signerFingerprint).toBe(hex);
  });
});

describe('the readable PDFs', () => {
  it('request.pdf lists the items, questions, evidence requested, due date and requester', () => {
    const text = shell('pdftotext -layout request.pdf -', temp.path('req')).stdout.replace(/\s+/g, ' ');
    expect(text).toContain('How do you isolate tenants that run the dosing forecaster?');
    expect(text).toContain('Architecture diagram and the latest penetration test summary.');
    expect(text).toContain('31 Mar 2026');
    expect(text).toContain('Dana Whitfield, State Water Authority, dana@example.org');
    expect(text).toContain('Chlorine dosing forecaster');
    expect(text).toContain('TLP:AMBER');
  });

  it('response.pdf shows each answer beside its question, and the contact', () => {
    const text = shell('pdftotext -layout response.pdf -', temp.path('resp')).stdout.replace(/\s+/g, ' ');
    expect(text).toContain('Sam Ortiz, Northwind Cloud, sam@northwind.example');
    expect(text).toContain('Each tenant runs in its own VPC with separate keys.');
    expect(text).toContain('Partially implemented');
    expect(text).toContain('pentest.pdf');
    expect(text).toContain('Who is notified, and how fast, when an incident affects our systems?');
  });
});
