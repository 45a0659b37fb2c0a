import { beforeAll, describe, expect, it } from 'vitest';
import { utf8 } from '../../../../renderer/src/domain/crypto/bytes';
import { verifyBundle } from '../../../../renderer/src/domain/import/verify-bundle';
import { VERIFY_CODES } from '../../../../renderer/src/domain/import/verify-codes';
import {
  canonicalJsonBytes,
  contentFiles,
  evidenceFor,
  makeSigner,
  packFiles,
  packRaw,
  signFiles,
  validBundle,
} from './helpers/test-bundle';
import type { BundleFile, TestSigner } from './helpers/test-bundle';
import { sampleDocument } from './helpers/sample-document';
import { options } from './helpers/verify-options';

let signer: TestSigner;
let valid: { files: BundleFile[]; bytes: Uint8Array };

beforeAll(async () => {
  signer = await makeSigner();
  valid = await validBundle(signer);
});

function replace(files: readonly BundleFile[], name: string, bytes: Uint8Array): BundleFile[] {
  return files.map((f) => (f.name === name ? { name, bytes } : f));
}

function json(files: readonly BundleFile[], name: string): Record<string, unknown> {
  const file = files.find((f) => f.name === name);
  return JSON.parse(new TextDecoder().decode(file?.bytes)) as Record<string, unknown>;
}

describe('verifyBundle on a valid bundle', () => {
  it('accepts it as from an unknown signer and returns every verified part', async () => {
    const verdict = await verifyBundle(valid.bytes, options());
    if (!verdict.ok) throw new Error(verdict.message);
    expect(verdict.value.status).toBe('unknown-signer');
    expect(verdict.value.packKnown).toBe(true);
    expect(verdict.value.warnings).toEqual([]);
    expect(verdict.value.document.id).toBe(sampleDocument().id);
    expect(verdict.value.evidence).toHaveLength(2);
    expect(new TextDecoder().decode(verdict.value.reportPdf)).toMatch(/^%PDF-/);
    expect(verdict.value.signer.fingerprint).toBe(signer.certificate.fingerprint.colon);
    expect(verdict.value.signer.subject).toEqual({
      name: 'Ada Lovelace',
      organization: 'CISA Region 4',
      email: 'ada@example.org',
    });
  });

  it('marks it trusted when the fingerprint is in the trust set, in either form', async () => {
    const { colon, compact } = signer.certificate.fingerprint;
    for (const form of [colon, compact]) {
      const verdict = await verifyBundle(valid.bytes, options({ trustedFingerprints: new Set([form]) }));
      expect(verdict.ok && verdict.value.status).toBe('trusted');
    }
    const byLookup = await verifyBundle(
      valid.bytes,
      options({ trustedFingerprints: (hex) => hex === compact }),
    );
    expect(byLookup.ok && byLookup.value.status).toBe('trusted');
  });

  it('shows an unknown framework pack as a warning instead of accepting it silently', async () => {
    const verdict = await verifyBundle(
      valid.bytes,
      options({ knownPacks: [{ id: 'dhs-ai-rr-2024', version: '2.0.0' }] }),
    );
    expect(verdict.ok && verdict.value.packKnown).toBe(false);
    expect(verdict.ok && verdict.value.warnings.join(' ')).toMatch(/version 1\.0\.0.*has version 2\.0\.0/);
  });

  it('warns when the signer certificate has expired', async () => {
    const verdict = await verifyBundle(valid.bytes, options({ now: new Date('2031-01-01T00:00:00Z') }));
    expect(verdict.ok && verdict.value.warnings.join(' ')).toMatch(/expired/);
  });

  it('accepts a bundle stored without compression, in another order', async () => {
    const files = [...valid.files].reverse();
    const verdict = await verifyBundle(packRaw(files.map((f) => ({ ...f, method: 0 as const }))), options());
    expect(verdict.ok).toBe(true);
  });

  it('treats a lookup that throws as an unknown signer, with a warning', async () => {
    const verdict = await verifyBundle(
      valid.bytes,
      options({ trustedFingerprints: () => Promise.reject(new Error('db')) }),
    );
    expect(verdict.ok && verdict.value.status).toBe('unknown-signer');
  });
});

describe('verifyBundle rejections', () => {
  async function codeOf(bytes: Uint8Array, extra = {}): Promise<string> {
    const verdict = await verifyBundle(bytes, options(extra));
    if (verdict.ok) return 'ok';
    expect(VERIFY_CODES).toContain(verdict.code);
    expect(verdict.message).toMatch(/^\S.*[.]$/);
    return verdict.code;
  }

  it('rejects files that are not ZIP archives as not-a-zip', async () => {
    expect(await codeOf(new Uint8Array())).toBe('not-a-zip');
    expect(await codeOf(utf8('%PDF-1.7 not a bundle at all, just some text that is long enough'))).toBe(
      'not-a-zip',
    );
    expect(await codeOf(utf8('age-encryption.org/v1\n-> X25519 abc\n'))).toBe('not-a-zip');
  });

  it('rejects a bundle cut short as truncated', async () => {
    expect(await codeOf(valid.bytes.subarray(0, valid.bytes.length >> 1))).toBe('truncated');
    expect(await codeOf(valid.bytes.subarray(0, valid.bytes.length - 1))).toBe('truncated');
  });

  it('rejects a bundle without a required file as missing-file', async () => {
    const files = await signFiles(
      (await contentFiles(signer)).filter((f) => f.name !== 'report.pdf'),
      signer,
    );
    expect(await codeOf(packFiles(files))).toBe('missing-file');
  });

  it('rejects a file listed in SHA256SUMS but absent as missing-file', async () => {
    const extra = await evidenceFor('listed but not packed');
    const signed = await signFiles([...valid.files, { name: extra.path, bytes: extra.bytes }], signer);
    expect(await codeOf(packFiles(signed.filter((f) => f.name !== extra.path)))).toBe('missing-file');
  });

  it('rejects evidence cited by the assessment but not in the bundle as missing-file', async () => {
    const cited = await evidenceFor('cited only');
    const document = sampleDocument({ evidence: [cited.meta] });
    const files = await signFiles(await contentFiles(signer, { document, evidence: [] }), signer);
    expect(await codeOf(packFiles(files))).toBe('missing-file');
  });

  it('rejects a file added after signing as unlisted-file', async () => {
    const extra = await evidenceFor('smuggled in');
    expect(await codeOf(packFiles([...valid.files, { name: extra.path, bytes: extra.bytes }]))).toBe(
      'unlisted-file',
    );
  });

  it('rejects a file changed after signing as hash-mismatch', async () => {
    const report = utf8('%PDF-1.7\n% forged report\n%%EOF\n');
    expect(await codeOf(packFiles(replace(valid.files, 'report.pdf', report)))).toBe('hash-mismatch');
  });

  it('rejects evidence whose name is not its SHA-256, even when signed, as hash-mismatch', async () => {
    const files = (await contentFiles(signer)).map((f) =>
      f.name.startsWith('evidence/') ? { ...f, bytes: utf8(`${new TextDecoder().decode(f.bytes)}!`) } : f,
    );
    expect(await codeOf(packFiles(await signFiles(files, signer)))).toBe('hash-mismatch');
  });

  it('rejects a manifest that records another assessment.json digest as hash-mismatch', async () => {
    const files = await contentFiles(signer, { manifest: { assessmentSha256: 'a'.repeat(64) } });
    expect(await codeOf(packFiles(await signFiles(files, signer)))).toBe('hash-mismatch');
  });

  it('rejects a bundle whose signature does not match as bad-signature', async () => {
    const sums = valid.files.find((f) => f.name === 'SHA256SUMS')?.bytes ?? new Uint8Array();
    const edited = utf8(new TextDecoder().decode(sums).replace(/^./, (c) => (c === 'a' ? 'b' : 'a')));
    expect(await codeOf(packFiles(replace(valid.files, 'SHA256SUMS', edited)))).toBe('bad-signature');
    const other = await makeSigner('Mallory');
    const swapped = replace(valid.files, 'signer.pem', utf8(other.certificate.pem));
    expect(await codeOf(packFiles(swapped))).toBe('bad-signature');
    expect(await codeOf(packFiles(replace(valid.files, 'signer.pem', utf8('not a certificate'))))).toBe(
      'bad-signature',
    );
    expect(
      await codeOf(packFiles(replace(valid.files, 'SHA256SUMS.sig', new Uint8Array([0x30, 0x00])))),
    ).toBe('bad-signature');
  });

  it('rejects a manifest naming another signer as fingerprint-mismatch', async () => {
    const other = await makeSigner('Mallory');
    const files = await contentFiles(signer, {
      manifest: { signerFingerprint: other.certificate.fingerprint.compact },
    });
    expect(await codeOf(packFiles(await signFiles(files, signer)))).toBe('fingerprint-mismatch');
  });

  it('rejects a signed newer format as unknown-format-version, and believes no unsigned claim of one', async () => {
    const manifest = { ...json(valid.files, 'manifest.json'), formatVersion: 4 };
    const unsigned = replace(valid.files, 'manifest.json', canonicalJsonBytes(manifest));
    // Nothing unsigned is interpreted: an edited manifest is a changed file, not a reason to update the app.
    expect(await codeOf(packFiles(unsigned))).toBe('hash-mismatch');
    expect(await codeOf(packFiles(await signFiles(unsigned, signer)))).toBe('unknown-format-version');
    const newer = await verifyBundle(packFiles(await signFiles(unsigned, signer)), options());
    expect(newer.ok ? '' : newer.message).toBe(
      'The bundle is format version 4; this app reads versions 1, 2 and 3. Update the app to import it.',
    );
    const foreign = replace(
      valid.files,
      'manifest.json',
      canonicalJsonBytes({ ...manifest, format: 'other' }),
    );
    expect(await codeOf(packFiles(await signFiles(foreign, signer)))).toBe('unknown-format-version');
  });

  it('rejects a signed assessment that breaks the schema as schema-violation, naming the field', async () => {
    const document = json(valid.files, 'assessment.json');
    const content = document.content as { findings: Array<Record<string, unknown>> };
    (content.findings[0] as Record<string, unknown>).severity = 'apocalyptic';
    const files = replace(valid.files, 'assessment.json', canonicalJsonBytes(document));
    const manifest = json(files, 'manifest.json');
    const digest = new Uint8Array(
      await crypto.subtle.digest('SHA-256', new Uint8Array(canonicalJsonBytes(document))),
    );
    manifest.assessmentSha256 = [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
    const signed = await signFiles(replace(files, 'manifest.json', canonicalJsonBytes(manifest)), signer);
    const verdict = await verifyBundle(packFiles(signed), options());
    expect(verdict.ok ? null : [verdict.code, verdict.path]).toEqual([
      'schema-violation',
      'content.findings.0.severity',
    ]);
  });

  it('rejects other signed inconsistencies as schema-violation', async () => {
    const mismatch = await contentFiles(signer, { manifest: { revision: 99 } });
    expect(await codeOf(packFiles(await signFiles(mismatch, signer)))).toBe('schema-violation');
    const notJson = replace(valid.files, 'manifest.json', utf8('{"format":'));
    expect(await codeOf(packFiles(await signFiles(notJson, signer)))).toBe('schema-violation');
    const notPdf = replace(valid.files, 'report.pdf', utf8('hello'));
    expect(await codeOf(packFiles(await signFiles(notPdf, signer)))).toBe('schema-violation');
  });

  it('rejects bundles over the limits as too-large', async () => {
    expect(await codeOf(valid.bytes, { limits: { maxBundleBytes: 1000 } })).toBe('too-large');
    expect(await codeOf(valid.bytes, { limits: { maxEntries: 3 } })).toBe('too-large');
    expect(await codeOf(valid.bytes, { limits: { maxEntryBytes: 100 } })).toBe('too-large');
    expect(await codeOf(valid.bytes, { limits: { maxTotalBytes: 500 } })).toBe('too-large');
  });

  it('rejects an entry that expands far beyond its stored size, or beyond its declared size, as zip-bomb', async () => {
    const zeros = await evidenceFor('\u0000'.repeat(2_000_000));
    const bomb = await signFiles([...valid.files, { name: zeros.path, bytes: zeros.bytes }], signer);
    expect(await codeOf(packRaw(bomb))).toBe('zip-bomb');
    const liar = valid.files.map((f) => (f.name === 'assessment.json' ? { ...f, declaredSize: 10 } : f));
    expect(await codeOf(packRaw(liar))).toBe('zip-bomb');
  });

  it.each([
    ['../x'],
    ['/abs'],
    ['a/../../b'],
    ['C:\\x'],
    ['evidence/x.txt'],
    ['extra.txt'],
    ['nul\u0000.txt'],
    ['évidence'],
  ])('rejects an entry named %j as unsafe-path', async (name) => {
    expect(await codeOf(packRaw([...valid.files, { name, bytes: utf8('x') }]))).toBe('unsafe-path');
  });

  it('rejects the same name twice, or twice up to letter case, as duplicate-entry', async () => {
    const manifest = valid.files.find((f) => f.name === 'manifest.json');
    if (!manifest) throw new Error('no manifest');
    expect(await codeOf(packRaw([...valid.files, manifest]))).toBe('duplicate-entry');
    expect(await codeOf(packRaw([...valid.files, { name: 'REPORT.PDF', bytes: utf8('x') }]))).toBe(
      'duplicate-entry',
    );
  });
});
