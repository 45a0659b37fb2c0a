import { describe, expect, it } from 'vitest';
import { localAssessment } from './helpers/local-assessment';
import {
  dumpAll,
  FILE_SHA,
  OTHER_FP,
  responseTo,
  sentRequest,
  SUPPLIER_FP,
} from './helpers/supplier-fixtures';
import {
  acceptSupplierResponse,
  previewSupplierResponse,
} from '../../../renderer/src/storage/supplier-response-repository';
import { getContent, getJournal } from '../../../renderer/src/storage/assessment-repository';
import { verifyJournal } from '../../../renderer/src/domain/journal/journal';
import { knownSuppliers } from '../../../renderer/src/storage/supplier-request-repository';

describe('supplier response repository', () => {
  it('accepts a bound response in one go: response, pin, request, evidence and attestations', async () => {
    const { db, id } = await localAssessment();
    const request = await sentRequest(db, id);
    const verified = responseTo(request);
    const preview = await previewSupplierResponse(db, verified);
    expect(preview).toMatchObject({ ok: true, value: { firstResponse: true, trust: 'unknown' } });

    const accepted = await acceptSupplierResponse(db, verified, 'Ada Assessor');
    expect(accepted).toMatchObject({ ok: true, value: { status: 'accepted', attestations: 3 } });

    expect(await db.supplierResponses.get(verified.document.id)).toMatchObject({
      requestId: request.id,
      signerFingerprint: SUPPLIER_FP,
    });
    expect(await db.supplierPins.get(request.supplierId)).toMatchObject({
      fingerprint: SUPPLIER_FP,
      firstResponseId: verified.document.id,
    });
    expect(await db.supplierRequests.get(request.id)).toMatchObject({ responseIds: [verified.document.id] });
    const evidence = await db.evidence.where('assessmentId').equals(id).toArray();
    expect(evidence).toHaveLength(1);
    expect(evidence[0]).toMatchObject({
      sha256: FILE_SHA,
      practiceId: request.document.items[0]?.practiceId,
    });

    const content = await getContent(db, id);
    const attestations = content?.supplierAttestations ?? [];
    expect(attestations.map((a) => a.status)).toEqual(['implemented', 'partial', 'partial']);
    expect(attestations[0]).toMatchObject({
      supplier: { name: 'Acme Models' },
      signer: { fingerprint: SUPPLIER_FP, name: 'Bo Builder' },
      trust: 'unknown',
      evidenceIds: [evidence[0]?.id],
      systemIds: ['sys-1'],
      contact: 'Bo Builder, Acme Models, bo@acme.example',
    });
    // The assessor's own answers are untouched.
    expect(content?.answers).toEqual({});
    const journal = await getJournal(db, id);
    expect(journal.at(-1)?.field).toBe(`supplierAttestations.${verified.document.id}`);
    expect(verifyJournal(journal).ok).toBe(true);
    expect(await knownSuppliers(db)).toEqual([{ id: request.supplierId, name: 'Acme Models' }]);
  });

  it('recognizes the same response a second time and changes nothing', async () => {
    const { db, id } = await localAssessment();
    const request = await sentRequest(db, id);
    const verified = responseTo(request);
    await acceptSupplierResponse(db, verified, 'Ada');
    const before = await dumpAll(db);
    const again = await previewSupplierResponse(db, verified);
    const stored = await db.supplierResponses.get(verified.document.id);
    expect(again.ok && again.value.alreadyAcceptedAt).toBe(stored?.acceptedAt);

    expect(await acceptSupplierResponse(db, verified, 'Ada')).toMatchObject({
      ok: true,
      value: { status: 'already-accepted' },
    });
    expect(await dumpAll(db)).toEqual(before);
  });

  it('refuses a response to a request this device did not send, changing nothing', async () => {
    const { db, id } = await localAssessment();
    const request = await sentRequest(db, id);
    const stranger = responseTo({ ...request, id: '44444444-4444-4444-8444-444444444444' });
    const before = await dumpAll(db);
    expect(await previewSupplierResponse(db, stranger)).toMatchObject({ ok: false, code: 'unknown-request' });
    expect(await acceptSupplierResponse(db, stranger, 'Ada')).toMatchObject({
      ok: false,
      code: 'unknown-request',
    });
    expect(await dumpAll(db)).toEqual(before);
  });

  it('refuses a response quoting another request digest, requester or supplier', async () => {
    const { db, id } = await localAssessment();
    const request = await sentRequest(db, id);
    const before = await dumpAll(db);
    const cases = [
      [responseTo({ ...request, sumsSha256: 'f'.repeat(64) }), 'request-digest-mismatch'],
      [
        responseTo(request, {
          request: { id: request.id, sumsSha256: request.sumsSha256, requesterFingerprint: OTHER_FP },
        }),
        'requester-mismatch',
      ],
      [responseTo(request, { supplierId: '55555555-5555-4555-8555-555555555555' }), 'supplier-mismatch'],
    ] as const;
    for (const [verified, code] of cases)
      expect(await acceptSupplierResponse(db, verified, 'Ada')).toMatchObject({ ok: false, code });
    expect(await dumpAll(db)).toEqual(before);
  });

  it('refuses a later response signed by another key than the pinned one, naming whose key was expected', async () => {
    const { db, id } = await localAssessment();
    const request = await sentRequest(db, id);
    await acceptSupplierResponse(db, responseTo(request), 'Ada');
    const before = await dumpAll(db);
    const impostor = responseTo(
      request,
      {},
      { fingerprint: OTHER_FP, name: 'Bo Builder' },
      '66666666-6666-4666-8666-666666666666',
    );
    const refused = await acceptSupplierResponse(db, impostor, 'Ada');
    expect(refused).toMatchObject({ ok: false, code: 'supplier-signer-changed' });
    if (!refused.ok)
      expect(refused.message).toContain('signed by Bo Builder (certificate bbbbbbbb…bbbbbbbb)');
    expect(await dumpAll(db)).toEqual(before);
  });

  it('accepts a later response by the pinned signer and marks it pinned', async () => {
    const { db, id } = await localAssessment();
    const request = await sentRequest(db, id);
    await acceptSupplierResponse(db, responseTo(request), 'Ada');
    const second = responseTo(request, {}, undefined, '77777777-7777-4777-8777-777777777777');
    expect(await previewSupplierResponse(db, second)).toMatchObject({
      ok: true,
      value: { firstResponse: false, trust: 'pinned' },
    });
    expect(await acceptSupplierResponse(db, second, 'Ada')).toMatchObject({ ok: true });
    const content = await getContent(db, id);
    expect(content?.supplierAttestations).toHaveLength(6);
    // The file came again on the same practice: one evidence entry, referenced by both.
    expect(await db.evidence.where('assessmentId').equals(id).count()).toBe(1);
    expect((await db.supplierRequests.get(request.id))?.responseIds).toHaveLength(2);
  });
});
