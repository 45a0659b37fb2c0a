/**
 * Signer continuity through the real import pipeline and a real (fake-indexeddb) database: an assessment id
 * is bound to the certificate of its first accepted revision. Another certificate with the very same display
 * name is refused with both signers and changes nothing, down to every row of every table; it goes through
 * only with a trusted new signer and a recorded decision, which then moves the pin.
 */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAssessment } from '../../../renderer/src/storage/assessment-repository';
import type { AirrDatabase } from '../../../renderer/src/storage/database';
import { importBundle, prepareImport } from '../../../renderer/src/storage/import-pipeline';
import { previewImport } from '../../../renderer/src/storage/import-repository';
import type { KeyChangeDecision } from '../../../renderer/src/storage/signer-pin-repository';
import { addTrustedSigner } from '../../../renderer/src/storage/trust-repository';
import { makeSigner, type TestSigner } from '../domain/import/helpers/test-bundle';
import { SAMPLE_ID } from '../domain/import/helpers/sample-document';
import { bundleAt, dump, freshDb } from './helpers/import-fixtures';

const NOW = new Date('2025-06-01T00:00:00Z');
const LATER = new Date('2025-06-02T12:00:00Z');

let ada: TestSigner;
/** Another key pair and certificate with the same name, organization and email as `ada`. */
let impostor: TestSigner;

beforeAll(async () => {
  ada = await makeSigner('Ada Lovelace');
  impostor = await makeSigner('Ada Lovelace');
});

const fp = (signer: TestSigner) => signer.certificate.fingerprint.compact;

/** A database with revision 2 of SAMPLE_ID imported from `ada`, who is trusted. */
async function seeded(): Promise<AirrDatabase> {
  const db = await freshDb();
  const trusted = await addTrustedSigner(
    db,
    ada.certificate.pem,
    'Ada (Region 4)',
    ada.certificate.fingerprint.compact,
    NOW,
  );
  if (!trusted.ok) throw new Error(trusted.message);
  const imported = await importBundle(db, await bundleAt(ada, 2), { now: NOW });
  if (!imported.ok || imported.value.outcome !== 'added') throw new Error(JSON.stringify(imported));
  return db;
}

function decision(overrides: Partial<KeyChangeDecision> = {}): KeyChangeDecision {
  return {
    pinnedFingerprint: fp(ada),
    newFingerprint: fp(impostor),
    decidedBy: 'Sam Reviewer',
    reason: 'Ada told us by phone that her laptop was replaced.',
    ...overrides,
  };
}

describe('signer pins', () => {
  it('pins a new import to the certificate that signed it', async () => {
    const db = await seeded();
    expect(await db.signerPins.get(SAMPLE_ID)).toEqual({
      assessmentId: SAMPLE_ID,
      fingerprint: fp(ada),
      signerName: 'Ada Lovelace',
      pinnedAt: NOW.toISOString(),
      firstFingerprint: fp(ada),
      firstName: 'Ada Lovelace',
      changes: [],
    });
  });

  it('refuses a newer revision by another certificate with the same name, shows both signers, and changes nothing', async () => {
    const db = await seeded();
    const before = await dump(db);
    const bytes = await bundleAt(impostor, 3);
    const prepared = await prepareImport(db, bytes, {}, NOW);
    if (!prepared.ok) throw new Error(prepared.message);
    expect(await previewImport(db, prepared.value)).toMatchObject({
      kind: 'signer-changed',
      direction: 'newer',
      storedRevision: 2,
      pinned: { fingerprint: fp(ada), name: 'Ada Lovelace' },
      incoming: { fingerprint: fp(impostor), name: 'Ada Lovelace' },
    });
    const result = await importBundle(db, bytes, { now: NOW });
    expect(result).toMatchObject({ message: /signed by a different certificate/ });
    expect({ ...result, message: '' }).toEqual({
      ok: false,
      code: 'signer-changed',
      message: '',
      direction: 'newer',
      pinned: { fingerprint: fp(ada), name: 'Ada Lovelace', trusted: true, trustedLabel: 'Ada (Region 4)' },
      incoming: { fingerprint: fp(impostor), name: 'Ada Lovelace', trusted: false, trustedLabel: null },
    });
    expect(await dump(db)).toEqual(before);
  });

  it('refuses an older revision by another certificate even when keeping it as history is asked', async () => {
    const db = await seeded();
    const before = await dump(db);
    const result = await importBundle(db, await bundleAt(impostor, 1), {
      now: NOW,
      keepOlderAsHistory: true,
    });
    expect(result).toMatchObject({ ok: false, code: 'signer-changed', direction: 'older' });
    expect(await dump(db)).toEqual(before);
  });

  it('refuses the change when the new signer is not trusted, even with a decision', async () => {
    const db = await seeded();
    const before = await dump(db);
    const result = await importBundle(db, await bundleAt(impostor, 3), { now: NOW, keyChange: decision() });
    expect(result).toMatchObject({ ok: false, code: 'new-signer-not-trusted' });
    expect(await dump(db)).toEqual(before);
  });

  it('refuses a decision made for other certificates than the two in this import', async () => {
    const db = await seeded();
    await addTrustedSigner(
      db,
      impostor.certificate.pem,
      'Ada (new laptop)',
      impostor.certificate.fingerprint.compact,
      NOW,
    );
    const before = await dump(db);
    const third = await makeSigner('Ada Lovelace');
    const result = await importBundle(db, await bundleAt(impostor, 3), {
      now: NOW,
      keyChange: decision({ newFingerprint: fp(third) }),
    });
    expect(result).toMatchObject({ ok: false, code: 'key-change-decision-mismatch' });
    const swapped = await importBundle(db, await bundleAt(impostor, 3), {
      now: NOW,
      keyChange: decision({ pinnedFingerprint: fp(impostor), newFingerprint: fp(ada) }),
    });
    expect(swapped).toMatchObject({ ok: false, code: 'key-change-decision-mismatch' });
    expect(await dump(db)).toEqual(before);
  });

  it('refuses a decision that does not say who decided or whose reason is too long', async () => {
    const db = await seeded();
    await addTrustedSigner(
      db,
      impostor.certificate.pem,
      'Ada (new laptop)',
      impostor.certificate.fingerprint.compact,
      NOW,
    );
    const before = await dump(db);
    for (const bad of [{ decidedBy: '   ' }, { decidedBy: 'x'.repeat(101) }, { reason: 'x'.repeat(501) }]) {
      const result = await importBundle(db, await bundleAt(impostor, 3), {
        now: NOW,
        keyChange: decision(bad),
      });
      expect(result).toMatchObject({ ok: false, code: 'key-change-decision-invalid' });
    }
    expect(await dump(db)).toEqual(before);
  });

  it('accepts the change with a trusted new signer and a decision, records it and moves the pin', async () => {
    const db = await seeded();
    await addTrustedSigner(
      db,
      impostor.certificate.pem,
      'Ada (new laptop)',
      impostor.certificate.fingerprint.compact,
      NOW,
    );
    const result = await importBundle(db, await bundleAt(impostor, 3), { now: LATER, keyChange: decision() });
    expect(result).toMatchObject({ ok: true, value: { outcome: 'updated', revision: 3 } });
    expect(await db.assessments.get(SAMPLE_ID)).toMatchObject({
      revision: 3,
      signerFingerprint: fp(impostor),
    });
    expect(await db.revisions.get([SAMPLE_ID, 2])).toMatchObject({
      signerFingerprint: fp(ada),
      signerName: 'Ada Lovelace',
    });
    expect(await db.signerPins.get(SAMPLE_ID)).toEqual({
      assessmentId: SAMPLE_ID,
      fingerprint: fp(impostor),
      signerName: 'Ada Lovelace',
      pinnedAt: LATER.toISOString(),
      firstFingerprint: fp(ada),
      firstName: 'Ada Lovelace',
      changes: [
        {
          kind: 'current',
          revision: 3,
          fromFingerprint: fp(ada),
          fromName: 'Ada Lovelace',
          toFingerprint: fp(impostor),
          toName: 'Ada Lovelace',
          decidedBy: 'Sam Reviewer',
          decidedAt: LATER.toISOString(),
          reason: 'Ada told us by phone that her laptop was replaced.',
        },
      ],
    });

    // The pin moved: the old certificate is now the other one, and the new one needs no decision.
    const before = await dump(db);
    const back = await importBundle(db, await bundleAt(ada, 4), { now: LATER });
    expect(back).toMatchObject({
      ok: false,
      code: 'signer-changed',
      pinned: { fingerprint: fp(impostor) },
      incoming: { fingerprint: fp(ada), trusted: true },
    });
    expect(await dump(db)).toEqual(before);
    expect(await importBundle(db, await bundleAt(impostor, 4), { now: LATER })).toMatchObject({
      ok: true,
      value: { outcome: 'updated' },
    });
  });

  it('keeps an older revision by another trusted certificate as history with the decision, leaving the pin', async () => {
    const db = await seeded();
    await addTrustedSigner(
      db,
      impostor.certificate.pem,
      'Ada (old laptop)',
      impostor.certificate.fingerprint.compact,
      NOW,
    );
    const result = await importBundle(db, await bundleAt(impostor, 1, ['an old photo']), {
      now: LATER,
      keepOlderAsHistory: true,
      keyChange: decision({ reason: '' }),
    });
    expect(result).toMatchObject({ ok: true, value: { outcome: 'kept-as-history', revision: 1 } });
    expect(await db.revisions.get([SAMPLE_ID, 1])).toMatchObject({ signerFingerprint: fp(impostor) });
    const pin = await db.signerPins.get(SAMPLE_ID);
    expect(pin).toMatchObject({ fingerprint: fp(ada), pinnedAt: NOW.toISOString() });
    expect(pin?.changes).toEqual([
      expect.objectContaining({ kind: 'history', revision: 1, toFingerprint: fp(impostor), reason: '' }),
    ]);
  });

  it('still refuses an own-device assessment id from a bundle as local-conflict, whoever signed it', async () => {
    const db = await freshDb();
    const local = await createAssessment(
      db,
      { title: 'Local visit', siteName: 'Plant A', sector: 'energy' },
      { id: 'dhs-ai-rr-2024', version: '1.0.0' },
      'tester',
      NOW,
    );
    if (!local.ok) throw new Error(local.message);
    const before = await dump(db);
    const result = await importBundle(db, await bundleAt(impostor, 3, undefined, { id: local.value }), {
      now: NOW,
      keyChange: decision(),
    });
    expect(result).toMatchObject({ ok: false, code: 'local-conflict' });
    expect(await dump(db)).toEqual(before);
  });

  it('holds an import stored before pins existed to the signer of its stored revision', async () => {
    const db = await seeded();
    await db.signerPins.clear();
    const before = await dump(db);
    expect(await importBundle(db, await bundleAt(impostor, 3), { now: NOW })).toMatchObject({
      ok: false,
      code: 'signer-changed',
      pinned: { fingerprint: fp(ada) },
    });
    expect(await dump(db)).toEqual(before);
    expect(await importBundle(db, await bundleAt(ada, 3), { now: NOW })).toMatchObject({ ok: true });
    expect(await db.signerPins.get(SAMPLE_ID)).toMatchObject({
      fingerprint: fp(ada),
      firstFingerprint: fp(ada),
    });
  });
});
