/**
 * Everything before the first byte is written: the document from storage, its digest, and the signed PDF
 * report. Done before the save dialog opens, so a problem is reported without leaving an empty file behind.
 */
import { assessmentJson } from '../../domain/bundle/assessment-json';
import type { BundleInput } from '../../domain/bundle/bundle-input';
import { colonFingerprint } from '../../domain/crypto/fingerprint';
import type { IdentityRecord } from '../../domain/crypto/identity';
import { BUILT_IN_PACK } from '../../domain/framework/builtin-pack';
import { buildReportPdf } from '../../domain/report/build-report';
import { signPdf } from '../../domain/report/sign-pdf';
import type { AirrDatabase } from '../../storage/database';
import { loadExportSource } from '../../storage/export-source';
import { buildReportInput } from './report-input';

export type ExportSigner = { record: IdentityRecord; signingKey: CryptoKey };

export type PreparedExport = { bundle: BundleInput; site: string; title: string; revision: number };

export type PrepareResult =
  { ok: true; value: PreparedExport } | { ok: false; code: string; message: string };

function digestOf(bundleDocument: BundleInput['document']): PrepareResult | string {
  try {
    return assessmentJson(bundleDocument).sha256;
  } catch {
    return {
      ok: false,
      code: 'invalid-assessment',
      message:
        'The assessment has a field the export format does not accept. Check the Setup and Scope steps.',
    };
  }
}

export async function prepareExport(
  db: AirrDatabase,
  assessmentId: string,
  signer: ExportSigner,
  appVersion: string,
  now: Date = new Date(),
): Promise<PrepareResult> {
  const source = await loadExportSource(db, assessmentId);
  if (!source.ok) return source;
  const { document, evidence } = source.value;
  const digest = digestOf(document);
  if (typeof digest !== 'string') return digest;
  const { record, signingKey } = signer;
  const site = document.content.site.name;
  const input = buildReportInput(
    BUILT_IN_PACK,
    document,
    {
      name: record.name,
      organization: record.organization,
      fingerprint: colonFingerprint(record.fingerprint),
    },
    digest,
    appVersion,
    now,
  );
  const signed = await signPdf(
    buildReportPdf(input),
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
  return {
    ok: true,
    value: {
      bundle: {
        document,
        evidence,
        reportPdf: signed.value,
        signerCertificatePem: record.certificatePem,
        signingKey,
        appVersion,
        createdAt: now.toISOString(),
      },
      site,
      title: document.content.title,
      revision: document.revision,
    },
  };
}
