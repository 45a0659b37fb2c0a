// report.docx in a signed bundle: listed in SHA256SUMS and checked like every file, by stock tools and by import.
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessmentJson } from '../../../../renderer/src/domain/bundle/assessment-json';
import { writeBundle } from '../../../../renderer/src/domain/bundle/build-bundle';
import type { BundleInput } from '../../../../renderer/src/domain/bundle/bundle-input';
import { REPORT_DOCX_MAX_BYTES } from '../../../../renderer/src/domain/bundle/manifest';
import { checkLayout } from '../../../../renderer/src/domain/import/bundle-layout';
import { DEFAULT_LIMITS } from '../../../../renderer/src/domain/import/limits';
import { verifyBundle } from '../../../../renderer/src/domain/import/verify-bundle';
import type { ZipEntryInfo } from '../../../../renderer/src/domain/import/zip-directory';
import { buildReportDocx } from '../../../../renderer/src/domain/report/docx/build-docx';
import { shell, tempDir } from '../crypto/stock-tools';
import { contentFiles, makeSigner, packFiles, signFiles } from '../import/helpers/test-bundle';
import { options } from '../import/helpers/verify-options';
import { reportInput } from '../report/report-fixture';
import { bundleInput, makeIdentity, writeBundleFile } from './bundle-fixture';

const temp = tempDir('docx-bundle');
let input: BundleInput;
let docx: Uint8Array;

beforeAll(async () => {
  const identity = await makeIdentity();
  const base = await bundleInput(identity);
  const signer = {
    name: 'Dana Whitfield',
    organization: '',
    fingerprint: identity.certificate.fingerprint.colon,
  };
  docx = await buildReportDocx({
    ...reportInput(signer, assessmentJson(base.document).sha256),
    document: base.document,
  });
  input = { ...base, reportDocx: docx };
  const written = await writeBundleFile(input, temp.path('assessment.airr'));
  if (!written.ok) throw new Error(written.message);
});
afterAll(() => temp.remove());

function entry(name: string, size: number): ZipEntryInfo {
  return { name, method: 0, compressedSize: size, size, crc: 0, dataStart: 0 };
}

describe('report.docx in a bundle', () => {
  it('is a plain file listed in SHA256SUMS, and sha256sum -c checks it', () => {
    expect(shell('zipinfo assessment.airr report.docx', temp.dir).stdout).toMatch(/^-rw-r--r-- /);
    expect(shell('mkdir out && cd out && unzip -q ../assessment.airr', temp.dir).status).toBe(0);
    const check = shell('sha256sum -c SHA256SUMS', temp.path('out'));
    expect(check.status, check.output).toBe(0);
    expect(check.stdout).toContain('report.docx: OK');
    expect(new Uint8Array(readFileSync(temp.path('out/report.docx')))).toEqual(docx);
  });

  it('verifies on import and hands the verified report.docx to the importer', async () => {
    const verdict = await verifyBundle(new Uint8Array(readFileSync(temp.path('assessment.airr'))), options());
    expect(verdict.ok ? 'verified' : verdict.message).toBe('verified');
    expect(verdict.ok && verdict.value.reportDocx).toEqual(docx);
  });

  it('still reads a version-1 bundle with report.docx, as this app wrote before format version 2', async () => {
    const signer = await makeSigner();
    const files = await contentFiles(signer, { manifest: { formatVersion: 1 } });
    const bundle = packFiles(await signFiles([...files, { name: 'report.docx', bytes: docx }], signer));
    const verdict = await verifyBundle(bundle, options());
    expect(verdict.ok ? verdict.value.manifest.formatVersion : verdict.message).toBe(1);
    expect(verdict.ok && verdict.value.reportDocx).toEqual(docx);
  });

  it('refuses a signed bundle whose report.docx is not a Word document', async () => {
    const signer = await makeSigner();
    const files = await contentFiles(signer);
    const bundle = packFiles(
      await signFiles([...files, { name: 'report.docx', bytes: new TextEncoder().encode('<html>') }], signer),
    );
    const verdict = await verifyBundle(bundle, options());
    expect(verdict.ok ? 'verified' : verdict.code).toBe('schema-violation');
    expect(verdict.ok ? '' : verdict.message).toBe('report.docx is not a Word document.');
  });

  it('refuses a bundle whose report.docx was changed after signing', async () => {
    const files = Object.entries(unzipSync(new Uint8Array(readFileSync(temp.path('assessment.airr')))));
    const tampered = files.map(([name, bytes]) => {
      if (name !== 'report.docx') return { name, bytes };
      const copy = bytes.slice();
      copy[copy.length - 30] = (copy[copy.length - 30] ?? 0) ^ 0xff;
      return { name, bytes: copy };
    });
    const verdict = await verifyBundle(packFiles(tampered), options());
    expect(verdict.ok ? 'verified' : verdict.code).toBe('hash-mismatch');
    expect(verdict.ok ? '' : verdict.message).toContain('report.docx');
  });

  it('is not written above its size bound, and not accepted above it', async () => {
    const big = { ...input, reportDocx: new Uint8Array(REPORT_DOCX_MAX_BYTES + 1) };
    const written = await writeBundle(big, () => undefined);
    expect(written.ok ? 'written' : written.code).toBe('report-too-large');
    const required = [
      'manifest.json',
      'assessment.json',
      'report.pdf',
      'signer.pem',
      'SHA256SUMS',
      'SHA256SUMS.sig',
    ];
    const fits = checkLayout(
      [...required.map((name) => entry(name, 10)), entry('report.docx', REPORT_DOCX_MAX_BYTES)],
      DEFAULT_LIMITS,
    );
    expect(fits.ok).toBe(true);
    const over = checkLayout(
      [...required.map((name) => entry(name, 10)), entry('report.docx', REPORT_DOCX_MAX_BYTES + 1)],
      DEFAULT_LIMITS,
    );
    expect(over.ok ? 'accepted' : over.code).toBe('too-large');
  });

  it('is optional: a bundle without it still verifies', async () => {
    const { reportDocx: _omitted, ...withoutDocx } = input;
    const chunks: Uint8Array[] = [];
    const written = await writeBundle(withoutDocx, (chunk) => void chunks.push(chunk));
    if (!written.ok) throw new Error(written.message);
    expect(written.value.sums.map((sum) => sum.path)).not.toContain('report.docx');
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    chunks.reduce((at, c) => (bytes.set(c, at), at + c.length), 0);
    const verdict = await verifyBundle(bytes, options());
    expect(verdict.ok ? 'verified' : verdict.message).toBe('verified');
  });
});
