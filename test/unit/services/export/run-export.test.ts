import 'fake-indexeddb/auto';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { Decrypter } from 'age-encryption';
import { unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { AssessmentDocument } from '../../../../renderer/src/domain/assessment/model';
import { failure } from '../../../../renderer/src/domain/result';
import { createIdentity } from '../../../../renderer/src/domain/crypto/identity';
import { verifyBundle } from '../../../../renderer/src/domain/import/verify-bundle';
import { applyChange, createAssessment } from '../../../../renderer/src/storage/assessment-repository';
import { contentField, setField } from '../../../../renderer/src/storage/content-binding';
import { emptyContent } from '../../../../renderer/src/domain/assessment/model';
import { openDatabase } from '../../../../renderer/src/storage/database';
import { addEvidence } from '../../../../renderer/src/storage/evidence-repository';
import { crc32 } from '../../../../renderer/src/domain/import/crc32';
import { runExport, saveReportOnly } from '../../../../renderer/src/services/export/run-export';
import { BUILT_IN_PACK_REF } from '../../../../renderer/src/ui/common/framework';
import { fakePlatform, joined } from './fake-platform';
import type * as DocxBuilder from '../../../../renderer/src/domain/report/docx/build-docx';
import { buildReportDocx } from '../../../../renderer/src/domain/report/docx/build-docx';

// The real Word builder, counted: "Save report only" must not spend time building a DOCX it throws away.
vi.mock('../../../../renderer/src/domain/report/docx/build-docx', async (importOriginal) => {
  const actual = await importOriginal<typeof DocxBuilder>();
  return { ...actual, buildReportDocx: vi.fn(actual.buildReportDocx) };
});

/** `recordCrc`: the evidence row carries the CRC-32 capture records (rows from before it do not). */
async function seeded(recordCrc = false) {
  const db = openDatabase(`airr-run-export-${Date.now()}-${Math.random()}`);
  await db.open();
  const created = await createAssessment(
    db,
    { title: 'Spring visit', siteName: 'Plant Ä/B', sector: 'water' },
    BUILT_IN_PACK_REF,
    'tester',
  );
  if (!created.ok) throw new Error(created.message);
  const bytes = new Uint8Array(200_000).map((_, i) => (i * 31) % 251);
  await addEvidence(
    db,
    created.value,
    {
      id: 'ev-1',
      practiceId: 'CIO-SE-1',
      name: 'photo.jpg',
      type: 'image/jpeg',
      size: bytes.length,
      sha256: bytesToHex(sha256(bytes)),
      capturedAt: '2026-03-03T12:00:00.000Z',
      blob: new Blob([bytes], { type: 'image/jpeg' }),
      ...(recordCrc ? { crc32: crc32(bytes) } : {}),
    },
    'tester',
  );
  const identity = await createIdentity({
    name: 'Robin Keyes',
    organization: 'CI team',
    email: '',
    passphrase: 'a long enough passphrase',
  });
  if (!identity.ok) throw new Error(identity.message);
  const signer = { record: identity.value.record, signingKey: identity.value.signingKey };
  return { db, id: created.value, signer, fingerprint: identity.value.record.fingerprint };
}

const noop = () => undefined;

describe('running an export', () => {
  it('writes a bundle that the import verifier accepts, named after site, title and revision', async () => {
    const { db, id, signer, fingerprint } = await seeded();
    const { platform, saved } = fakePlatform();
    const progress: number[] = [];
    const result = await runExport(db, {
      platform,
      assessmentId: id,
      signer,
      seal: null,
      signal: new AbortController().signal,
      onProgress: ({ bytesDone }) => progress.push(bytesDone),
      onWriting: noop,
    });
    if (!result.ok) throw new Error(result.message);
    const [file] = saved;
    expect(file).toMatchObject({
      state: 'committed',
      // Stored evidence passes by reference: nothing to spool.
      options: { suggestedName: 'plant-a-b-spring-visit-r1.airr', newBytes: false },
    });
    const bytes = joined(file!);
    expect(result.value).toMatchObject({ sealed: false, bytes: bytes.length });
    expect(await result.value.sha256).toBe(bytesToHex(sha256(bytes)));
    expect(progress.length).toBeGreaterThan(1);
    expect(
      unzipSync(bytes, { filter: (f) => f.name === 'report.docx' })['report.docx']?.length,
    ).toBeGreaterThan(0);
    const verdict = await verifyBundle(bytes, {
      knownPacks: [BUILT_IN_PACK_REF],
      trustedFingerprints: new Set([fingerprint]),
    });
    expect(verdict).toMatchObject({ ok: true, value: { status: 'trusted' } });
    expect(verdict.ok && verdict.value.evidence).toHaveLength(1);
  });

  it('passes evidence with a recorded CRC-32 to the target as its Blob, and the digest shown is the file’s', async () => {
    const { db, id, signer, fingerprint } = await seeded(true);
    const { platform, saved } = fakePlatform();
    const result = await runExport(db, {
      platform,
      assessmentId: id,
      signer,
      seal: null,
      signal: new AbortController().signal,
      onProgress: noop,
      onWriting: noop,
    });
    if (!result.ok) throw new Error(result.message);
    const file = saved[0]!;
    expect(file).toMatchObject({ state: 'committed', blobParts: 1 });
    const bytes = joined(file);
    expect(result.value.bytes).toBe(bytes.length);
    expect(await result.value.sha256).toBe(bytesToHex(sha256(bytes)));
    const verdict = await verifyBundle(bytes, {
      knownPacks: [BUILT_IN_PACK_REF],
      trustedFingerprints: new Set([fingerprint]),
    });
    expect(verdict).toMatchObject({ ok: true, value: { status: 'trusted' } });
  });

  it('aborts with evidence-changed when a passed-through blob is no longer the size it had at capture', async () => {
    const { db, id, signer } = await seeded(true);
    await db.evidence.update('ev-1', { blob: new Blob([new Uint8Array(199_999)]) });
    const { platform, saved } = fakePlatform();
    const result = await runExport(db, {
      platform,
      assessmentId: id,
      signer,
      seal: null,
      signal: new AbortController().signal,
      onProgress: noop,
      onWriting: noop,
    });
    expect(result).toMatchObject({ ok: false, code: 'evidence-changed' });
    expect(saved[0]?.state).toBe('aborted');
  });

  it('seals a bundle whose evidence has a recorded CRC-32: age gets its bytes, and the bundle verifies', async () => {
    const { db, id, signer, fingerprint } = await seeded(true);
    const { platform, saved } = fakePlatform();
    const passphrase = 'transport passphrase 42';
    const result = await runExport(db, {
      platform,
      assessmentId: id,
      signer,
      seal: { passphrase },
      signal: new AbortController().signal,
      onProgress: noop,
      onWriting: noop,
    });
    if (!result.ok) throw new Error(result.message);
    expect(saved[0]?.blobParts).toBe(0);
    const decrypter = new Decrypter();
    decrypter.addPassphrase(passphrase);
    const verdict = await verifyBundle(await decrypter.decrypt(joined(saved[0]!)), {
      knownPacks: [BUILT_IN_PACK_REF],
      trustedFingerprints: new Set([fingerprint]),
    });
    expect(verdict.ok).toBe(true);
  });

  it('seals to a passphrase so that age decrypts it back to a verifiable bundle', async () => {
    const { db, id, signer, fingerprint } = await seeded();
    const { platform, saved } = fakePlatform();
    const passphrase = 'transport passphrase 42';
    const result = await runExport(db, {
      platform,
      assessmentId: id,
      signer,
      seal: { passphrase },
      signal: new AbortController().signal,
      onProgress: noop,
      onWriting: noop,
    });
    if (!result.ok) throw new Error(result.message);
    // Ciphertext is new bytes: a browser spools it to disk instead of holding it for the download.
    expect(saved[0]?.options).toMatchObject({ extensions: ['airr.age'], newBytes: true });
    const decrypter = new Decrypter();
    decrypter.addPassphrase(passphrase);
    const opened = await decrypter.decrypt(joined(saved[0]!));
    const verdict = await verifyBundle(opened, {
      knownPacks: [BUILT_IN_PACK_REF],
      trustedFingerprints: new Set([fingerprint]),
    });
    expect(verdict.ok).toBe(true);
  });

  it('stops on cancel and aborts the file, so nothing is left behind', async () => {
    const { db, id, signer } = await seeded();
    const controller = new AbortController();
    const { platform, saved } = fakePlatform(() => controller.abort());
    const result = await runExport(db, {
      platform,
      assessmentId: id,
      signer,
      seal: null,
      signal: controller.signal,
      onProgress: noop,
      onWriting: noop,
    });
    expect(result).toMatchObject({ ok: false, code: 'cancelled' });
    expect(saved[0]).toMatchObject({ state: 'aborted', chunks: [] });
  });

  it('aborts the file and says why when a stored evidence file is no longer the size it had at capture', async () => {
    const { db, id, signer } = await seeded();
    await db.evidence.update('ev-1', { blob: new Blob([new Uint8Array(199_999)]) });
    const { platform, saved } = fakePlatform();
    const result = await runExport(db, {
      platform,
      assessmentId: id,
      signer,
      seal: null,
      signal: new AbortController().signal,
      onProgress: noop,
      onWriting: noop,
    });
    expect(result).toMatchObject({ ok: false, code: 'evidence-changed' });
    expect(saved[0]?.state).toBe('aborted');
  });

  it('saves the signed report alone as report.pdf, without building the Word report', async () => {
    const { db, id, signer } = await seeded();
    const { platform, saved } = fakePlatform();
    vi.mocked(buildReportDocx).mockClear();
    const result = await saveReportOnly(db, { platform, assessmentId: id, signer });
    expect(result.ok).toBe(true);
    expect(buildReportDocx).not.toHaveBeenCalled();
    expect(saved[0]).toMatchObject({ state: 'committed', options: { suggestedName: 'report.pdf' } });
    expect(Buffer.from(joined(saved[0]!)).toString('latin1')).toContain('/adbe.pkcs7.detached');
  });

  it('checks and canonicalises the document once per export: the report digest and the bundle share one plan', async () => {
    const { db, id, signer } = await seeded();
    const { platform } = fakePlatform();
    const safeParse = vi.spyOn(AssessmentDocument, 'safeParse');
    const parse = vi.spyOn(AssessmentDocument, 'parse');
    try {
      const result = await runExport(db, {
        platform,
        assessmentId: id,
        signer,
        seal: null,
        signal: new AbortController().signal,
        onProgress: noop,
        onWriting: noop,
      });
      if (!result.ok) throw new Error(result.message);
      expect(safeParse.mock.calls.length + parse.mock.calls.length).toBe(1);
    } finally {
      safeParse.mockRestore();
      parse.mockRestore();
    }
  });

  it('returns the platform’s own failure code when the disk refuses a chunk, and aborts the file', async () => {
    const { db, id, signer } = await seeded();
    const { platform, saved } = fakePlatform();
    const save = platform.saveFile.bind(platform);
    platform.saveFile = async (options) => {
      const chosen = await save(options);
      if (!chosen.ok || !chosen.value) return chosen;
      const target = chosen.value;
      let writes = 0;
      const write = target.write.bind(target);
      target.write = (chunk) =>
        ++writes === 2 ? Promise.resolve(failure('write-failed', 'The disk is full.')) : write(chunk);
      return chosen;
    };
    const result = await runExport(db, {
      platform,
      assessmentId: id,
      signer,
      seal: null,
      signal: new AbortController().signal,
      onProgress: noop,
      onWriting: noop,
    });
    expect(result).toEqual({ ok: false, code: 'write-failed', message: 'The disk is full.' });
    expect(saved[0]?.state).toBe('aborted');
  });

  it('passes a failure of the save dialog through as a value and writes nothing', async () => {
    const { db, id, signer } = await seeded();
    const { platform, saved } = fakePlatform();
    platform.saveFile = () => Promise.resolve(failure('internal-error', 'The dialog failed.'));
    const result = await saveReportOnly(db, { platform, assessmentId: id, signer });
    expect(result).toEqual({ ok: false, code: 'internal-error', message: 'The dialog failed.' });
    expect(saved).toEqual([]);
  });
  it('numbers bundles by exports of changed content: r1, r1 again unchanged, r2 after a change', async () => {
    const { db, id, signer, fingerprint } = await seeded();
    const exportOnce = async (abortFirstWrite = false) => {
      const controller = new AbortController();
      const { platform, saved } = fakePlatform(abortFirstWrite ? () => controller.abort() : undefined);
      const result = await runExport(db, {
        platform,
        assessmentId: id,
        signer,
        seal: null,
        signal: controller.signal,
        onProgress: noop,
        onWriting: noop,
      });
      if (!result.ok) return { name: null, revision: null };
      const verdict = await verifyBundle(joined(saved[0]!), {
        knownPacks: [BUILT_IN_PACK_REF],
        trustedFingerprints: new Set([fingerprint]),
      });
      if (!verdict.ok) throw new Error(verdict.message);
      return { name: saved[0]!.options.suggestedName, revision: verdict.value.document.revision };
    };
    const rename = (title: string) =>
      applyChange(db, id, setField(contentField(emptyContent(), 'title'), title), 'tester');

    expect(await exportOnce()).toEqual({ name: 'plant-a-b-spring-visit-r1.airr', revision: 1 });
    expect(await exportOnce()).toEqual({ name: 'plant-a-b-spring-visit-r1.airr', revision: 1 });
    await rename('Spring visit, day 2');
    await rename('Spring visit, days 2 and 3');
    // A cancelled export leaves nothing behind and spends no revision.
    expect(await exportOnce(true)).toEqual({ name: null, revision: null });
    expect(await exportOnce()).toEqual({ name: 'plant-a-b-spring-visit-days-2-and-3-r2.airr', revision: 2 });
    const report = await saveReportOnly(db, { platform: fakePlatform().platform, assessmentId: id, signer });
    expect(report.ok).toBe(true);
    await rename('Spring visit, final');
    expect((await db.assessments.get(id))?.revision).toBe(3);
  });
});
