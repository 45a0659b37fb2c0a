import { applyChange, getContent } from '../../../../renderer/src/storage/assessment-repository';
import { addItem } from '../../../../renderer/src/storage/content-binding';
import type { AirrDatabase } from '../../../../renderer/src/storage/database';
import { saveSentRequest } from '../../../../renderer/src/storage/supplier-request-repository';
import type { SupplierRequestRow } from '../../../../renderer/src/storage/supplier-rows';
import type { VerifiedResponse } from '../../../../renderer/src/storage/supplier-response-repository';
import { buildRequestDocument } from '../../../../renderer/src/domain/supplier/request-document';
import { proposeRequestItems } from '../../../../renderer/src/domain/supplier/request-items';
import { BUILT_IN_PACK } from '../../../../renderer/src/domain/framework/builtin-pack';
import type { AiSystem } from '../../../../renderer/src/domain/assessment/model';
import type { SupplierResponseDocument } from '../../../../renderer/src/domain/supplier/supplier-documents';

export const REQUESTER_FP = 'a'.repeat(64);
export const SUPPLIER_FP = 'b'.repeat(64);
export const OTHER_FP = 'c'.repeat(64);
export const SUPPLIER_ID = '11111111-1111-4111-8111-111111111111';
export const REQUEST_SUMS = 'd'.repeat(64);

export const SYSTEM: AiSystem = {
  id: 'sys-1',
  name: 'Leak detector',
  supplier: 'Acme Models',
  purpose: '',
  criticality: 'high',
  autonomy: 'advisory',
  connectivity: 'isolated',
  dataUsed: '',
  notes: '',
};

/** A request for the assessment's one system, recorded as sent; its first two AID practices as items. */
export async function sentRequest(db: AirrDatabase, assessmentId: string): Promise<SupplierRequestRow> {
  const added = await applyChange(db, assessmentId, addItem('systems', SYSTEM), 'tester');
  if (!added.ok) throw new Error(added.message);
  const content = await getContent(db, assessmentId);
  if (!content) throw new Error('no content');
  const items = proposeRequestItems(BUILT_IN_PACK, 'AID', [SYSTEM.id]).slice(0, 2);
  items.push({ id: 'own-1', question: 'Who signs off model updates?', evidenceRequested: '', systemIds: [] });
  const document = buildRequestDocument({
    id: '22222222-2222-4222-8222-222222222222',
    createdAt: '2030-01-01T09:00:00.000Z',
    assessmentId,
    content,
    pack: { id: 'dhs-ai-rr-2024', version: '1.0.0' },
    requester: { name: 'Ada Assessor', organization: 'Grid Co', contact: 'ada@example.org' },
    draft: {
      supplier: { id: SUPPLIER_ID, name: 'Acme Models', contact: '' },
      role: 'AID',
      systemIds: [SYSTEM.id],
      items,
      dueDate: '2030-02-01',
      instructions: 'Answer by February.',
    },
  });
  if (!document.ok) throw new Error(document.message);
  const row: SupplierRequestRow = {
    id: document.value.id,
    assessmentId,
    supplierId: SUPPLIER_ID,
    supplierName: 'Acme Models',
    role: 'AID',
    createdAt: document.value.createdAt,
    dueDate: document.value.dueDate,
    sumsSha256: REQUEST_SUMS,
    signerFingerprint: REQUESTER_FP,
    document: document.value,
    responseIds: [],
  };
  const saved = await saveSentRequest(db, row);
  if (!saved.ok) throw new Error(saved.message);
  return row;
}

const FILE = new Uint8Array([1, 2, 3, 4]);
export const FILE_SHA = '9f64a747e1b97f131fabb6b447296c9b6f0201e79fb3c5356e6c77e89b6a806a';

/** A verified response answering every item of the request; the first item carries one attachment. */
export function responseTo(
  request: SupplierRequestRow,
  overrides: Partial<SupplierResponseDocument> = {},
  signer = { fingerprint: SUPPLIER_FP, name: 'Bo Builder' },
  id = '33333333-3333-4333-8333-333333333333',
): VerifiedResponse {
  const items = request.document.items;
  const document: SupplierResponseDocument = {
    format: 'airr-supplier-response',
    formatVersion: 1,
    id,
    createdAt: '2030-01-10T10:00:00.000Z',
    request: { id: request.id, sumsSha256: request.sumsSha256, requesterFingerprint: REQUESTER_FP },
    supplierId: SUPPLIER_ID,
    contact: { name: 'Bo Builder', organization: 'Acme Models', contact: 'bo@acme.example' },
    answers: items.map((item, index) => ({
      itemId: item.id,
      status: index === 0 ? 'implemented' : 'partial',
      narrative: `Answer ${index + 1}`,
    })),
    attachments: [
      {
        id: 'att-1',
        itemId: items[0]?.id ?? '',
        name: 'model-card.txt',
        type: 'text/plain',
        size: FILE.length,
        sha256: FILE_SHA,
      },
    ],
    marking: { tlp: 'TLP:AMBER', text: '' },
    ...overrides,
  };
  return {
    document,
    sumsSha256: id.replace(/-/g, '').slice(0, 32).padEnd(64, 'e'),
    signer,
    attachments: [{ sha256: FILE_SHA, blob: new Blob([FILE]) }],
  };
}

/** Every table of the database, for "nothing changed" assertions. */
export async function dumpAll(db: AirrDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    const rows = await table.toArray();
    out[table.name] = rows.map((row: unknown): unknown =>
      JSON.parse(
        JSON.stringify(row, (_key, value: unknown) => (value instanceof Blob ? `blob:${value.size}` : value)),
      ),
    );
  }
  return out;
}
