/**
 * A library with a row in every table that the table's schema accepts (storage/backup/row-schemas.ts): what a
 * real device could hold, for backup and restore tests. Blobs carry every byte value.
 */
import type { AirrDatabase } from '../../../../renderer/src/storage/database';
import { getContent, getHeader } from '../../../../renderer/src/storage/assessment-repository';
import type { IdentityRecord } from '../../../../renderer/src/domain/crypto/identity-record';
import { localAssessment } from './local-assessment';
import { makePackV2 } from '../../../fixtures/packs/pack-v2';

const AT = '2030-01-02T03:04:05.000Z';
const HEX = (c: string) => c.repeat(64);
const REQUEST_ID = '0b9f3c1e-1d2a-4b5c-8d6e-7f8091a2b3c4';
const SUPPLIER_ID = '1c0a4d2f-2e3b-4c6d-9e7f-8091a2b3c4d5';
const RESPONSE_ID = '2d1b5e30-3f4c-4d7e-8f80-91a2b3c4d5e6';
const INBOX_ID = '3e2c6f41-4051-4e8f-9091-a2b3c4d5e6f7';
const IMPORTED_ID = '4f3d7052-5162-4f90-a1a2-b3c4d5e6f708';

export const bytesBlob = (values: number[], type: string): Blob =>
  new Blob([new Uint8Array(values)], { type });

/** `identity` is stored as the profile's identity (create one with backupSigner). */
export async function validLibrary(identity: IdentityRecord): Promise<{ db: AirrDatabase; id: string }> {
  const { db, id } = await localAssessment();
  await db.identities.put({ id: identity.id, record: identity, createdAt: identity.createdAt });
  const header = await getHeader(db, id);
  const content = await getContent(db, id);
  if (!header || !content) throw new Error('the assessment was not stored');
  const all = Array.from({ length: 256 }, (_, i) => i);
  const add = (name: string, row: object): Promise<unknown> => db.table(name).put(row);
  const pack = { id: header.packId, version: header.packVersion };
  const marking = { tlp: 'TLP:AMBER', text: '' };
  const request = {
    format: 'airr-supplier-request',
    formatVersion: 1,
    id: REQUEST_ID,
    createdAt: AT,
    dueDate: '2030-02-01',
    assessmentId: IMPORTED_ID,
    siteName: 'Plant A',
    pack,
    requester: { name: 'Ada', organization: 'Harbor Grid', contact: 'ada@example.org' },
    supplier: { id: SUPPLIER_ID, name: 'Cloud Co', contact: '' },
    role: 'CCP',
    systems: [],
    items: [{ id: 'i1', question: 'How are models isolated?', evidenceRequested: '', systemIds: [] }],
    instructions: '',
    marking,
  };
  const journalEntry = {
    seq: 1,
    at: AT,
    actor: 'tester',
    field: 'title',
    oldValue: 'Visit',
    newValue: 'Visit 2',
    prevHash: HEX('0'),
    hash: HEX('1'),
  };
  await add('journal', { assessmentId: id, ...journalEntry });
  await add('evidence', {
    id: 'ev-1',
    assessmentId: id,
    practiceId: 'CIO-SE-1',
    name: 'photo.png',
    type: 'image/png',
    size: 256,
    sha256: HEX('2'),
    capturedAt: AT,
    blob: bytesBlob(all, 'image/png'),
    crc32: 0xdeadbeef,
  });
  await add('recipients', { id: 'r1', label: 'SOC', recipient: `age1${'q'.repeat(58)}`, addedAt: AT });
  await add('trustedSigners', {
    fingerprint: HEX('f'),
    label: 'Bob',
    certificatePem: '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n',
    subjectName: 'Bob',
    addedAt: AT,
  });
  await add('revisions', {
    assessmentId: IMPORTED_ID,
    revision: 1,
    document: {
      format: 'airr-assessment',
      formatVersion: 1,
      id: IMPORTED_ID,
      revision: 1,
      createdAt: AT,
      updatedAt: AT,
      pack,
      content,
      evidence: [],
      journal: [journalEntry],
    },
    signerFingerprint: HEX('f'),
    importedAt: AT,
    bundleDigest: HEX('d'),
  });
  await add('reports', {
    assessmentId: id,
    revision: 1,
    pdf: bytesBlob([37, 80, 68, 70], 'application/pdf'),
  });
  await add('remediation', {
    assessmentId: id,
    updatedAt: AT,
    findingId: 'F1',
    owner: 'Eve',
    status: 'in-progress',
    originalDueDate: '2030-03-01',
    adjustedDueDate: '',
    milestones: [{ id: 'm1', date: '', description: 'Patch', done: false }],
    justification: '',
    approver: '',
    supplier: '',
    verifiedBy: '',
    closureEvidence: [],
    note: '',
  });
  await add('remediationJournal', { assessmentId: id, ...journalEntry });
  await add('remediationEvidence', {
    id: 're-1',
    assessmentId: id,
    findingId: 'F1',
    name: 'fix.log',
    type: '',
    size: 256,
    sha256: HEX('3'),
    capturedAt: AT,
    blob: bytesBlob([...all].reverse(), ''),
  });
  await add('signerPins', {
    assessmentId: IMPORTED_ID,
    fingerprint: HEX('f'),
    signerName: 'Bob',
    pinnedAt: AT,
    firstFingerprint: HEX('f'),
    firstName: 'Bob',
    changes: [],
  });
  await add('supplierRequests', {
    id: REQUEST_ID,
    assessmentId: IMPORTED_ID,
    supplierId: SUPPLIER_ID,
    supplierName: 'Cloud Co',
    role: 'CCP',
    createdAt: AT,
    dueDate: '2030-02-01',
    sumsSha256: HEX('e'),
    signerFingerprint: HEX('a'),
    document: request,
    responseIds: [RESPONSE_ID],
  });
  await add('supplierResponses', {
    id: RESPONSE_ID,
    requestId: REQUEST_ID,
    assessmentId: IMPORTED_ID,
    supplierId: SUPPLIER_ID,
    signerFingerprint: HEX('b'),
    signerName: 'Cloud Co signer',
    sumsSha256: HEX('c'),
    acceptedAt: AT,
    document: {
      format: 'airr-supplier-response',
      formatVersion: 1,
      id: RESPONSE_ID,
      createdAt: AT,
      request: { id: REQUEST_ID, sumsSha256: HEX('e'), requesterFingerprint: HEX('a') },
      supplierId: SUPPLIER_ID,
      contact: { name: 'Cy', organization: 'Cloud Co', contact: '' },
      answers: [{ itemId: 'i1', status: 'implemented', narrative: 'Separate tenants.' }],
      attachments: [],
      marking,
    },
  });
  await add('supplierPins', {
    supplierId: SUPPLIER_ID,
    supplierName: 'Cloud Co',
    fingerprint: HEX('b'),
    signerName: 'Cloud Co signer',
    pinnedAt: AT,
    firstResponseId: RESPONSE_ID,
  });
  await add('supplierInbox', {
    id: INBOX_ID,
    receivedAt: AT,
    requesterFingerprint: HEX('a'),
    requesterName: 'Ada',
    sumsSha256: HEX('e'),
    document: { ...request, id: INBOX_ID },
    pdf: bytesBlob([37, 80], 'application/pdf'),
    draft: { contact: { name: '', organization: '', contact: '' }, answers: [], updatedAt: AT },
    responseIds: [],
  });
  await add('supplierAttachments', {
    id: 'at-1',
    requestId: INBOX_ID,
    itemId: 'i1',
    name: 'notes.txt',
    type: 'text/plain',
    size: 256,
    sha256: HEX('4'),
    // The same bytes as the evidence photo under another media type: stored once, restored with each type.
    blob: bytesBlob(all, 'text/plain'),
  });
  const packV2 = makePackV2();
  await add('packs', {
    id: packV2.id,
    version: packV2.version,
    pack: packV2,
    packSha256: HEX('5'),
    signature: { kind: 'unsigned' },
    installedAt: AT,
  });
  const handedOut = await db.contents.get(id);
  await add('workPackages', {
    packageId: '7d3e9b0a-2c41-4f6e-8a5d-1b2c3d4e5f60',
    assessmentId: id,
    side: 'lead',
    baseHead: HEX('6'),
    leadFingerprint: identity.fingerprint,
    assigneeFingerprint: HEX('7'),
    assigneeName: 'Sam Assessor',
    scope: { areas: ['SE', 'DD'] },
    state: 'handed-out',
    createdAt: AT,
    base: { content: handedOut?.content, evidence: [] },
    mergedReturns: [HEX('8')],
  });
  return { db, id };
}
