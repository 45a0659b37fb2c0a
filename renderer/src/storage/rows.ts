import type {
  AssessmentContent,
  AssessmentDocument,
  EvidenceMeta,
  JournalEntry,
} from '../domain/assessment/model';
import type { IdentityRecord } from '../domain/crypto/identity';
import type { AssessmentStatus } from '../domain/assessment/summary';
import type { RedactingProfileId } from '../domain/redaction/redaction-mark';

export type { AssessmentStatus };

/** One row per assessment: what the library lists, filters and sorts on. Derived from the content. */
export interface AssessmentHeader {
  id: string;
  title: string;
  siteName: string;
  sector: string;
  status: AssessmentStatus;
  createdAt: string;
  updatedAt: string;
  revision: number;
  packId: string;
  packVersion: string;
  /** 0..1, share of in-scope practices answered. */
  completeness: number;
  /** 0..1 or null when nothing is scorable yet. */
  overallScore: number | null;
  /** 'local' for assessments made here; 'imported' for ones that arrived in a verified bundle. */
  source: 'local' | 'imported';
  /** Lowercase hex SHA-256 of the signer certificate of an imported assessment; '' for local ones. */
  signerFingerprint: string;
  /** Signer's name as the certificate gives it; '' for local ones. */
  signerName?: string;
  /** Words of the title and site name, for the library search index (see search-words.ts). */
  searchWords: string[];
  /**
   * Imported only: the bundle digest, SHA-256 of the bundle's SHA256SUMS, to recognize the same bundle
   * imported again. Not the assessment digest the report prints (that is `documentDigest`).
   */
  bundleDigest?: string;
  /**
   * Imported only: the assessment digest (SHA-256 of assessment.json, `assessmentSha256` in the manifest and
   * `assessmentDigest` in the import code), to recognize the same revision exported again. The stored field
   * keeps the name it has had since version 3: renaming it would need a migration that rewrites every row.
   */
  documentDigest?: string;
  /** Imported only: the profile a redacted bundle was made with (content.redaction); absent when whole. */
  redaction?: RedactingProfileId;
  /**
   * The series (cycles of one site) this assessment belongs to: content.cycle.seriesId, absent on the first
   * cycle (whose own id is the series id) and on rows written before cycles were indexed (domain/compare/series).
   */
  seriesId?: string;
  /** Imported only: when this revision was accepted here. */
  importedAt?: string;
  /**
   * Local only: the revision of the last export (bundle or signed report), 0 or absent before the first.
   * While it equals `revision`, the content is exactly what that export carried, so the next change moves
   * `revision` on by one; further changes before the next export stay in that revision (export-revision.ts).
   */
  exportedRevision?: number;
  /** Local only: journal entries up to this seq were read for an export and are never rewritten (coalesced). */
  frozenJournalSeq?: number;
}

export interface ContentRow {
  assessmentId: string;
  content: AssessmentContent;
}

export interface EvidenceRow extends EvidenceMeta {
  assessmentId: string;
  blob: Blob;
  /**
   * Local only (not journaled, not in the bundle's metadata): the ZIP CRC-32 of `blob`, from capture's or
   * import's read of its bytes, so an export passes the blob through unread. Not indexed (no schema
   * version); rows stored before it was recorded lack it and are read at export instead.
   */
  crc32?: number;
}

export interface JournalRow extends JournalEntry {
  assessmentId: string;
}

/** The assessor identity kept on this device: the wrapped private key and the certificate. */
export interface IdentityRow {
  id: string;
  record: IdentityRecord;
  createdAt: string;
  /** Minutes without activity after which the unlocked key locks (idle-lock-setting.ts); absent = default. */
  idleLockMinutes?: number;
}

/** A named age recipient (X25519 public key "age1…") that bundles can be sealed to. */
export interface RecipientRow {
  id: string;
  label: string;
  recipient: string;
  addedAt: string;
}

/** A trusted assessor certificate, keyed by its lowercase hex SHA-256 fingerprint. */
export interface TrustedSignerRow {
  fingerprint: string;
  label: string;
  certificatePem: string;
  subjectName: string;
  addedAt: string;
}

/** An older revision of an imported assessment, kept whole as history. */
export interface RevisionRow {
  assessmentId: string;
  revision: number;
  document: AssessmentDocument;
  signerFingerprint: string;
  /** The signer's name as that revision's certificate gave it; absent on rows written before v7. */
  signerName?: string;
  importedAt: string;
  /** The bundle digest: SHA-256 of the bundle's SHA256SUMS. */
  bundleDigest: string;
  /** The assessment digest (see AssessmentHeader.documentDigest); absent on rows stored before it was recorded. */
  documentDigest?: string;
}

/**
 * One accepted change of signer certificate for an imported assessment: the explicit decision that "the
 * assessor has a new key", who made it and when. `current` moved the pin (the revision became current);
 * `history` kept an older revision signed by another certificate as history and left the pin where it was.
 */
export interface SignerPinChange {
  kind: 'current' | 'history';
  revision: number;
  fromFingerprint: string;
  fromName: string;
  toFingerprint: string;
  toName: string;
  decidedBy: string;
  decidedAt: string;
  /** Optional free text; '' when none was given. */
  reason: string;
}

/**
 * The certificate an imported assessment id is bound to (as SSH pins a host key): the one that signed its
 * first accepted revision, moved only by a recorded {@link SignerPinChange}.
 */
export interface SignerPinRow {
  assessmentId: string;
  /** 64 lowercase hex: the certificate the next revision must be signed by. */
  fingerprint: string;
  signerName: string;
  pinnedAt: string;
  /** The certificate of the first accepted revision; differs from `fingerprint` after a key change. */
  firstFingerprint: string;
  firstName: string;
  /** Every accepted change, oldest first. Never shortened. */
  changes: SignerPinChange[];
}

/** The signed report.pdf that came with the current revision of an imported assessment. */
export interface ReportRow {
  assessmentId: string;
  revision: number;
  pdf: Blob;
  /** The editable report.docx of the same revision, when the bundle carried one (no index: no new version). */
  docx?: Blob;
}
