/** manifest.json: the bundle's versioned envelope, read first on import to decide how to read the rest. */
import { z } from 'zod';
import { AreaCode, Marking, PackRef, RoleCode } from '../assessment/model';
import { RedactionMark } from '../redaction/redaction-mark';

export const BUNDLE_FORMAT_ID = 'airr-bundle';
/**
 * The version this app writes. 2 adds what a version-1 reader refuses as unknown (report.docx, the redaction
 * mark): bumping it makes an older app say "update the app" instead of "unexpected file". Version 1 bundles,
 * including those this app wrote with report.docx before the bump, are still read by the same rules.
 */
export const BUNDLE_FORMAT_VERSION = 2;
/**
 * The version of a bundle that carries a work package (a hand-out or a return). A version-2 reader would
 * drop the unknown `workPackage` field and import the package as an ordinary signed record; version 3 makes
 * it refuse instead. Bundles without a package keep version 2 and their bytes.
 */
export const WORK_PACKAGE_FORMAT_VERSION = 3;
/** Every version this app reads. */
export const READABLE_BUNDLE_FORMAT_VERSIONS: readonly number[] = [1, 2, WORK_PACKAGE_FORMAT_VERSION];
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

/** The part of an assessment a package hands out: practices in every given list (none given: all of it). */
export const WorkPackageScope = z.strictObject({
  areas: z.array(AreaCode).min(1).max(AreaCode.options.length).optional(),
  roles: z.array(RoleCode).min(1).max(RoleCode.options.length).optional(),
});
export type WorkPackageScope = z.infer<typeof WorkPackageScope>;

/**
 * A work package: the lead hands an assessment out to one assessor ('hand-out', signed by the lead) and the
 * assessor sends it back ('return', signed by the assignee). `baseHead` is the lead's journal head at
 * hand-out, the common base the lead merges the return against.
 */
export const WorkPackage = z.strictObject({
  role: z.enum(['hand-out', 'return']),
  packageId: z.uuid(),
  baseHead: SHA256_HEX,
  /** SHA-256 of the lead's certificate (DER), 64 lowercase hex characters. */
  leadFingerprint: SHA256_HEX,
  /** SHA-256 of the assigned assessor's certificate. */
  assigneeFingerprint: SHA256_HEX,
  scope: WorkPackageScope,
});
export type WorkPackage = z.infer<typeof WorkPackage>;

export const BundleManifest = z
  .object({
    format: z.literal(BUNDLE_FORMAT_ID),
    formatVersion: z.union([
      z.literal(1),
      z.literal(BUNDLE_FORMAT_VERSION),
      z.literal(WORK_PACKAGE_FORMAT_VERSION),
    ]),
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
    /** Present exactly in a version-3 bundle: the hand-out or return it is (see {@link WorkPackage}). */
    workPackage: WorkPackage.optional(),
  })
  .superRefine((manifest, context) => {
    if ((manifest.workPackage !== undefined) !== (manifest.formatVersion === WORK_PACKAGE_FORMAT_VERSION)) {
      context.addIssue({
        code: 'custom',
        path: ['workPackage'],
        message: `a work package is carried by format version ${WORK_PACKAGE_FORMAT_VERSION} bundles, and only by them`,
      });
    }
  });
export type BundleManifest = z.infer<typeof BundleManifest>;

/** The path of an evidence file inside the bundle. */
export function evidencePath(sha256: string, ext: string): string {
  return ext ? `evidence/${sha256}.${ext}` : `evidence/${sha256}`;
}
