import type { PdfCursor } from './pdf-cursor';
import { COLOR } from './pdf-style';
import { pdfSafe } from './pdf-text';
import type { ReportInput } from './report-input';

function monoLine(cursor: PdfCursor, label: string, value: string): void {
  cursor.ensure(30);
  cursor.font(9, 'bold');
  cursor.setColor('text', COLOR.muted);
  cursor.doc.text(label, cursor.left, cursor.y + 9);
  cursor.font(8, 'normal', 'mono');
  cursor.setColor('text', COLOR.ink);
  cursor.doc.text(pdfSafe(value), cursor.left, cursor.y + 22);
  cursor.y += 32;
}

/** Who signed, what the digests are, and how to check them without this application. */
export function drawSignatureSection(cursor: PdfCursor, input: ReportInput): void {
  const { signer } = input;
  cursor.newPage();
  cursor.heading('Signature and integrity');
  cursor.paragraph(
    'This report is digitally signed with the assessor certificate below (a PDF signature: a PDF reader shows ' +
      'whether the file was changed after signing). The certificate is self-signed; compare its fingerprint with ' +
      'the one the assessor gave you through a separate channel before trusting it.',
  );
  cursor.keyValues([
    ['Signer', signer.name],
    ['Organization', signer.organization],
  ]);
  cursor.gap(6);
  monoLine(cursor, 'Certificate SHA-256 fingerprint', signer.fingerprint);
  monoLine(cursor, 'Assessment digest: SHA-256 of assessment.json', input.assessmentSha256);
  cursor.paragraph(
    'The assessment digest identifies the exact assessment data this report was made from. In the .airr bundle, ' +
      '"sha256sum assessment.json" prints the same value, manifest.json repeats it as assessmentSha256, and ' +
      'SHA256SUMS (signed as SHA256SUMS.sig) covers every file including this report.',
    9,
    COLOR.muted,
  );
}
