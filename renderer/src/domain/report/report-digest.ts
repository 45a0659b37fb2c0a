/**
 * A machine-readable copy of the assessment digest (SHA-256 of assessment.json) in the report's Keywords. The
 * cover and signature pages print the digest for people, but page content is compressed; the Keywords sit
 * in the PDF's Info dictionary as plain text, so import can compare them with assessment.json.
 */
const TAG = 'assessment-sha256';
const FOUND = /assessment-sha256 ([0-9a-f]{64})/g;

/** The keyword that names the digest, e.g. "assessment-sha256 3f…". */
export function digestKeyword(assessmentSha256: string): string {
  return `${TAG} ${assessmentSha256}`;
}

/** Every digest the PDF names this way (a conforming report names exactly one, once). */
export function digestsInPdf(text: string): string[] {
  return [...text.matchAll(FOUND)].map((match) => match[1] ?? '');
}
