// Real bundles for the command-line tests: a real identity (any name, hostile ones included), a real signed
// report and the fixture evidence, written with the app's own exporter.
import { assessmentJson } from '../../../renderer/src/domain/bundle/assessment-json';
import type { AssessmentDocument } from '../../../renderer/src/domain/assessment/model';
import { createIdentity, type CreatedIdentity } from '../../../renderer/src/domain/crypto/identity';
import { buildReportPdf } from '../../../renderer/src/domain/report/build-report';
import { signPdf } from '../../../renderer/src/domain/report/sign-pdf';
import { evidenceSources, writeBundleFile } from '../domain/bundle/bundle-fixture';
import { fixtureDocument, reportInput } from '../domain/report/report-fixture';

export async function identityNamed(name: string): Promise<CreatedIdentity> {
  const created = await createIdentity({
    name,
    organization: 'State Water Authority',
    email: 'dana@example.org',
    passphrase: 'correct horse battery',
  });
  if (!created.ok) throw new Error(created.message);
  return created.value;
}

/** Writes a bundle of `document` (the fixture by default) signed by `identity` (named `signerName`) to `path`. */
export async function writeSignedBundle(
  identity: CreatedIdentity,
  path: string,
  document: AssessmentDocument = fixtureDocument(),
  signerName = 'Dana Whitfield',
): Promise<void> {
  const { sha256 } = assessmentJson(document);
  const signer = {
    name: signerName,
    organization: 'State Water Authority',
    fingerprint: identity.certificate.fingerprint.colon,
  };
  const pdf = await signPdf(buildReportPdf({ ...reportInput(signer, sha256), document }), {
    signingKey: identity.signingKey,
    certificatePem: identity.certificate.pem,
    name: 'Assessor',
    reason: 'Assessment report',
    location: 'Site',
    contactInfo: 'dana@example.org',
  });
  if (!pdf.ok) throw new Error(pdf.message);
  const written = await writeBundleFile(
    {
      document,
      evidence: evidenceSources(),
      reportPdf: pdf.value,
      signerCertificatePem: identity.certificate.pem,
      signingKey: identity.signingKey,
      appVersion: '0.1.0',
      createdAt: '2026-03-04T16:05:00.000Z',
    },
    path,
  );
  if (!written.ok) throw new Error(written.message);
}
