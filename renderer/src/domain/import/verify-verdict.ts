import type { AssessmentDocument } from '../assessment/model';
import { BUNDLE_FILES, OPTIONAL_BUNDLE_FILES, type BundleManifest } from '../bundle/manifest';
import type { Sha256Entry } from '../bundle/sha256-sums';
import { fromUtf8 } from '../crypto/bytes';
import type { ParsedCertificate } from '../crypto/parse-certificate';
import { verifyJournal } from '../journal/journal';
import { workPackageProblem } from '../bundle/work-package-check';
import { checkRedaction } from './redaction-check';
import { checkReport } from './report-check';
import { validityWarnings } from './signer-check';
import { success } from '../result';
import { reject, shownName, type Verified, type VerifyFailure } from './verify-codes';
import type { TrustLookup, Verdict, VerifiedEvidence, VerifyOptions } from './verify-types';

/** What the earlier steps established, for the final cross-checks. */
export type CheckedParts = {
  manifest: BundleManifest;
  document: AssessmentDocument;
  certificate: ParsedCertificate;
  listed: readonly Sha256Entry[];
  /** Every file read whole (all but stored evidence), by path. */
  contents: ReadonlyMap<string, Uint8Array>;
  evidence: readonly VerifiedEvidence[];
  pem: Uint8Array;
};

const PDF_MAGIC = '%PDF-';

async function isTrusted(lookup: TrustLookup, hex: string, colon: string): Promise<boolean> {
  if (typeof lookup === 'function') return (await lookup(hex)) === true;
  return [hex, colon, colon.toLowerCase(), hex.toUpperCase()].some((form) => lookup.has(form));
}

function evidenceOf(parts: CheckedParts, warnings: string[]): Verified<VerifiedEvidence[]> {
  const { evidence } = parts;
  const byHash = new Map(evidence.map((file) => [file.sha256, file]));
  for (const meta of parts.document.evidence) {
    const file = byHash.get(meta.sha256);
    if (!file) {
      return reject(
        'missing-file',
        `The assessment cites evidence ${shownName(meta.name)} that the bundle lacks.`,
        {
          file: BUNDLE_FILES.assessment,
          path: `evidence.${parts.document.evidence.indexOf(meta)}`,
        },
      );
    }
    if (file.size !== meta.size) {
      warnings.push(`Evidence ${shownName(meta.name)} is ${file.size} bytes, not ${meta.size} as recorded.`);
    }
  }
  const cited = new Set(parts.document.evidence.map((meta) => meta.sha256));
  const extra = evidence.filter((file) => !cited.has(file.sha256)).length;
  if (extra > 0) warnings.push(`${extra} evidence file(s) in the bundle are not cited by the assessment.`);
  return success([...evidence]);
}

function crossCheck(parts: CheckedParts): VerifyFailure | null {
  const { manifest } = parts;
  const assessmentHash = parts.listed.find((line) => line.path === BUNDLE_FILES.assessment)?.sha256;
  if (manifest.assessmentSha256 !== assessmentHash) {
    return reject('hash-mismatch', 'manifest.json records a different SHA-256 for assessment.json.', {
      file: BUNDLE_FILES.manifest,
      path: 'assessmentSha256',
    });
  }
  if (manifest.evidenceCount !== parts.evidence.length) {
    return reject(
      'schema-violation',
      'manifest.json counts a different number of evidence files than the bundle.',
      {
        file: BUNDLE_FILES.manifest,
        path: 'evidenceCount',
      },
    );
  }
  const pdf = parts.contents.get(BUNDLE_FILES.report) ?? new Uint8Array();
  if (String.fromCharCode(...pdf.subarray(0, PDF_MAGIC.length)) !== PDF_MAGIC) {
    return reject('schema-violation', 'report.pdf is not a PDF file.', { file: BUNDLE_FILES.report });
  }
  const docx = parts.contents.get(OPTIONAL_BUNDLE_FILES.reportDocx);
  if (docx && !isZipLocalHeader(docx)) {
    return reject('schema-violation', 'report.docx is not a Word document.', {
      file: OPTIONAL_BUNDLE_FILES.reportDocx,
    });
  }
  // A conforming exporter never writes a broken chain, so a broken one is tampering by the signer's own hand.
  const journal = verifyJournal(parts.document.journal);
  if (!journal.ok) {
    return reject('journal-broken', journal.message, { file: BUNDLE_FILES.assessment, path: 'journal' });
  }
  const redaction = checkRedaction(manifest, parts.document, parts.evidence.length);
  if (!redaction.ok) return redaction;
  return packageCheck(manifest, parts.document);
}

/** A work package signed by someone its role does not name is refused with its own code (see VERIFY-BUNDLE). */
function packageCheck(manifest: BundleManifest, document: AssessmentDocument): VerifyFailure | null {
  if (!manifest.workPackage) return null;
  const problem = workPackageProblem(manifest.workPackage, document, manifest.signerFingerprint);
  if (!problem) return null;
  const code = problem.kind === 'wrong-signer' ? 'work-package-wrong-signer' : 'schema-violation';
  const file = problem.path.startsWith('workPackage') ? BUNDLE_FILES.manifest : BUNDLE_FILES.assessment;
  return reject(code, problem.message, { file, path: problem.path });
}

/** A DOCX is a ZIP package: it starts with a local file header ("PK\x03\x04"). */
function isZipLocalHeader(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** report.docx, when the bundle carries one, for the importer to keep beside the signed PDF. */
function docxOf(contents: ReadonlyMap<string, Uint8Array>): { reportDocx?: Uint8Array } {
  const docx = contents.get(OPTIONAL_BUNDLE_FILES.reportDocx);
  return docx ? { reportDocx: docx } : {};
}

/** Final cross-checks and the non-rejecting findings (pack, trust, dates), then the verified bundle. */
export async function finishVerdict(parts: CheckedParts, options: VerifyOptions): Promise<Verdict> {
  const problem = crossCheck(parts);
  if (problem) return problem;
  const report = await checkReport(
    parts.contents.get(BUNDLE_FILES.report) ?? new Uint8Array(),
    parts.certificate,
    parts.manifest.assessmentSha256,
  );
  if (!report.ok) return report;
  const { manifest, document, certificate } = parts;
  const warnings: string[] = [];
  const evidence = evidenceOf(parts, warnings);
  if (!evidence.ok) return evidence;
  const packKnown = options.knownPacks.some(
    (p) => p.id === manifest.pack.id && p.version === manifest.pack.version,
  );
  if (!packKnown) {
    const have = options.knownPacks.filter((p) => p.id === manifest.pack.id).map((p) => p.version);
    const suffix = have.length > 0 ? ` (this app has version ${have.join(', ')})` : '';
    warnings.push(
      `The assessment uses framework pack ${manifest.pack.id} version ${manifest.pack.version}, which this app does not have${suffix}; practices may show without titles.`,
    );
  }
  if (
    manifest.marking.tlp !== document.content.marking.tlp ||
    manifest.marking.text !== document.content.marking.text
  ) {
    warnings.push('The bundle marking differs from the assessment marking; the stricter one applies.');
  }
  warnings.push(...validityWarnings(certificate, manifest.createdAt, options.now ?? new Date()));
  let trusted = false;
  try {
    trusted = await isTrusted(
      options.trustedFingerprints,
      certificate.fingerprint.compact,
      certificate.fingerprint.colon,
    );
  } catch {
    warnings.push('The trust store could not be checked, so the signer is treated as unknown.');
  }
  return success({
    status: trusted ? 'trusted' : 'unknown-signer',
    manifest,
    document,
    signer: {
      fingerprint: certificate.fingerprint.colon,
      fingerprintHex: certificate.fingerprint.compact,
      subject: certificate.subject,
      notBefore: certificate.notBefore.toISOString(),
      notAfter: certificate.notAfter.toISOString(),
      certificatePem: fromUtf8(parts.pem),
    },
    evidence: evidence.value,
    reportPdf: parts.contents.get(BUNDLE_FILES.report) ?? new Uint8Array(),
    ...docxOf(parts.contents),
    journal: { intact: true, entries: document.journal.length },
    packKnown,
    warnings,
  });
}
