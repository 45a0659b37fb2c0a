/**
 * Work-package bundles (hand-out and return) written by the real exporter with real ECDSA signatures, read
 * back by the strict verifier: the version rule, the signer each role must have, and a malformed package.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import type { AssessmentDocument } from '../../../../renderer/src/domain/assessment/model';
import { assessmentJson } from '../../../../renderer/src/domain/bundle/assessment-json';
import { writeBundle } from '../../../../renderer/src/domain/bundle/build-bundle';
import type { WorkPackage } from '../../../../renderer/src/domain/bundle/manifest';
import { fromUtf8 } from '../../../../renderer/src/domain/crypto/bytes';
import { verifyBundle } from '../../../../renderer/src/domain/import/verify-bundle';
import { appendEntry } from '../../../../renderer/src/domain/journal/journal';
import { concat } from './helpers/raw-zip';
import {
  canonicalJsonBytes,
  makeSigner,
  packFiles,
  reportFor,
  signFiles,
  type BundleFile,
  type TestSigner,
} from './helpers/test-bundle';
import { sampleDocument } from './helpers/sample-document';
import { options } from './helpers/verify-options';

const PACKAGE_ID = '0b6f3a52-1c4d-4e8f-9a7b-3c2d1e0f9a8b';
let lead: TestSigner;
let assessor: TestSigner;
let stranger: TestSigner;

function journaled(): AssessmentDocument {
  const first = appendEntry(undefined, {
    at: '2025-03-01T10:00:00.000Z',
    actor: 'Lead',
    field: 'title',
    oldValue: '',
    newValue: 'Water treatment AI review',
  });
  return sampleDocument({ journal: [first] });
}

/** A return's document: the handed-out journal and one more entry by the assessor. */
function returned(base: AssessmentDocument): AssessmentDocument {
  const next = appendEntry(base.journal.at(-1), {
    at: '2025-03-03T09:00:00.000Z',
    actor: 'Assessor',
    field: 'answers.CIO-SE-1.notes',
    oldValue: 'Some controls, no monitoring.',
    newValue: 'Monitoring added.',
  });
  const answer = base.content.answers['CIO-SE-1'];
  if (!answer) throw new Error('sample lacks CIO-SE-1');
  return {
    ...base,
    content: {
      ...base.content,
      answers: { ...base.content.answers, 'CIO-SE-1': { ...answer, notes: 'Monitoring added.' } },
    },
    journal: [...base.journal, next],
  };
}

function packageOf(document: AssessmentDocument, role: WorkPackage['role']): WorkPackage {
  return {
    role,
    packageId: PACKAGE_ID,
    baseHead: document.journal.at(-1)?.hash ?? '',
    leadFingerprint: lead.certificate.fingerprint.compact,
    assigneeFingerprint: assessor.certificate.fingerprint.compact,
    scope: { areas: ['SE'] },
  };
}

async function exported(document: AssessmentDocument, signer: TestSigner, workPackage?: WorkPackage) {
  const chunks: Uint8Array[] = [];
  const written = await writeBundle(
    {
      document,
      evidence: [],
      reportPdf: await reportFor(signer, assessmentJson(document).sha256),
      signerCertificatePem: signer.certificate.pem,
      signingKey: signer.privateKey,
      appVersion: '0.1.0',
      createdAt: '2025-03-02T13:00:00.000Z',
      ...(workPackage ? { workPackage } : {}),
    },
    (chunk) => {
      chunks.push(chunk);
    },
  );
  return { written, bytes: concat(chunks) };
}

function filesOf(bytes: Uint8Array): BundleFile[] {
  return Object.entries(unzipSync(bytes)).map(([name, data]) => ({ name, bytes: data }));
}

function manifestOf(files: readonly BundleFile[]): Record<string, unknown> {
  const file = files.find((f) => f.name === 'manifest.json');
  return JSON.parse(fromUtf8(file?.bytes ?? new Uint8Array())) as Record<string, unknown>;
}

/** The bundle's files with manifest.json replaced, re-signed by `signer` (a report by the same signer). */
async function resigned(files: readonly BundleFile[], manifest: unknown, signer: TestSigner) {
  const json = manifest as { assessmentSha256: string };
  const changed = files
    .filter((f) => f.name !== 'signer.pem')
    .map((f) => (f.name === 'manifest.json' ? { name: f.name, bytes: canonicalJsonBytes(manifest) } : f))
    .map(async (f) =>
      f.name === 'report.pdf' ? { name: f.name, bytes: await reportFor(signer, json.assessmentSha256) } : f,
    );
  const withSigner = [
    ...(await Promise.all(changed)),
    { name: 'signer.pem', bytes: new TextEncoder().encode(signer.certificate.pem) },
  ];
  return packFiles(await signFiles(withSigner, signer));
}

beforeAll(async () => {
  [lead, assessor, stranger] = await Promise.all([
    makeSigner('Lena Lead'),
    makeSigner('Sam Assessor'),
    makeSigner('Eve Stranger'),
  ]);
});

describe('a work-package bundle', () => {
  it('is written as format version 3 with its package, and verifies with it', async () => {
    const document = journaled();
    const handOut = await exported(document, lead, packageOf(document, 'hand-out'));
    expect(handOut.written.ok, JSON.stringify(handOut.written)).toBe(true);
    const verdict = await verifyBundle(handOut.bytes, options());
    expect(verdict.ok, JSON.stringify(verdict)).toBe(true);
    if (!verdict.ok) return;
    expect(verdict.value.manifest.formatVersion).toBe(3);
    expect(verdict.value.manifest.workPackage).toEqual(packageOf(document, 'hand-out'));
  });

  it('leaves a bundle without a package at version 2 with no workPackage field', async () => {
    const plain = await exported(journaled(), lead);
    const manifest = manifestOf(filesOf(plain.bytes));
    expect(manifest.formatVersion).toBe(2);
    expect('workPackage' in manifest).toBe(false);
  });

  it('verifies a return signed by its assignee', async () => {
    const base = journaled();
    const back = await exported(returned(base), assessor, packageOf(base, 'return'));
    expect(back.written.ok, JSON.stringify(back.written)).toBe(true);
    const verdict = await verifyBundle(back.bytes, options());
    expect(verdict.ok, JSON.stringify(verdict)).toBe(true);
    if (verdict.ok) expect(verdict.value.manifest.workPackage?.role).toBe('return');
  });

  it('is not written by the exporter when the signer is not the one its role names', async () => {
    const base = journaled();
    const back = await exported(returned(base), stranger, packageOf(base, 'return'));
    expect(back.written).toMatchObject({ ok: false, code: 'work-package-invalid' });
    const handOut = await exported(base, assessor, packageOf(base, 'hand-out'));
    expect(handOut.written).toMatchObject({ ok: false, code: 'work-package-invalid' });
  });

  it('refuses a return signed by someone other than the assignee as work-package-wrong-signer', async () => {
    const base = journaled();
    const back = await exported(returned(base), assessor, packageOf(base, 'return'));
    // The stranger re-signs the assessor's return properly: every signature is valid, only the signer is wrong.
    const files = filesOf(back.bytes);
    const manifest = { ...manifestOf(files), signerFingerprint: stranger.certificate.fingerprint.compact };
    const verdict = await verifyBundle(await resigned(files, manifest, stranger), options());
    expect(verdict).toMatchObject({
      ok: false,
      code: 'work-package-wrong-signer',
      path: 'workPackage.assigneeFingerprint',
      message:
        'This return is not signed by the assessor the work was handed out to, so it cannot be merged.',
    });
  });

  it('refuses a hand-out signed by someone other than its lead as work-package-wrong-signer', async () => {
    const document = journaled();
    const handOut = await exported(document, lead, packageOf(document, 'hand-out'));
    const files = filesOf(handOut.bytes);
    const manifest = { ...manifestOf(files), signerFingerprint: stranger.certificate.fingerprint.compact };
    expect(await verifyBundle(await resigned(files, manifest, stranger), options())).toMatchObject({
      code: 'work-package-wrong-signer',
      path: 'workPackage.leadFingerprint',
    });
  });

  it('refuses a version-3 bundle without a package, and a package in a version-2 bundle', async () => {
    const document = journaled();
    const handOut = filesOf((await exported(document, lead, packageOf(document, 'hand-out'))).bytes);
    const { workPackage: _dropped, ...bare } = manifestOf(handOut);
    expect(await verifyBundle(await resigned(handOut, bare, lead), options())).toMatchObject({
      code: 'schema-violation',
      path: 'workPackage',
    });
    const older = { ...manifestOf(handOut), formatVersion: 2 };
    expect(await verifyBundle(await resigned(handOut, older, lead), options())).toMatchObject({
      code: 'schema-violation',
      path: 'workPackage',
    });
  });

  it.each([
    ['an unknown role', { role: 'delegate' }, 'workPackage.role'],
    ['a package id that is not a uuid', { packageId: 'p-1' }, 'workPackage.packageId'],
    ['a base head that is not a SHA-256', { baseHead: 'abc' }, 'workPackage.baseHead'],
    ['an unknown area', { scope: { areas: ['XX'] } }, 'workPackage.scope.areas.0'],
    ['an extra field', { note: 'hi' }, 'workPackage'],
  ])('refuses a package with %s as schema-violation', async (_what, change, path) => {
    const document = journaled();
    const handOut = filesOf((await exported(document, lead, packageOf(document, 'hand-out'))).bytes);
    const manifest = manifestOf(handOut);
    const broken = { ...manifest, workPackage: { ...(manifest.workPackage as object), ...change } };
    expect(await verifyBundle(await resigned(handOut, broken, lead), options())).toMatchObject({
      code: 'schema-violation',
      path,
    });
  });

  it('refuses a hand-out whose base is not the head of its journal', async () => {
    const base = journaled();
    const later = returned(base);
    const handOut = filesOf((await exported(base, lead, packageOf(base, 'hand-out'))).bytes);
    const manifest = manifestOf(handOut);
    const moved = {
      ...manifest,
      workPackage: { ...(manifest.workPackage as object), baseHead: later.journal.at(-1)?.hash },
    };
    expect(await verifyBundle(await resigned(handOut, moved, lead), options())).toMatchObject({
      code: 'schema-violation',
      path: 'workPackage.baseHead',
    });
  });

  it('refuses a return whose journal does not hold its base', async () => {
    const base = journaled();
    const pkg = { ...packageOf(base, 'return'), baseHead: 'a'.repeat(64) };
    expect((await exported(returned(base), assessor, pkg)).written).toMatchObject({
      code: 'work-package-invalid',
    });
    const good = filesOf((await exported(returned(base), assessor, packageOf(base, 'return'))).bytes);
    const manifest = { ...manifestOf(good), workPackage: pkg };
    expect(await verifyBundle(await resigned(good, manifest, assessor), options())).toMatchObject({
      code: 'schema-violation',
      path: 'workPackage.baseHead',
    });
  });
});
