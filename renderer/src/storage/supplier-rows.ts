/**
 * Rows of the supplier hand-off tables (Dexie v9, migrations/009-supplier-tables.ts). The requester side keeps
 * the requests it sent, the responses it accepted and one signer pin per supplier; the supplier side keeps the
 * requests it received, with the draft answer and its attachments, until it sends a response. Each row has a
 * zod schema so restore (storage/backup) and every read can check it.
 */
import { z } from 'zod';
import {
  ResponseAnswer,
  SupplierParty,
  SupplierRequestDocument,
  SupplierResponseDocument,
  SupplierRole,
} from '../domain/supplier/supplier-documents';

const TIMESTAMP = z.iso.datetime({ offset: true });
const SHA256_HEX = z.string().regex(/^[0-9a-f]{64}$/);
const SHORT_TEXT = z.string().max(500);

/** Requester side: a request this device signed and exported. Key `id` (the request id). */
export const SupplierRequestRow = z.object({
  id: z.uuid(),
  assessmentId: z.uuid(),
  supplierId: z.uuid(),
  supplierName: SHORT_TEXT,
  role: SupplierRole,
  createdAt: TIMESTAMP,
  dueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** SHA-256 of the exported bundle's SHA256SUMS: a response must quote exactly this. */
  sumsSha256: SHA256_HEX,
  /** The requester certificate that signed it. */
  signerFingerprint: SHA256_HEX,
  document: SupplierRequestDocument,
  /** Set when a response to it was accepted (the latest one). */
  answeredAt: TIMESTAMP.optional(),
  responseIds: z.array(z.uuid()).max(100),
});
export type SupplierRequestRow = z.infer<typeof SupplierRequestRow>;

/** Requester side: the certificate a supplier's responses must be signed by, pinned at the first accepted one. */
export const SupplierPinRow = z.object({
  supplierId: z.uuid(),
  supplierName: SHORT_TEXT,
  fingerprint: SHA256_HEX,
  signerName: SHORT_TEXT,
  pinnedAt: TIMESTAMP,
  firstResponseId: z.uuid(),
});
export type SupplierPinRow = z.infer<typeof SupplierPinRow>;

/** Requester side: an accepted, verified response. Key `id` (the response id). */
export const SupplierResponseRow = z.object({
  id: z.uuid(),
  requestId: z.uuid(),
  assessmentId: z.uuid(),
  supplierId: z.uuid(),
  signerFingerprint: SHA256_HEX,
  signerName: SHORT_TEXT,
  /** SHA-256 of the response bundle's SHA256SUMS: the same bundle imported twice is recognized. */
  sumsSha256: SHA256_HEX,
  acceptedAt: TIMESTAMP,
  document: SupplierResponseDocument,
});
export type SupplierResponseRow = z.infer<typeof SupplierResponseRow>;

/** Supplier side: the answer being written, saved as the supplier types. */
export const SupplierDraft = z.object({
  contact: SupplierParty.partial({ name: true }).extend({ name: SHORT_TEXT }),
  answers: z.array(ResponseAnswer).max(500),
  updatedAt: TIMESTAMP,
});
export type SupplierDraft = z.infer<typeof SupplierDraft>;

/** Supplier side: a verified request this device received. Key `id` (the request id). */
export const SupplierInboxRow = z.object({
  id: z.uuid(),
  receivedAt: TIMESTAMP,
  requesterFingerprint: SHA256_HEX,
  requesterName: SHORT_TEXT,
  /** SHA-256 of the request bundle's SHA256SUMS, quoted back in the response. */
  sumsSha256: SHA256_HEX,
  document: SupplierRequestDocument,
  /** The request's readable request.pdf as it arrived. */
  pdf: z.instanceof(Blob).optional(),
  draft: SupplierDraft,
  /** Set each time a response is exported; the supplier can still change and send again. */
  respondedAt: TIMESTAMP.optional(),
  responseIds: z.array(z.uuid()).max(100),
});
export type SupplierInboxRow = z.infer<typeof SupplierInboxRow>;

/** Supplier side: one attachment of a draft answer. Key `id`; index `requestId`. */
export const SupplierAttachmentRow = z.object({
  id: z.string().min(1).max(100),
  requestId: z.uuid(),
  itemId: z.string().min(1).max(100),
  name: z.string().min(1).max(255),
  type: z.string().max(200),
  size: z.number().int().positive(),
  sha256: SHA256_HEX,
  blob: z.instanceof(Blob),
});
export type SupplierAttachmentRow = z.infer<typeof SupplierAttachmentRow>;
