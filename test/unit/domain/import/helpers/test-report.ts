/**
 * A small report.pdf made the way the exporter makes one: a jsPDF document whose Keywords name the
 * assessment digest, signed with signPdf (CMS detached over the ByteRange) by the given key.
 */
import { jsPDF } from 'jspdf';
import { signPdf } from '../../../../../renderer/src/domain/report/sign-pdf';
import { digestKeyword } from '../../../../../renderer/src/domain/report/report-digest';

export type ReportSigner = { signingKey: CryptoKey; certificatePem: string };

export function unsignedReport(assessmentSha256: string): Uint8Array {
  const doc = new jsPDF({ unit: 'pt', format: 'letter', compress: true });
  doc.setProperties({ title: 'Test report', keywords: `TLP:AMBER, ${digestKeyword(assessmentSha256)}` });
  doc.setCreationDate(new Date('2025-03-02T13:00:00.000Z'));
  doc.text(`Bundle digest: ${assessmentSha256}`, 72, 72);
  return new Uint8Array(doc.output('arraybuffer'));
}

export async function signedReport(signer: ReportSigner, assessmentSha256: string, pdf?: Uint8Array) {
  const signed = await signPdf(
    pdf ?? unsignedReport(assessmentSha256),
    {
      signingKey: signer.signingKey,
      certificatePem: signer.certificatePem,
      name: 'Test signer',
      reason: 'Assessment report',
      location: 'Test',
      contactInfo: 'test@example.org',
    },
    new Date('2025-03-02T13:00:00.000Z'),
  );
  if (!signed.ok) throw new Error(signed.message);
  return signed.value;
}
