/**
 * The assessment as the domain knows it: one zod schema per document, TypeScript types derived from it.
 * The same schema validates what storage reads back, what goes into a bundle's assessment.json and what an
 * import brings in, so there is exactly one definition of "a valid assessment". Every string, list, record
 * and JSON value has a bound, so the verifier can only accept a document storage can hold and show.
 */
import { z } from 'zod';
import { RedactionMark } from '../redaction/redaction-mark';
import { BoundedJsonValue, boundedRecord } from './json-value';
import { CarriedOver, CycleLink } from './cycle';
import { AI_SYSTEM_INVENTORY_FIELDS } from './ai-inventory';
import { SupplierAttestations } from '../supplier/supplier-attestation';
import { AnswerStatus } from './answer-status';

export const ASSESSMENT_FORMAT_ID = 'airr-assessment';
export const ASSESSMENT_FORMAT_VERSION = 1;

const ID = z.string().min(1).max(100);
const SHORT_TEXT = z.string().max(500);
const LONG_TEXT = z.string().max(20_000);
/** ISO 8601 date (yyyy-mm-dd) or empty while not yet entered. */
const DATE = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]);
/** ISO 8601 timestamp with time zone. */
const TIMESTAMP = z.iso.datetime({ offset: true });
const SHA256_HEX = z.string().regex(/^[0-9a-f]{64}$/);
/** Bounds on lists and records; far above any real assessment, far below what would hurt storage or the UI. */
export const MODEL_LIMITS = {
  idList: 5_000,
  answers: 5_000,
  journalEntries: 500_000,
} as const;
const ID_LIST = z.array(ID).max(MODEL_LIMITS.idList);

export const ROLE_CODES = ['CCP', 'AID', 'CIO', 'CSO', 'PUB'] as const;
export const RoleCode = z.enum(ROLE_CODES);
export type RoleCode = z.infer<typeof RoleCode>;

export const AREA_CODES = ['SE', 'DD', 'DG', 'SD', 'MP'] as const;
export const AreaCode = z.enum(AREA_CODES);
export type AreaCode = z.infer<typeof AreaCode>;

export { ANSWER_STATUSES, AnswerStatus } from './answer-status';

/** TLP 2.0 labels (FIRST). */
export const TLP_LABELS = ['TLP:CLEAR', 'TLP:GREEN', 'TLP:AMBER', 'TLP:AMBER+STRICT', 'TLP:RED'] as const;
export const TlpLabel = z.enum(TLP_LABELS);
export type TlpLabel = z.infer<typeof TlpLabel>;

export const SEVERITIES = ['low', 'moderate', 'high', 'critical'] as const;
export const Severity = z.enum(SEVERITIES);
export type Severity = z.infer<typeof Severity>;

export const CRITICALITIES = ['low', 'moderate', 'high', 'critical'] as const;
export const AUTONOMY_LEVELS = ['advisory', 'human-in-the-loop', 'human-on-the-loop', 'autonomous'] as const;
export const CONNECTIVITY_LEVELS = [
  'isolated',
  'site-network',
  'enterprise-network',
  'vendor-remote',
  'internet',
] as const;

export const REMEDIATION_STATUSES = ['open', 'in-progress', 'done'] as const;
export const RemediationStatus = z.enum(REMEDIATION_STATUSES);
export type RemediationStatus = z.infer<typeof RemediationStatus>;

export const Marking = z.object({ tlp: TlpLabel, text: SHORT_TEXT });
export type Marking = z.infer<typeof Marking>;

export const Assessor = z.object({ id: ID, name: SHORT_TEXT, organization: SHORT_TEXT });
export type Assessor = z.infer<typeof Assessor>;

export const AiSystem = z.object({
  id: ID,
  name: SHORT_TEXT,
  supplier: SHORT_TEXT,
  purpose: LONG_TEXT,
  criticality: z.enum(CRITICALITIES),
  autonomy: z.enum(AUTONOMY_LEVELS),
  connectivity: z.enum(CONNECTIVITY_LEVELS),
  dataUsed: LONG_TEXT,
  notes: LONG_TEXT,
  ...AI_SYSTEM_INVENTORY_FIELDS,
});
export type AiSystem = z.infer<typeof AiSystem>;

export const Answer = z.object({
  status: AnswerStatus,
  notes: LONG_TEXT,
  /** Required (non-blank) when status is not-applicable. */
  justification: LONG_TEXT,
  systemIds: ID_LIST,
  /** Present while the answer is a copy from the previous cycle nobody has re-checked yet. */
  carriedOver: CarriedOver.optional(),
});
export type Answer = z.infer<typeof Answer>;

export const EvidenceMeta = z.object({
  id: ID,
  practiceId: ID,
  name: z.string().min(1).max(255),
  type: z.string().max(200),
  size: z.number().int().positive(),
  sha256: SHA256_HEX,
  capturedAt: TIMESTAMP,
});
export type EvidenceMeta = z.infer<typeof EvidenceMeta>;

export const Remediation = z.object({
  status: RemediationStatus,
  owner: SHORT_TEXT,
  dueDate: DATE,
  note: LONG_TEXT,
});
export type Remediation = z.infer<typeof Remediation>;

export const Finding = z.object({
  id: ID,
  title: SHORT_TEXT,
  description: LONG_TEXT,
  severity: Severity,
  riskCategoryId: z.string().max(100),
  riskLevelId: z.string().max(100),
  practiceIds: ID_LIST,
  systemIds: ID_LIST,
  recommendation: LONG_TEXT,
  owner: SHORT_TEXT,
  dueDate: DATE,
  createdAt: TIMESTAMP,
  remediation: Remediation,
});
export type Finding = z.infer<typeof Finding>;

export const JournalEntry = z.object({
  seq: z.number().int().nonnegative(),
  at: TIMESTAMP,
  actor: SHORT_TEXT,
  /** Dotted path of what changed, e.g. "answers.CIO-SE-1.status" or "findings.f1". */
  field: z.string().min(1).max(300),
  oldValue: BoundedJsonValue,
  newValue: BoundedJsonValue,
  prevHash: SHA256_HEX,
  hash: SHA256_HEX,
});
export type JournalEntry = z.infer<typeof JournalEntry>;

export const PackRef = z.object({
  id: z.string().min(1).max(100),
  version: z
    .string()
    .max(50)
    .regex(/^\d+\.\d+\.\d+$/),
});
export type PackRef = z.infer<typeof PackRef>;

/** Everything an assessor edits. Stored as one record; the header below is derived from it. */
export const AssessmentContent = z.object({
  title: SHORT_TEXT,
  site: z.object({ name: SHORT_TEXT, address: SHORT_TEXT }),
  sector: z.string().max(100),
  subsector: SHORT_TEXT,
  assessors: z.array(Assessor).max(50),
  startDate: DATE,
  endDate: DATE,
  marking: Marking,
  roles: z.array(RoleCode).max(ROLE_CODES.length * 4),
  systems: z.array(AiSystem).max(500),
  answers: boundedRecord(ID, Answer, MODEL_LIMITS.answers),
  findings: z.array(Finding).max(5_000),
  /**
   * The assessor's own words for the facility manager, printed first in every report. Optional, so documents
   * written before it existed (stored assessments, format v1 bundles) still read; absent means not written yet.
   */
  executiveSummary: LONG_TEXT.optional(),
  /** Key findings in the assessor's words, one per line; printed as a list under the executive summary. */
  keyFindings: LONG_TEXT.optional(),
  /** Present only in a redacted copy made for export (domain/redaction): what was removed. Never edited. */
  redaction: RedactionMark.optional(),
  /** Present when this assessment was started as the next cycle of a previous one (domain/assessment/cycle). */
  cycle: CycleLink.optional(),
  /** Accepted answers from verified supplier responses (domain/supplier); absent until the first is accepted. */
  supplierAttestations: SupplierAttestations.optional(),
});
export type AssessmentContent = z.infer<typeof AssessmentContent>;

/** The whole assessment as it leaves the machine (a bundle's assessment.json). */
export const AssessmentDocument = z.object({
  format: z.literal(ASSESSMENT_FORMAT_ID),
  formatVersion: z.literal(ASSESSMENT_FORMAT_VERSION),
  id: z.uuid(),
  revision: z.number().int().positive(),
  createdAt: TIMESTAMP,
  updatedAt: TIMESTAMP,
  pack: PackRef,
  content: AssessmentContent,
  evidence: z.array(EvidenceMeta).max(10_000),
  journal: z.array(JournalEntry).max(MODEL_LIMITS.journalEntries),
});
export type AssessmentDocument = z.infer<typeof AssessmentDocument>;

export const EMPTY_ANSWER: Answer = { status: 'not-assessed', notes: '', justification: '', systemIds: [] };

export function emptyContent(): AssessmentContent {
  return {
    title: '',
    site: { name: '', address: '' },
    sector: '',
    subsector: '',
    assessors: [],
    startDate: '',
    endDate: '',
    marking: { tlp: 'TLP:AMBER', text: '' },
    roles: [],
    systems: [],
    answers: {},
    findings: [],
  };
}
