/**
 * assessment.json and the "bundle digest". assessment.json is canonical JSON (journal/canonical-json.ts: sorted
 * keys, no whitespace, RFC 8785 forms) of the schema-parsed document, so the same revision always gives the
 * same bytes. The digest printed in the PDF report is the SHA-256 of these bytes, not of SHA256SUMS: the
 * report sits inside the bundle and is listed in SHA256SUMS, so it cannot contain that file's hash. The
 * SHA-256 of assessment.json ties the signed report to the exact assessment data; anyone can check it with
 * `sha256sum assessment.json`, and manifest.json repeats it as assessmentSha256.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { AssessmentDocument } from '../assessment/model';
import { toHex, utf8 } from '../crypto/bytes';
import { canonicalJson } from '../journal/canonical-json';

/** Canonical assessment.json bytes and their SHA-256 (hex). Throws a ZodError if the document is invalid. */
export function assessmentJson(document: AssessmentDocument): { bytes: Uint8Array; sha256: string } {
  const bytes = utf8(canonicalJson(AssessmentDocument.parse(document)));
  return { bytes, sha256: toHex(sha256(bytes)) };
}
