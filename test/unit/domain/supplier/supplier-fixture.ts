// Supplier documents and bundles for the tests: a request with two items, a response with two attachments
// (one attached to both items), and real signers (non-extractable P-256 keys, self-signed certificates).
import { sha256 } from '@noble/hashes/sha2.js';
import { toHex, utf8 } from '../../../../renderer/src/domain/crypto/bytes';
import type {
  SupplierRequestDocument,
  SupplierResponseDocument,
} from '../../../../renderer/src/domain/supplier/supplier-documents';
import {
  buildSupplierBundle,
  type SupplierAttachmentFile,
} from '../../../../renderer/src/domain/supplier/supplier-bundle';
import { makeSigner, type TestSigner } from '../import/helpers/test-bundle';

export { makeSigner, type TestSigner };

export const REQUEST_ID = '4a7c1e9a-2b1d-4c6e-9f0a-1b2c3d4e5f60';
export const RESPONSE_ID = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a';
export const SUPPLIER_ID = '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0';

export function requestDocument(overrides: Partial<SupplierRequestDocument> = {}): SupplierRequestDocument {
  return {
    format: 'airr-supplier-request',
    formatVersion: 1,
    id: REQUEST_ID,
    createdAt: '2026-03-01T09:30:00.000Z',
    dueDate: '2026-03-31',
    assessmentId: '11111111-2222-4333-8444-555555555555',
    siteName: 'Riverside Water Treatment Plant',
    pack: { id: 'dhs-ai-rr-2024', version: '1.0.0' },
    requester: { name: 'Dana Whitfield', organization: 'State Water Authority', contact: 'dana@example.org' },
    supplier: { id: SUPPLIER_ID, name: 'Northwind Cloud', contact: 'security@northwind.example' },
    role: 'CCP',
    systems: [
      { id: 'sys-1', name: 'Chlorine dosing forecaster', model: 'Forecast', modelVersion: '2.1' },
      { id: 'sys-2', name: 'Leak detection' },
    ],
    items: [
      {
        id: 'item-1',
        practiceId: 'CCP-SE-1',
        question: 'How do you isolate tenants that run the dosing forecaster?',
        evidenceRequested: 'Architecture diagram and the latest penetration test summary.',
        systemIds: ['sys-1'],
      },
      {
        id: 'item-2',
        question: 'Who is notified, and how fast, when an incident affects our systems?',
        evidenceRequested: '',
        systemIds: [],
      },
    ],
    instructions: 'Answer each item and attach what you can share under TLP:AMBER.',
    marking: { tlp: 'TLP:AMBER', text: 'Share with the water sector only' },
    ...overrides,
  };
}

export const ATTACHMENT_TEXTS = ['architecture diagram (PNG stand-in)', 'pen test summary'];

export function attachmentFiles(): (SupplierAttachmentFile & { name: string })[] {
  return ATTACHMENT_TEXTS.map((text, index) => {
    const bytes = utf8(text);
    return { sha256: toHex(sha256(bytes)), ext: index === 0 ? 'png' : 'pdf', bytes, name: `file-${index}` };
  });
}

export function responseDocument(
  sumsSha256: string,
  requesterFingerprint: string,
  overrides: Partial<SupplierResponseDocument> = {},
): SupplierResponseDocument {
  const [diagram, pentest] = attachmentFiles();
  if (!diagram || !pentest) throw new Error('fixture');
  return {
    format: 'airr-supplier-response',
    formatVersion: 1,
    id: RESPONSE_ID,
    createdAt: '2026-03-20T15:00:00.000Z',
    request: { id: REQUEST_ID, sumsSha256, requesterFingerprint },
    supplierId: SUPPLIER_ID,
    contact: { name: 'Sam Ortiz', organization: 'Northwind Cloud', contact: 'sam@northwind.example' },
    answers: [
      {
        itemId: 'item-1',
        status: 'implemented',
        narrative: 'Each tenant runs in its own VPC with separate keys.',
      },
      {
        itemId: 'item-2',
        status: 'partial',
        narrative: 'Within 24 hours by email; a phone tree is planned.',
      },
    ],
    attachments: [
      {
        id: 'att-1',
        itemId: 'item-1',
        name: 'diagram.png',
        type: 'image/png',
        size: diagram.bytes.length,
        sha256: diagram.sha256,
      },
      {
        id: 'att-2',
        itemId: 'item-1',
        name: 'pentest.pdf',
        type: 'application/pdf',
        size: pentest.bytes.length,
        sha256: pentest.sha256,
      },
      {
        id: 'att-3',
        itemId: 'item-2',
        name: 'diagram again.png',
        type: 'image/png',
        size: diagram.bytes.length,
        sha256: diagram.sha256,
      },
    ],
    marking: { tlp: 'TLP:AMBER', text: 'Share with the water sector only' },
    ...overrides,
  };
}

export function signerInput(signer: TestSigner) {
  return { signerCertificatePem: signer.certificate.pem, signingKey: signer.privateKey, appVersion: '0.1.0' };
}

/** A signed request bundle by `requester`. */
export async function requestBundle(requester: TestSigner, request = requestDocument()) {
  const built = await buildSupplierBundle({ kind: 'supplier-request', request, ...signerInput(requester) });
  if (!built.ok) throw new Error(built.message);
  return built.value;
}

/** A signed response bundle by `supplier`, bound to a request bundle by `requester`. */
export async function responseBundle(requester: TestSigner, supplier: TestSigner) {
  const request = await requestBundle(requester);
  const response = responseDocument(request.sumsSha256, requester.certificate.fingerprint.compact);
  const built = await buildSupplierBundle({
    kind: 'supplier-response',
    request: requestDocument(),
    response,
    attachments: attachmentFiles(),
    ...signerInput(supplier),
  });
  if (!built.ok) throw new Error(built.message);
  return { request, response: built.value, document: response };
}
