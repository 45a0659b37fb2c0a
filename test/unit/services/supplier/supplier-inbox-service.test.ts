// The supplier side end to end below the screens: open (verify first), add, draft, attach, sign and save; and
// that a refused or repeated request changes nothing stored.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { utf8 } from '../../../../renderer/src/domain/crypto/bytes';
import { verifySupplierBundle } from '../../../../renderer/src/domain/supplier/verify-supplier-bundle';
import type { OpenedFile } from '../../../../renderer/src/platform';
import {
  addToInbox,
  attachFile,
  previewRequest,
  sendResponse,
} from '../../../../renderer/src/services/supplier/supplier-inbox-service';
import { openDatabase, type AirrDatabase } from '../../../../renderer/src/storage/database';
import {
  listInbox,
  listInboxAttachments,
  saveInboxDraft,
} from '../../../../renderer/src/storage/supplier-inbox-repository';
import { makeSigner, requestBundle, requestDocument } from '../../domain/supplier/supplier-fixture';
import { run, tempDir } from '../../domain/crypto/stock-tools';
import { buildSupplierBundle } from '../../../../renderer/src/domain/supplier/supplier-bundle';
import { fakePlatform, joined } from '../export/fake-platform';

const requester = await makeSigner('Dana Whitfield');
const supplier = await makeSigner('Sam Ortiz');
const request = await requestBundle(requester);
let counter = 0;

async function freshDb(): Promise<AirrDatabase> {
  const db = openDatabase(`airr-supplier-inbox-${++counter}-${Date.now()}`);
  await db.open();
  return db;
}

function picked(name: string, bytes: Uint8Array): OpenedFile {
  return { name, size: bytes.length, blob: new Blob([new Uint8Array(bytes)]) };
}

async function dump(db: AirrDatabase) {
  return { inbox: await db.supplierInbox.toArray(), files: await db.supplierAttachments.toArray() };
}

describe('supplier inbox service', () => {
  it('opens a request sealed to its age key only with that key, and stores nothing while refusing', async () => {
    const temp = tempDir('inbox-sealed');
    try {
      run('age-keygen', ['-o', temp.path('mine.txt')]);
      run('age-keygen', ['-o', temp.path('other.txt')]);
      const recipient = run('age-keygen', ['-y', temp.path('mine.txt')]).stdout.trim();
      const secret = (name: string) => run('grep', ['^AGE-SECRET-KEY-1', temp.path(name)]).stdout.trim();
      const built = await buildSupplierBundle({
        kind: 'supplier-request',
        request: requestDocument(),
        signerCertificatePem: requester.certificate.pem,
        signingKey: requester.privateKey,
        appVersion: '0.1.0',
        seal: { recipients: [recipient] },
      });
      if (!built.ok) throw new Error(built.message);
      expect(built.value.sealed).toBe(true);
      const db = await freshDb();
      const file = picked('r.airr-request.age', built.value.bytes);
      expect(await previewRequest(db, file)).toMatchObject({ ok: false, code: 'key-required' });
      expect(await previewRequest(db, file, { identity: secret('other.txt') })).toMatchObject({
        ok: false,
        code: 'wrong-key',
      });
      expect(await dump(db)).toEqual({ inbox: [], files: [] });
      const preview = await previewRequest(db, file, { identity: secret('mine.txt') });
      if (!preview.ok) throw new Error(preview.message);
      expect(preview.value.verified.document.id).toBe(requestDocument().id);
      expect(preview.value.verified.sumsSha256).toBe(built.value.sumsSha256);
    } finally {
      temp.remove();
    }
  });

  it('opens, adds, answers and sends a response bound to the request', async () => {
    const db = await freshDb();
    const preview = await previewRequest(db, picked('r.airr-request', request.bytes));
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.value).toMatchObject({ trusted: false, alreadyReceived: false });
    expect(await listInbox(db)).toEqual([]); // nothing stored by looking
    const added = await addToInbox(db, preview.value.verified);
    if (!added.ok) throw new Error(added.message);

    const draft = {
      contact: { name: 'Sam Ortiz', organization: 'Northwind Cloud', contact: 'sam@northwind.example' },
      answers: [{ itemId: 'item-2', status: 'partial' as const, narrative: 'Within a day.' }],
      updatedAt: '2026-03-10T10:00:00.000Z',
    };
    expect((await saveInboxDraft(db, added.value.id, draft)).ok).toBe(true);
    const attached = await attachFile(db, added.value.id, 'item-2', picked('Runbook.PDF', utf8('runbook')));
    expect(attached.ok).toBe(true);
    expect(await listInboxAttachments(db, added.value.id)).toHaveLength(1);

    const { platform, saved } = fakePlatform();
    const signer = {
      record: { certificatePem: supplier.certificate.pem } as never,
      signingKey: supplier.privateKey,
    };
    const now = new Date('2026-03-20T15:00:00.000Z');
    const sent = await sendResponse(db, { platform, requestId: added.value.id, signer, seal: null, now });
    if (!sent.ok) throw new Error(sent.message);
    expect(sent.value.name).toBe('northwind-cloud-response-2026-03-20.airr-response');
    expect(saved[0]?.state).toBe('committed');

    const verdict = await verifySupplierBundle(joined(saved[0]!), 'supplier-response');
    if (!verdict.ok) throw new Error(verdict.message);
    expect(verdict.value.document.request).toEqual({
      id: requestDocument().id,
      sumsSha256: request.sumsSha256,
      requesterFingerprint: requester.certificate.fingerprint.compact,
    });
    // Every item is in the response; the one left alone says so.
    expect(verdict.value.document.answers).toEqual([
      { itemId: 'item-1', status: 'not-assessed', narrative: '' },
      { itemId: 'item-2', status: 'partial', narrative: 'Within a day.' },
    ]);
    expect(verdict.value.attachments.map((a) => a.ext)).toEqual(['pdf']);
    const [row] = await listInbox(db);
    expect(row?.respondedAt).toBe(now.toISOString());
    expect(row?.responseIds).toEqual([verdict.value.document.id]);
  });

  it('stores nothing for a refused file, and does not replace a request already received', async () => {
    const db = await freshDb();
    const tampered = request.bytes.slice();
    tampered[200] = (tampered[200] ?? 0) ^ 0xff;
    const before = await dump(db);
    const refused = await previewRequest(db, picked('bad.airr-request', tampered));
    expect(refused.ok).toBe(false);
    expect(await dump(db)).toEqual(before);

    const preview = await previewRequest(db, picked('r.airr-request', request.bytes));
    if (!preview.ok) throw new Error(preview.message);
    expect((await addToInbox(db, preview.value.verified)).ok).toBe(true);
    await saveInboxDraft(db, requestDocument().id, {
      contact: { name: 'Sam', organization: '', contact: '' },
      answers: [],
      updatedAt: '2026-03-10T10:00:00.000Z',
    });
    const again = await previewRequest(db, picked('r.airr-request', request.bytes));
    expect(again.ok && again.value.alreadyReceived).toBe(true);
    const stored = await dump(db);
    const repeated = again.ok ? await addToInbox(db, again.value.verified) : null;
    expect(repeated?.ok || repeated?.code).toBe('already-received');
    expect(await dump(db)).toEqual(stored);
  });

  it('refuses to sign without a named contact', async () => {
    const db = await freshDb();
    const preview = await previewRequest(db, picked('r.airr-request', request.bytes));
    if (!preview.ok) throw new Error(preview.message);
    await addToInbox(db, preview.value.verified);
    const { platform, saved } = fakePlatform();
    const signer = {
      record: { certificatePem: supplier.certificate.pem } as never,
      signingKey: supplier.privateKey,
    };
    const sent = await sendResponse(db, { platform, requestId: requestDocument().id, signer, seal: null });
    expect(sent.ok || sent.code).toBe('contact-missing');
    expect(saved).toEqual([]);
  });
});
