import type { AssessmentDocument } from '../assessment/model';
import type { PlannedDocument } from './assessment-json';
import type { ByteSource } from './byte-source';
import type { BundleManifest, WorkPackage } from './manifest';
import type { Sha256Entry } from './sha256-sums';

/** One evidence file to include, as storage recorded it at capture. */
export type EvidenceSource = {
  /** SHA-256 recorded at capture (64 lowercase hex): what SHA256SUMS lists; the bytes are not hashed again. */
  sha256: string;
  /** File extension without the dot, lowercase letters and digits (e.g. "jpg"), or "" for none. */
  ext: string;
  size: number;
  /** Opens the stored bytes; called once, when the file's turn comes. Yield chunks of a few MB at most. */
  open(): ByteSource;
  /**
   * The stored Blob and the CRC-32 of its bytes, recorded at capture, when known (rows stored before the
   * CRC was recorded lack it). With it, the bundle passes the Blob through without reading it (see
   * ZipChunkWriter.storedBlob); without it, the bytes are read through {@link open} and checksummed.
   */
  stored?: { blob: Blob; crc32: number };
};

/** Everything an export needs. The PDF must already be signed (see report/sign-pdf.ts). */
export type BundleInput = {
  /** The document, or its plan when the caller already parsed and canonicalised it (see planDocument). */
  document: AssessmentDocument | PlannedDocument;
  /**
   * Stored files for document.evidence, matched by sha256. Every listed file must be present
   * ('evidence-missing' otherwise); extra sources are ignored, duplicates of one sha256 are written once.
   */
  evidence: readonly EvidenceSource[];
  reportPdf: Uint8Array;
  /** The editable report (report.docx), when the caller made one; at most REPORT_DOCX_MAX_BYTES. */
  reportDocx?: Uint8Array;
  signerCertificatePem: string;
  /** The unlocked, non-extractable ECDSA P-256 key matching the certificate. */
  signingKey: CryptoKey;
  appVersion: string;
  /** Makes the bundle a work package (format version 3): a hand-out signed by the lead or a return. */
  workPackage?: WorkPackage;
  /** ISO timestamp for manifest.createdAt and ZIP entry times; defaults to now. */
  createdAt?: string;
};

export type BundleProgress = { bytesDone: number; bytesTotal: number };

export type BundleOptions = {
  onProgress?: (progress: BundleProgress) => void;
  /** Aborting stops the export with the 'cancelled' code; the caller discards what was written. */
  signal?: AbortSignal;
};

/** What an export produced, for the UI to confirm and storage to record. */
export type BundleSummary = {
  manifest: BundleManifest;
  sums: Sha256Entry[];
  bytesWritten: number;
};
