/** Validation and everything known before the first byte is written: manifest, fixed files, evidence order. */
import type { AssessmentDocument } from '../assessment/model';
import { success } from '../result';
import { sha256 } from '@noble/hashes/sha2.js';
import { toHex, utf8 } from '../crypto/bytes';
import { canonicalJson } from '../journal/canonical-json';
import { parseCertificate, type ParsedCertificate } from '../crypto/parse-certificate';
import { toPem } from '../crypto/pem';
import { signDetached, verifyDetached } from '../crypto/sign';
import { planDocument, PlannedDocument } from './assessment-json';
import { BundleError } from './bundle-error';
import type { BundleInput, EvidenceSource } from './bundle-input';
import {
  BUNDLE_FILES,
  BUNDLE_FORMAT_ID,
  BUNDLE_FORMAT_VERSION,
  BundleManifest,
  evidencePath,
  OPTIONAL_BUNDLE_FILES,
  REPORT_DOCX_MAX_BYTES,
  WORK_PACKAGE_FORMAT_VERSION,
} from './manifest';
import { workPackageProblem } from './work-package-check';
import { MAX_ZIP_BYTES } from './zip-writer';

export type PlannedFile = { path: string; bytes: Uint8Array; sha256: string; compress: boolean };
export type PlannedEvidence = EvidenceSource & { path: string };

export type BundlePlan = {
  manifest: BundleManifest;
  /** manifest.json, assessment.json, report.pdf, report.docx (when given), signer.pem, in writing order. */
  files: PlannedFile[];
  evidence: PlannedEvidence[];
  bytesTotal: number;
};

const EXTENSION = /^[a-z0-9]{0,16}$/;
// Local headers, data descriptors and the central directory add well under 1 KiB per entry.
const ZIP_OVERHEAD_PER_ENTRY = 1024;

function planned(path: string, bytes: Uint8Array, compress: boolean): PlannedFile {
  return { path, bytes, compress, sha256: toHex(sha256(bytes)) };
}

function planEvidence(document: AssessmentDocument, sources: readonly EvidenceSource[]): PlannedEvidence[] {
  const bySha = new Map<string, EvidenceSource>();
  for (const source of sources) {
    if (!/^[0-9a-f]{64}$/.test(source.sha256) || !EXTENSION.test(source.ext) || !(source.size > 0)) {
      throw new BundleError(
        'invalid-evidence',
        `Evidence ${source.sha256.slice(0, 12)} has an invalid hash, type or size.`,
      );
    }
    bySha.set(source.sha256, source);
  }
  const referenced = new Set(document.evidence.map((meta) => meta.sha256));
  for (const meta of document.evidence) {
    if (!bySha.has(meta.sha256)) {
      throw new BundleError('evidence-missing', `The evidence file “${meta.name}” is missing from storage.`);
    }
  }
  return [...bySha.values()]
    .filter((source) => referenced.has(source.sha256))
    .sort((a, b) => (a.sha256 < b.sha256 ? -1 : 1))
    .map((source) => ({ ...source, path: evidencePath(source.sha256, source.ext) }));
}

/** report.docx as a planned file (stored: a DOCX is a ZIP already), or nothing when none was made. */
function planDocx(docx: Uint8Array | undefined): PlannedFile[] {
  if (docx === undefined) return [];
  if (docx.length > REPORT_DOCX_MAX_BYTES) {
    throw new BundleError(
      'report-too-large',
      `The Word report is ${docx.length} bytes; a bundle holds at most ${REPORT_DOCX_MAX_BYTES}.`,
    );
  }
  return [planned(OPTIONAL_BUNDLE_FILES.reportDocx, docx, false)];
}

/** The signer certificate, parsed, once the unlocked key is shown to belong to it; throws {@link BundleError}. */
export async function checkSigner(
  input: Pick<BundleInput, 'signerCertificatePem' | 'signingKey'>,
): Promise<ParsedCertificate> {
  const certificate = await parseCertificate(input.signerCertificatePem);
  if (!certificate.ok) throw new BundleError('signer-invalid', certificate.message);
  const probe = utf8('airr-bundle key check');
  const signature = await signDetached(input.signingKey, probe);
  if (!(await verifyDetached(certificate.value, probe, signature))) {
    throw new BundleError(
      'key-certificate-mismatch',
      'The unlocked key does not belong to the signer certificate.',
    );
  }
  return certificate.value;
}

/** Validates the input and prepares the bundle; throws {@link BundleError}. */
export async function planBundle(input: BundleInput): Promise<BundlePlan> {
  // An export plans the document once (to print its digest in the report) and hands the plan in.
  const plan =
    input.document instanceof PlannedDocument ? success(input.document) : planDocument(input.document);
  if (!plan.ok) throw new BundleError(plan.code, plan.message);
  const assessment = plan.value;
  const document = assessment.document;
  const signer = await checkSigner(input);
  const evidence = planEvidence(document, input.evidence);
  const manifest: BundleManifest = BundleManifest.parse({
    format: BUNDLE_FORMAT_ID,
    formatVersion: input.workPackage ? WORK_PACKAGE_FORMAT_VERSION : BUNDLE_FORMAT_VERSION,
    assessmentId: document.id,
    revision: document.revision,
    pack: document.pack,
    appVersion: input.appVersion,
    createdAt: input.createdAt ?? new Date().toISOString(),
    signerFingerprint: signer.fingerprint.compact,
    marking: document.content.marking,
    assessmentSha256: assessment.sha256,
    evidenceCount: evidence.length,
    // The document's own redaction mark, repeated where a reader looks first; absent for a full export.
    ...(document.content.redaction ? { redaction: document.content.redaction } : {}),
    ...(input.workPackage ? { workPackage: input.workPackage } : {}),
  });
  // The exporter never writes a package its own verifier would refuse.
  const pkg =
    input.workPackage && workPackageProblem(input.workPackage, document, signer.fingerprint.compact);
  if (pkg) throw new BundleError('work-package-invalid', pkg.message);
  const files = [
    planned(BUNDLE_FILES.manifest, utf8(canonicalJson(manifest)), true),
    { path: BUNDLE_FILES.assessment, bytes: assessment.bytes, sha256: assessment.sha256, compress: true },
    planned(BUNDLE_FILES.report, input.reportPdf, true),
    ...planDocx(input.reportDocx),
    planned(BUNDLE_FILES.signerCertificate, utf8(toPem(signer.der, 'CERTIFICATE')), true),
  ];
  const bytesTotal = [...files, ...evidence].reduce(
    (n, f) => n + ('bytes' in f ? f.bytes.length : f.size),
    0,
  );
  const entries = files.length + evidence.length + 2;
  if (bytesTotal + entries * ZIP_OVERHEAD_PER_ENTRY > MAX_ZIP_BYTES) {
    throw new BundleError(
      'bundle-too-large',
      'The bundle would exceed 4 GB, the most one .airr file can hold.',
    );
  }
  return { manifest, files, evidence, bytesTotal };
}
