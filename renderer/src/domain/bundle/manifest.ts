/** manifest.json: the bundle's versioned envelope, read first on import to decide how to read the rest. */
import { z } from 'zod';
import { Marking, PackRef } from '../assessment/model';
import { RedactionMark } from '../redaction/redaction-mark';

export const BUNDLE_FORMAT_ID = 'airr-bundle';
/**
 * The version this app writes. 2 adds what a version-1 reader refuses as unknown (report.docx, the redaction
 * mark): bumping it makes an older app say "update the app" instead of "unexpected file". Version 1 bundles,
 * including those this app wrote with report.docx before the bump, are still read by the same rules.
 */
export const BUNDLE_FORMAT_VERSION = 2;
/** Every version this app reads. */
export const READABLE_BUNDLE_FORMAT_VERSIONS: readonly number[] = [1, 2];
export const BUNDLE_EXTENSION = '.airr';

/** Fixed file names inside a bundle. Evidence lives under `evidence/<sha256>.<ext>`. */
export const BUNDLE_FILES = {
  manifest: 'manifest.json',
  assessment: 'assessment.json',
  report: 'report.pdf',
  signerCertificate: 'signer.pem',
  sums: 'SHA256SUMS',
  sumsSignature: 'SHA256SUMS.sig',
} as const;

/**
 * Files a bundle may carry but need not: bundles written before they existed lack them and still verify.
 * Present, each is listed in SHA256SUMS and checked like every other file.
 */
export const OPTIONAL_BUNDLE_FILES = {
  /** The editable Word copy of the report (unsigned itself; SHA256SUMS covers it). */
  reportDocx: 'report.docx',
} as const;

/** The largest report.docx the exporter writes and the verifier accepts; real ones are well under 1 MiB. */
export const REPORT_DOCX_MAX_BYTES = 64 * 1024 * 1024;

const SHA256_HEX = z.string().regex(/^[0-9a-f]{64}$/);

export const BundleManifest = z.object({
  format: z.literal(BUNDLE_FORMAT_ID),
  formatVersion: z.union([z.literal(1), z.literal(BUNDLE_FORMAT_VERSION)]),
  assessmentId: z.uuid(),
  revision: z.number().int().positive(),
  pack: PackRef,
  appVersion: z.string().min(1).max(50),
  createdAt: z.iso.datetime({ offset: true }),
  /** SHA-256 of signer.pem's DER certificate, 64 lowercase hex characters. */
  signerFingerprint: SHA256_HEX,
  marking: Marking,
  /** SHA-256 of assessment.json as stored in the bundle; the report prints the same value. */
  assessmentSha256: SHA256_HEX,
  evidenceCount: z.number().int().nonnegative(),
  /**
   * Present when the bundle carries a redacted copy: the same mark as assessment.json's content.redaction
   * (the verifier refuses a bundle where they differ). Absent in a full export, whose bytes stay as before.
   */
  redaction: RedactionMark.optional(),
});
export type BundleManifest = z.infer<typeof BundleManifest>;

/** The path of an evidence file inside the bundle. */
export function evidencePath(sha256: string, ext: string): string {
  return ext ? `evidence/${sha256}.${ext}` : `evidence/${sha256}`;
}
