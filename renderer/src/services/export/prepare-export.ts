/**
 * Everything before the first byte is written: the document from storage, planned once (schema check and
 * canonical assessment.json, whose SHA-256 the report prints), and the signed PDF report. Done before the save
 * dialog opens, so a problem is reported without leaving an empty file behind.
 */
import { REPORT_FONTS } from './report-fonts';
import { planDocument } from '../../domain/bundle/assessment-json';
import type { BundleInput } from '../../domain/bundle/bundle-input';
import { colonFingerprint } from '../../domain/crypto/fingerprint';
import type { IdentityRecord } from '../../domain/crypto/identity';
import { findPack } from '../../storage/pack-repository';
import { buildReportPdf } from '../../domain/report/build-report';
import type { ReportInput } from '../../domain/report/report-input';
import { signPdf } from '../../domain/report/sign-pdf';
import { failure, success, type Result } from '../../domain/result';
import type { AirrDatabase } from '../../storage/database';
import { loadExportSource } from '../../storage/export-source';
import type { ExportCode } from './export-codes';
import { buildReportInput } from './report-input';
import { reportRemediation } from '../../storage/remediation-view';
import type { AssessmentDocument } from '../../domain/assessment/model';
import { FULL_PROFILE, profileLabel, type RedactionProfile } from '../../domain/redaction/profiles';
import { redactForExport } from './redact-for-export';

export type ExportSigner = { record: IdentityRecord; signingKey: CryptoKey };

export type PreparedExport = {
  bundle: BundleInput;
  site: string;
  title: string;
  revision: number;
  /** The stored document before redaction: what storage marks exported (its journal, not the bundle's). */
  stored: AssessmentDocument;
};

/**
 * The editable Word report, from the same input as the signed PDF. The docx package is loaded here, on the
 * first export, so it never weighs on start-up.
 */
async function editableReport(input: ReportInput): Promise<Result<Uint8Array, ExportCode>> {
  try {
    const { buildReportDocx } = await import('../../domain/report/docx/build-docx');
    return success(await buildReportDocx(input));
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return failure('export-failed', `The Word report could not be made${detail}. Nothing was saved.`);
  }
}

export async function prepareExport(
  db: AirrDatabase,
  assessmentId: string,
  signer: ExportSigner,
  appVersion: string,
  now: Date = new Date(),
  profile: RedactionProfile = FULL_PROFILE,
  /** 'pdf': only the signed PDF is wanted ("Save report only"), so the Word report is not built. */
  reports: 'pdf' | 'pdf-and-docx' = 'pdf-and-docx',
): Promise<Result<PreparedExport, ExportCode>> {
  const source = await loadExportSource(db, assessmentId);
  if (!source.ok) return source;
  // The report (and a redacted copy's sector name) is built on the assessment's own pack, not "the" pack.
  const pack = await findPack(db, source.value.document.pack);
  if (!pack)
    return failure(
      'invalid-assessment',
      `The framework pack ${source.value.document.pack.id} ${source.value.document.pack.version} is not installed, so the report cannot be built.`,
    );
  // Redaction first: nothing below sees the stored document, so nothing removed can reach the bundle.
  const redacted = redactForExport(source.value.document, profile, pack);
  const planned = planDocument(redacted.document);
  if (!planned.ok)
    return failure(
      'invalid-assessment',
      'The assessment has a field the export format does not accept. Check the Setup and Scope steps.',
    );
  const { document, sha256: assessmentDigest } = planned.value;
  const { record, signingKey } = signer;
  const site = document.content.site.name;
  // The site's plan names owners and holds free text: a redacted report leaves it out.
  const remediation = redacted.mark ? null : await reportRemediation(db, assessmentId, now);
  const built = buildReportInput(
    pack,
    document,
    {
      name: record.name,
      organization: record.organization,
      fingerprint: colonFingerprint(record.fingerprint),
    },
    assessmentDigest,
    appVersion,
    now,
  );
  // The site's plan is printed when one exists; it is not part of the signed assessment.json.
  const input = remediation ? { ...built, remediation } : built;
  const signed = await signPdf(
    buildReportPdf(input, REPORT_FONTS),
    {
      signingKey,
      certificatePem: record.certificatePem,
      name: record.name,
      reason: `Assessment report for ${site}`,
      location: site,
      contactInfo: record.email,
    },
    now,
  );
  if (!signed.ok) return signed;
  const reportDocx = reports === 'pdf' ? success(undefined) : await editableReport(input);
  if (!reportDocx.ok) return reportDocx;
  return success({
    bundle: {
      // The plan, not the raw document: the bundle reuses its bytes instead of parsing and canonicalising again.
      document: planned.value,
      evidence: source.value.evidence,
      reportPdf: signed.value,
      ...(reportDocx.value ? { reportDocx: reportDocx.value } : {}),
      signerCertificatePem: record.certificatePem,
      signingKey,
      appVersion,
      createdAt: now.toISOString(),
    },
    site,
    // A redacted file says so in its name ("…-sector-partner-redacted-r1.airr"), not what its title was.
    title: redacted.mark ? `${profileLabel(redacted.mark.profile)} redacted` : document.content.title,
    revision: document.revision,
    stored: source.value.document,
  });
}
