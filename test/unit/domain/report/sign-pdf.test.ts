import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIdentity, type CreatedIdentity } from '../../../../renderer/src/domain/crypto/identity';
import { buildReportPdf } from '../../../../renderer/src/domain/report/build-report';
import { signPdf } from '../../../../renderer/src/domain/report/sign-pdf';
import { run, tempDir } from '../crypto/stock-tools';
import { reportInput, SITE_NAME } from './report-fixture';

const temp = tempDir('sign-pdf');
let identity: CreatedIdentity;
let signed: Uint8Array;

beforeAll(async () => {
  const created = await createIdentity({
    name: 'Dana Whitfield',
    organization: 'State Water Authority',
    email: 'dana@example.org',
    passphrase: 'correct horse battery',
  });
  if (!created.ok) throw new Error(created.message);
  identity = created.value;
  const fingerprint = identity.certificate.fingerprint.colon;
  const pdf = buildReportPdf(
    reportInput(
      { name: 'Dana Whitfield', organization: 'State Water Authority', fingerprint },
      'a'.repeat(64),
    ),
  );
  const result = await signPdf(pdf, {
    signingKey: identity.signingKey,
    certificatePem: identity.certificate.pem,
    name: 'Dana Whitfield',
    reason: `Assessment report for ${SITE_NAME}`,
    location: SITE_NAME,
    contactInfo: 'dana@example.org',
  });
  if (!result.ok) throw new Error(result.message);
  signed = result.value;
  writeFileSync(temp.path('report.pdf'), signed);
});
afterAll(() => temp.remove());

describe('signed PDF report', () => {
  it('is reported by pdfsig as a valid signature over the whole file', () => {
    const out = run('pdfsig', [temp.path('report.pdf')]).output;
    expect(out).toContain('Signature is Valid.');
    expect(out).toContain('Signer Certificate Common Name: Dana Whitfield');
    expect(out).toContain('adbe.pkcs7.detached');
    expect(out).toContain('Signature Validation: Signature is Valid.');
    expect(out).toMatch(/Total document signed|The signature form field is not signed/);
    expect(out).not.toContain('The signature form field is not signed');
  });

  it('is reported as not valid (digest mismatch) when one byte inside the signed range changes', () => {
    const tampered = signed.slice();
    const at = Math.floor(tampered.length / 3);
    tampered[at] = (tampered[at] ?? 0) ^ 0x01;
    writeFileSync(temp.path('tampered.pdf'), tampered);
    // pdfsig exits 0 even for a broken signature, so the test reads its output.
    const out = run('pdfsig', [temp.path('tampered.pdf')]).output;
    expect(out).not.toContain('Signature is Valid.');
    expect(out).toContain('Digest Mismatch');
  });

  it('has the site, the marking on every page, page numbers and the fingerprint as text', () => {
    const text = run('pdftotext', ['-layout', temp.path('report.pdf'), '-']).stdout;
    const pages = text.split('\f').filter((page) => page.trim() !== '');
    expect(text).toContain(SITE_NAME);
    expect(text).toContain(`Page 1 of ${pages.length}`);
    for (const page of pages) expect(page).toContain('TLP:AMBER');
    expect(text).toContain(identity.certificate.fingerprint.colon);
  });

  it('renders page 1 with pdftoppm without errors', () => {
    const render = run('pdftoppm', [
      '-r',
      '50',
      '-png',
      '-f',
      '1',
      '-l',
      '1',
      temp.path('report.pdf'),
      temp.path('page'),
    ]);
    expect(render.status).toBe(0);
    expect(render.stderr).toBe('');
    const png = readFileSync(temp.path('page-1.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  });
});
