/**
 * The requester's round trip with real bundles and real WebCrypto: sign and save a request (the row is
 * written only once the file is committed), answer it with the supplier-side builder, open and accept the
 * response; a tampered file, a stranger's response and a cancelled save each leave the database as it was.
 */
import { describe, expect, it } from 'vitest';
import { unzipSync, zipSync } from 'fflate';
import { localAssessment } from '../../storage/helpers/local-assessment';
import { dumpAll, SYSTEM } from '../../storage/helpers/supplier-fixtures';
import { makeSigner, type TestSigner } from '../../domain/import/helpers/test-bundle';
import { applyChange } from '../../../../renderer/src/storage/assessment-repository';
import { addItem } from '../../../../renderer/src/storage/content-binding';
import type { AirrDatabase } from '../../../../renderer/src/storage/database';
import { sendSupplierRequest } from '../../../../renderer/src/services/supplier-requests/send-request';
import {
  acceptOpenedResponse,
  openSupplierResponse,
} from '../../../../renderer/src/services/supplier-requests/open-response';
import { buildSupplierBundle } from '../../../../renderer/src/domain/supplier/supplier-bundle';
import { verifySupplierBundle } from '../../../../renderer/src/domain/supplier/verify-supplier-bundle';
import { proposeRequestItems } from '../../../../renderer/src/domain/supplier/request-items';
import { BUILT_IN_PACK } from '../../../../renderer/src/domain/framework/builtin-pack';
import type { IdentityRecord } from '../../../../renderer/src/domain/crypto/identity-record';
import type { SupplierResponseDocument } from '../../../../renderer/src/domain/supplier/supplier-documents';
import type { SupplierRequestRow } from '../../../../renderer/src/storage/supplier-rows';
import type { Platform, SaveOptions } from '../../../../renderer/src/platform';
import type { SealTarget } from '../../../../renderer/src/domain/bundle/seal';
import { success } from '../../../../renderer/src/domain/result';

type Saved = { options: SaveOptions; bytes: Uint8Array[]; committed: boolean };

function fakePlatform(cancel = false): { platform: Platform; saved: Saved[] } {
  const saved: Saved[] = [];
  const platform = {
    appInfo: () => ({ name: 'AIRR Assessor', version: '0.1.0', shell: 'browser' as const }),
    saveFile: (options: SaveOptions) => {
      if (cancel) return Promise.resolve(success(null));
      const file: Saved = { options, bytes: [], committed: false };
      saved.push(file);
      return Promise.resolve(
        success({
          write: (chunk: Uint8Array) => {
            file.bytes.push(chunk.slice());
            return Promise.resolve(success(undefined));
          },
          commit: () => {
            file.committed = true;
            return Promise.resolve(success(options.suggestedName));
          },
          abort: () => Promise.resolve(),
        }),
      );
    },
  } as unknown as Platform;
  return { platform, saved };
}

function identityOf(signer: TestSigner) {
  // Only what signing reads; the wrapped key of a stored identity is not involved.
  const record = {
    name: 'Ada Assessor',
    organization: 'Grid Co',
    email: 'ada@example.org',
    certificatePem: signer.certificate.pem,
    fingerprint: signer.certificate.fingerprint.compact,
  } as IdentityRecord;
  return { record, signingKey: signer.privateKey };
}

async function sent(db: AirrDatabase, id: string, requester: TestSigner) {
  const added = await applyChange(db, id, addItem('systems', SYSTEM), 'tester');
  if (!added.ok) throw new Error(added.message);
  const { platform, saved } = fakePlatform();
  const result = await sendSupplierRequest(db, {
    platform,
    assessmentId: id,
    signer: identityOf(requester),
    seal: null,
    draft: {
      supplier: { id: '12121212-1212-4121-8121-121212121212', name: 'Acme Models', contact: '' },
      role: 'AID',
      systemIds: [SYSTEM.id],
      items: proposeRequestItems(BUILT_IN_PACK, 'AID', []).slice(0, 2),
      dueDate: '2099-01-31',
      instructions: '',
    },
  });
  if (!result.ok) throw new Error(result.message);
  const row = await db.supplierRequests.get(result.value.requestId);
  if (!row) throw new Error('no row');
  const file = saved[0];
  if (!file) throw new Error('no file');
  return { row, file, result: result.value };
}

async function responseFile(
  row: SupplierRequestRow,
  supplier: TestSigner,
  patch: Partial<SupplierResponseDocument> = {},
  seal: SealTarget | null = null,
) {
  const bytes = new TextEncoder().encode('model card');
  const sha = Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)))
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('');
  const item = row.document.items[0];
  if (!item) throw new Error('no item');
  const response: SupplierResponseDocument = {
    format: 'airr-supplier-response',
    formatVersion: 1,
    id: crypto.randomUUID(),
    createdAt: '2030-01-10T10:00:00.000Z',
    request: { id: row.id, sumsSha256: row.sumsSha256, requesterFingerprint: row.signerFingerprint },
    supplierId: row.supplierId,
    contact: { name: 'Bo Builder', organization: 'Acme Models', contact: 'bo@acme.example' },
    answers: row.document.items.map((entry) => ({
      itemId: entry.id,
      status: 'implemented',
      narrative: 'Yes.',
    })),
    attachments: [
      { id: 'a1', itemId: item.id, name: 'card.txt', type: 'text/plain', size: bytes.length, sha256: sha },
    ],
    marking: row.document.marking,
    ...patch,
  };
  const built = await buildSupplierBundle({
    kind: 'supplier-response',
    request: { ...row.document, id: response.request.id },
    response,
    attachments: [{ sha256: sha, ext: 'txt', bytes }],
    signerCertificatePem: supplier.certificate.pem,
    signingKey: supplier.privateKey,
    appVersion: '0.1.0',
    seal,
  });
  if (!built.ok) throw new Error(built.message);
  return built.value.bytes;
}

const opened = (bytes: Uint8Array, name = 'acme-response.airr-response') => ({
  name,
  size: bytes.length,
  blob: new Blob([new Uint8Array(bytes)]),
});

describe('requester service', () => {
  it('saves a verifiable request file first and records it with the digest a response must quote', async () => {
    const { db, id } = await localAssessment();
    const requester = await makeSigner('Ada Assessor');
    const { row, file } = await sent(db, id, requester);
    expect(file.committed).toBe(true);
    expect(file.options.suggestedName).toMatch(
      /^plant-a-acme-models-request-\d{4}-\d{2}-\d{2}\.airr-request$/,
    );
    const verified = await verifySupplierBundle(
      new Blob(file.bytes.map((b) => new Uint8Array(b))),
      'supplier-request',
    );
    expect(verified.ok).toBe(true);
    if (!verified.ok) return;
    expect(verified.value.sumsSha256).toBe(row.sumsSha256);
    expect(verified.value.document).toEqual(row.document);
    expect(row).toMatchObject({
      assessmentId: id,
      signerFingerprint: requester.certificate.fingerprint.compact,
    });
  });

  it('records nothing when the save dialog is closed', async () => {
    const { db, id } = await localAssessment();
    const requester = await makeSigner();
    const { platform } = fakePlatform(true);
    const before = await dumpAll(db);
    const result = await sendSupplierRequest(db, {
      platform,
      assessmentId: id,
      signer: identityOf(requester),
      seal: null,
      draft: {
        supplier: { id: '12121212-1212-4121-8121-121212121212', name: 'Acme', contact: '' },
        role: 'CCP',
        systemIds: [],
        items: proposeRequestItems(BUILT_IN_PACK, 'CCP', []).slice(0, 1),
        dueDate: '2099-01-31',
        instructions: '',
      },
    });
    expect(result).toMatchObject({ ok: false, code: 'not-saved' });
    expect(await dumpAll(db)).toEqual(before);
  });

  it('opens, previews and accepts a real response, then refuses a tampered copy and a stranger with nothing changed', async () => {
    const { db, id } = await localAssessment();
    const requester = await makeSigner('Ada Assessor');
    const supplier = await makeSigner('Bo Builder');
    const { row } = await sent(db, id, requester);
    const bytes = await responseFile(row, supplier);

    const before = await dumpAll(db);
    // The supplier's answer changed after signing: response.json no longer matches SHA256SUMS.
    const files = unzipSync(bytes);
    const json = new TextDecoder().decode(files['response.json']);
    expect(json).toContain('Yes.');
    files['response.json'] = new TextEncoder().encode(json.replace('Yes.', 'No!'));
    const tampered = zipSync(files, { level: 0 });
    const refused = await openSupplierResponse(db, opened(tampered));
    // Re-zipped by another tool, it is refused at the ZIP level before its digests are even compared.
    expect(refused.ok).toBe(false);
    const stranger = await responseFile(row, supplier, {
      request: {
        id: crypto.randomUUID(),
        sumsSha256: row.sumsSha256,
        requesterFingerprint: row.signerFingerprint,
      },
    });
    expect(await openSupplierResponse(db, opened(stranger))).toMatchObject({
      ok: false,
      code: 'unknown-request',
    });
    expect(await dumpAll(db)).toEqual(before);

    const preview = await openSupplierResponse(db, opened(bytes));
    expect(preview).toMatchObject({
      ok: true,
      value: { preview: { firstResponse: true, trust: 'unknown' } },
    });
    if (!preview.ok) return;
    expect(preview.value.bundle.signer.fingerprint).toBe(supplier.certificate.fingerprint.compact);
    const accepted = await acceptOpenedResponse(db, preview.value, 'Ada');
    expect(accepted).toMatchObject({ ok: true, value: { status: 'accepted', attestations: 2 } });
    const evidence = await db.evidence.where('assessmentId').equals(id).toArray();
    expect(await evidence[0]?.blob.text()).toBe('model card');
  });

  it('opens a passphrase-sealed response only with its passphrase, refusing the wrong one with nothing changed', async () => {
    const { db, id } = await localAssessment();
    const requester = await makeSigner('Ada Assessor');
    const supplier = await makeSigner('Bo Builder');
    const { row } = await sent(db, id, requester);
    const passphrase = 'acme answers under seal';
    const bytes = await responseFile(row, supplier, {}, { passphrase });
    const file = opened(bytes, 'acme-response.airr-response.age');
    const before = await dumpAll(db);
    expect(await openSupplierResponse(db, file)).toMatchObject({ ok: false, code: 'key-required' });
    expect(await openSupplierResponse(db, file, { passphrase: 'not the passphrase at all' })).toMatchObject({
      ok: false,
      code: 'wrong-key',
    });
    expect(await dumpAll(db)).toEqual(before);
    const preview = await openSupplierResponse(db, file, { passphrase });
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.value.bundle.signer.fingerprint).toBe(supplier.certificate.fingerprint.compact);
    const accepted = await acceptOpenedResponse(db, preview.value, 'Ada');
    expect(accepted).toMatchObject({ ok: true, value: { status: 'accepted', attestations: 2 } });
    expect((await db.supplierResponses.toArray()).length).toBe(1);
  });

  it('refuses a response signed by another key than the one pinned for the supplier', async () => {
    const { db, id } = await localAssessment();
    const requester = await makeSigner('Ada Assessor');
    const supplier = await makeSigner('Bo Builder');
    const impostor = await makeSigner('Bo Builder');
    const { row } = await sent(db, id, requester);
    const first = await openSupplierResponse(db, opened(await responseFile(row, supplier)));
    if (!first.ok) throw new Error(first.message);
    await acceptOpenedResponse(db, first.value, 'Ada');
    const before = await dumpAll(db);
    const other = await openSupplierResponse(db, opened(await responseFile(row, impostor)));
    expect(other).toMatchObject({ ok: false, code: 'supplier-signer-changed' });
    if (!other.ok) expect(other.message).toContain('pinned at the first accepted response');
    expect(await dumpAll(db)).toEqual(before);
  });
});
