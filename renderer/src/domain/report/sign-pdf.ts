import { sha256 } from '@noble/hashes/sha2.js';
import { pdflibAddPlaceholder } from '@signpdf/placeholder-pdf-lib';
import { PDFDocument } from 'pdf-lib';
import { failure, success, type Result } from '../result';
import { fromPem } from '../crypto/pem';
import { embedSignature, fillByteRange, signedSpans } from './byte-range';
import { buildCmsSignature } from './cms-signature';

/** Room for the CMS in bytes: certificate (~0.6 KB) + signer info (~0.3 KB), with a wide margin. */
const SIGNATURE_CAPACITY = 8192;

export type PdfSigner = {
  /** Unlocked non-extractable ECDSA P-256 key. */
  signingKey: CryptoKey;
  certificatePem: string;
  /** Shown by PDF readers as the signer name. */
  name: string;
  /** e.g. "Assessment report for <site>". */
  reason: string;
  location: string;
  contactInfo: string;
};

export type SignPdfErrorCode = 'pdf-unreadable' | 'signer-invalid' | 'signing-failed';

/**
 * Signs a PDF with a CMS detached signature (SubFilter adbe.pkcs7.detached, SHA-256), as an invisible
 * signature field on page 1. pdfsig and PDF readers report it as valid and unmodified; the certificate is
 * self-signed, so readers show the signer as untrusted until the certificate is trusted locally.
 */
export async function signPdf(
  pdf: Uint8Array,
  signer: PdfSigner,
  signingTime: Date = new Date(),
): Promise<Result<Uint8Array, SignPdfErrorCode>> {
  const certificateDer = fromPem(signer.certificatePem, 'CERTIFICATE');
  if (!certificateDer) return failure('signer-invalid', 'The signer certificate is not a PEM certificate.');
  let withPlaceholder: Uint8Array;
  try {
    const document = await PDFDocument.load(pdf, { updateMetadata: false });
    pdflibAddPlaceholder({
      pdfDoc: document,
      reason: signer.reason,
      contactInfo: signer.contactInfo,
      name: signer.name,
      location: signer.location,
      signingTime,
      signatureLength: SIGNATURE_CAPACITY,
      subFilter: 'adbe.pkcs7.detached',
      appName: 'AIRR Assessor',
    });
    withPlaceholder = await document.save({ useObjectStreams: false });
  } catch {
    return failure('pdf-unreadable', 'The report PDF could not be prepared for signing.');
  }
  try {
    const prepared = fillByteRange(withPlaceholder);
    const hash = sha256.create();
    for (const span of signedSpans(prepared)) hash.update(span);
    const cms = await buildCmsSignature({
      signingKey: signer.signingKey,
      certificateDer,
      contentDigest: hash.digest(),
      signingTime,
    });
    return success(embedSignature(prepared, cms));
  } catch (error) {
    const detail = error instanceof Error ? ` ${error.message}` : '';
    return failure('signing-failed', `The report could not be signed.${detail}`);
  }
}
