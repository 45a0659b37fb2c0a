/**
 * One zod schema per table, for restore: every row of an archive is parsed with the schema of its table before
 * anything is planned, so a row no repository could have written (a wrong type, a missing field, a document
 * the domain schema refuses) never reaches the database. The nested documents use the domain schemas the
 * repositories parse with (AssessmentContent, IdentityRecord, RemediationPlan, the supplier rows); the row
 * shapes mirror rows.ts and remediation-rows.ts. Rows are checked, not rewritten: a restored row is stored
 * exactly as the archive holds it. A table without a schema here refuses the archive (see the unit test that
 * every table of the database has one).
 */
import { z } from 'zod';
import {
  AssessmentContent,
  AssessmentDocument,
  EvidenceMeta,
  JournalEntry,
} from '../../domain/assessment/model';
import { IdentityRecord } from '../../domain/crypto/identity-record';
import { RedactingProfileId } from '../../domain/redaction/redaction-mark';
import { ClosureEvidence, RemediationPlan } from '../../domain/remediation/model';
import {
  SupplierAttachmentRow,
  SupplierInboxRow,
  SupplierPinRow,
  SupplierRequestRow,
  SupplierResponseRow,
} from '../supplier-rows';
import { PackRowSchema } from '../pack-rows';
import { WorkPackageRowSchema } from '../work-package-rows';

const ID = z.string().min(1).max(100);
const TEXT = z.string().max(500);
const TIMESTAMP = z.iso.datetime({ offset: true });
const SHA256_HEX = z.string().regex(/^[0-9a-f]{64}$/);
const REVISION = z.number().int().positive();
const BLOB = z.instanceof(Blob);

const AssessmentHeaderRow = z.object({
  id: ID,
  title: TEXT,
  siteName: TEXT,
  sector: z.string().max(100),
  status: z.enum(['draft', 'in-progress', 'complete']),
  createdAt: TIMESTAMP,
  updatedAt: TIMESTAMP,
  revision: REVISION,
  packId: z.string().min(1).max(100),
  packVersion: z.string().min(1).max(50),
  completeness: z.number().min(0).max(1),
  overallScore: z.number().min(0).max(1).nullable(),
  source: z.enum(['local', 'imported']),
  signerFingerprint: z.union([z.literal(''), SHA256_HEX]),
  signerName: TEXT.optional(),
  searchWords: z.array(z.string().max(500)).max(10_000),
  bundleDigest: SHA256_HEX.optional(),
  documentDigest: SHA256_HEX.optional(),
  redaction: RedactingProfileId.optional(),
  seriesId: ID.optional(),
  importedAt: TIMESTAMP.optional(),
  exportedRevision: z.number().int().min(0).optional(),
  frozenJournalSeq: z.number().int().min(0).optional(),
});

const SignerPinChange = z.object({
  kind: z.enum(['current', 'history']),
  revision: REVISION,
  fromFingerprint: SHA256_HEX,
  fromName: TEXT,
  toFingerprint: SHA256_HEX,
  toName: TEXT,
  decidedBy: TEXT,
  decidedAt: TIMESTAMP,
  reason: z.string().max(2_000),
});

/** A remediation row is a plan (strict, with its status rules) plus the two fields storage adds. */
const RemediationRowSchema = z
  .looseObject({ assessmentId: ID, updatedAt: TIMESTAMP })
  .superRefine((row, context) => {
    const { assessmentId: _assessmentId, updatedAt: _updatedAt, ...plan } = row;
    const parsed = RemediationPlan.safeParse(plan);
    if (!parsed.success) for (const issue of parsed.error.issues) context.addIssue({ ...issue });
  });

/** Table name → the schema every row of that table must satisfy. */
export const ROW_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  assessments: AssessmentHeaderRow,
  contents: z.object({ assessmentId: ID, content: AssessmentContent }),
  // crc32: recorded at capture or import (rows.ts); a row from before lacks it, and its export reads the blob.
  evidence: EvidenceMeta.extend({
    assessmentId: ID,
    blob: BLOB,
    crc32: z.number().int().min(0).max(0xffffffff).optional(),
  }),
  journal: JournalEntry.extend({ assessmentId: ID }),
  identities: z.object({
    id: ID,
    record: IdentityRecord,
    createdAt: TIMESTAMP,
    idleLockMinutes: z.number().int().positive().optional(),
  }),
  recipients: z.object({
    id: ID,
    label: TEXT,
    recipient: z.string().regex(/^age1[0-9a-z]+$/),
    addedAt: TIMESTAMP,
  }),
  trustedSigners: z.object({
    fingerprint: SHA256_HEX,
    label: TEXT,
    certificatePem: z
      .string()
      .startsWith('-----BEGIN CERTIFICATE-----')
      .max(64 * 1024),
    subjectName: TEXT,
    addedAt: TIMESTAMP,
  }),
  revisions: z.object({
    assessmentId: ID,
    revision: REVISION,
    document: AssessmentDocument,
    signerFingerprint: SHA256_HEX,
    signerName: TEXT.optional(),
    importedAt: TIMESTAMP,
    bundleDigest: SHA256_HEX,
    documentDigest: SHA256_HEX.optional(),
  }),
  reports: z.object({ assessmentId: ID, revision: REVISION, pdf: BLOB, docx: BLOB.optional() }),
  remediation: RemediationRowSchema,
  remediationJournal: JournalEntry.extend({ assessmentId: ID }),
  remediationEvidence: ClosureEvidence.extend({ assessmentId: ID, findingId: ID, blob: BLOB }),
  signerPins: z.object({
    assessmentId: ID,
    fingerprint: SHA256_HEX,
    signerName: TEXT,
    pinnedAt: TIMESTAMP,
    firstFingerprint: SHA256_HEX,
    firstName: TEXT,
    changes: z.array(SignerPinChange).max(10_000),
  }),
  supplierRequests: SupplierRequestRow,
  supplierResponses: SupplierResponseRow,
  supplierPins: SupplierPinRow,
  supplierInbox: SupplierInboxRow,
  supplierAttachments: SupplierAttachmentRow,
  packs: PackRowSchema,
  workPackages: WorkPackageRowSchema,
};

/** Why a row does not parse, in a few words: the first issue's path and message. */
export function rowProblem(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'it does not match its table';
  const path = issue.path.map(String).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}
