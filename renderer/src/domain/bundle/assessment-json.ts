/**
 * assessment.json and the "assessment digest". assessment.json is canonical JSON (journal/canonical-json.ts:
 * sorted keys, no whitespace, RFC 8785 forms) of the schema-parsed document, so the same revision always gives
 * the same bytes. The assessment digest printed in the PDF report is the SHA-256 of these bytes, not the
 * "bundle digest" (SHA-256 of SHA256SUMS, which the import keeps to recognize a bundle): the
 * report sits inside the bundle and is listed in SHA256SUMS, so it cannot contain that file's hash. The
 * SHA-256 of assessment.json ties the signed report to the exact assessment data; anyone can check it with
 * `sha256sum assessment.json`, and manifest.json repeats it as assessmentSha256.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { AssessmentDocument } from '../assessment/model';
import { toHex, utf8 } from '../crypto/bytes';
import { canonicalJson } from '../journal/canonical-json';
import { failure, success, type Result } from '../result';

/** Canonical assessment.json bytes and their SHA-256 (hex). Throws a ZodError if the document is invalid. */
export function assessmentJson(document: AssessmentDocument): { bytes: Uint8Array; sha256: string } {
  const bytes = utf8(canonicalJson(AssessmentDocument.parse(document)));
  return { bytes, sha256: toHex(sha256(bytes)) };
}

/**
 * A document checked against the schema and canonicalised, done once per export: the report prints its
 * SHA-256 and the bundle stores its bytes, so both come from this one object. Only {@link planDocument}
 * makes one (the constructor is private), so a PlannedDocument is always schema-valid.
 */
export class PlannedDocument {
  private constructor(
    readonly document: AssessmentDocument,
    readonly bytes: Uint8Array,
    /** SHA-256 (hex) of assessment.json: the digest the report prints and manifest.json repeats. */
    readonly sha256: string,
  ) {}

  static of(document: AssessmentDocument): Result<PlannedDocument, 'invalid-assessment'> {
    const parsed = AssessmentDocument.safeParse(document);
    if (!parsed.success) {
      const where = parsed.error.issues[0]?.path.join('.') ?? '';
      return failure(
        'invalid-assessment',
        `The assessment does not match the schema (at ${where || 'top level'}).`,
      );
    }
    const bytes = utf8(canonicalJson(parsed.data));
    return success(new PlannedDocument(parsed.data, bytes, toHex(sha256(bytes))));
  }
}

/** Parses and canonicalises a document once, or says which field the schema refuses. */
export function planDocument(document: AssessmentDocument): Result<PlannedDocument, 'invalid-assessment'> {
  return PlannedDocument.of(document);
}
