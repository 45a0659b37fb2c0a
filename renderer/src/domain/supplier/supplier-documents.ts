/**
 * The supplier hand-off (issue 15): an assessor asks a supplier (a cloud/compute provider or an AI developer)
 * to answer the framework practices of its role for the AI systems it supplies, in a signed *request bundle*;
 * the supplier answers in the same app and returns a signed *response bundle* bound to that request. These are
 * the two documents those bundles carry (request.json, response.json). Every string and list is bounded, so
 * the verifier can only accept what storage can hold and the screens can show.
 */
import { z } from 'zod';
import { AnswerStatus, Marking, PackRef } from '../assessment/model';

export const SUPPLIER_REQUEST_FORMAT_ID = 'airr-supplier-request';
export const SUPPLIER_RESPONSE_FORMAT_ID = 'airr-supplier-response';
export const SUPPLIER_DOCUMENT_FORMAT_VERSION = 1;

/** The framework roles a supplier can hold for the systems it supplies. */
export const SUPPLIER_ROLES = ['CCP', 'AID'] as const;
export const SupplierRole = z.enum(SUPPLIER_ROLES);
export type SupplierRole = z.infer<typeof SupplierRole>;

export const SUPPLIER_LIMITS = {
  items: 500,
  systems: 500,
  attachments: 1_000,
} as const;

const ID = z.string().min(1).max(100);
const SHORT_TEXT = z.string().max(500);
const LONG_TEXT = z.string().max(20_000);
const TIMESTAMP = z.iso.datetime({ offset: true });
const DATE = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const SHA256_HEX = z.string().regex(/^[0-9a-f]{64}$/);
const ID_LIST = z.array(ID).max(SUPPLIER_LIMITS.systems);

/** A party as the other side should see it. */
export const SupplierParty = z.object({
  name: z.string().min(1).max(500),
  organization: SHORT_TEXT,
  /** An email address, a phone number or both, as typed. */
  contact: SHORT_TEXT,
});
export type SupplierParty = z.infer<typeof SupplierParty>;

/** The supplier as the requester knows it. `id` is the requester's key for it (pins, overview). */
export const RequestedSupplier = z.object({
  id: z.uuid(),
  name: z.string().min(1).max(500),
  contact: SHORT_TEXT,
});
export type RequestedSupplier = z.infer<typeof RequestedSupplier>;

/** One AI system the request concerns, as much as the supplier needs to recognize it. */
export const RequestedSystem = z.object({
  id: ID,
  name: SHORT_TEXT,
  model: SHORT_TEXT.optional(),
  modelVersion: SHORT_TEXT.optional(),
});
export type RequestedSystem = z.infer<typeof RequestedSystem>;

/**
 * One thing to answer. With `practiceId` it asks about a framework practice of the supplier's role (the
 * question text is the assessor's wording, prefilled from the pack); without, it is the assessor's own question.
 */
export const RequestItem = z.object({
  id: ID,
  practiceId: ID.optional(),
  question: z.string().min(1).max(20_000),
  /** What evidence the assessor asks for ('' when none). */
  evidenceRequested: LONG_TEXT,
  /** Which of the request's systems it concerns (ids from `systems`; empty = all of them). */
  systemIds: ID_LIST,
});
export type RequestItem = z.infer<typeof RequestItem>;

export const SupplierRequestDocument = z.object({
  format: z.literal(SUPPLIER_REQUEST_FORMAT_ID),
  formatVersion: z.literal(SUPPLIER_DOCUMENT_FORMAT_VERSION),
  id: z.uuid(),
  createdAt: TIMESTAMP,
  dueDate: DATE,
  /** The requester's assessment the answers are for. */
  assessmentId: z.uuid(),
  siteName: SHORT_TEXT,
  pack: PackRef,
  requester: SupplierParty,
  supplier: RequestedSupplier,
  role: SupplierRole,
  systems: z.array(RequestedSystem).max(SUPPLIER_LIMITS.systems),
  items: z.array(RequestItem).min(1).max(SUPPLIER_LIMITS.items),
  instructions: LONG_TEXT,
  marking: Marking,
});
export type SupplierRequestDocument = z.infer<typeof SupplierRequestDocument>;

/** A file the supplier attached to one answer; travels as attachments/<sha256>[.<ext>] in the response bundle. */
export const ResponseAttachment = z.object({
  id: ID,
  itemId: ID,
  name: z.string().min(1).max(255),
  type: z.string().max(200),
  size: z.number().int().positive(),
  sha256: SHA256_HEX,
});
export type ResponseAttachment = z.infer<typeof ResponseAttachment>;

export const ResponseAnswer = z.object({
  itemId: ID,
  /** On the framework scale; 'not-assessed' means the supplier left the item unanswered. */
  status: AnswerStatus,
  narrative: LONG_TEXT,
});
export type ResponseAnswer = z.infer<typeof ResponseAnswer>;

export const SupplierResponseDocument = z.object({
  format: z.literal(SUPPLIER_RESPONSE_FORMAT_ID),
  formatVersion: z.literal(SUPPLIER_DOCUMENT_FORMAT_VERSION),
  id: z.uuid(),
  createdAt: TIMESTAMP,
  /**
   * What binds the response to its request: the request's id, the SHA-256 of the request bundle's SHA256SUMS
   * (which the requester signed), and the requester's certificate fingerprint. The requester accepts a
   * response only for a request it sent, with exactly this digest.
   */
  request: z.object({ id: z.uuid(), sumsSha256: SHA256_HEX, requesterFingerprint: SHA256_HEX }),
  /** Echo of the request's supplier id, so the requester pins the signer per supplier. */
  supplierId: z.uuid(),
  /** The named person who answers for the supplier. */
  contact: SupplierParty,
  answers: z.array(ResponseAnswer).max(SUPPLIER_LIMITS.items),
  attachments: z.array(ResponseAttachment).max(SUPPLIER_LIMITS.attachments),
  marking: Marking,
});
export type SupplierResponseDocument = z.infer<typeof SupplierResponseDocument>;
