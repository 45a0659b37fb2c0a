import { fromUtf8 } from '../crypto/bytes';
import { parseCertificate, type ParsedCertificate } from '../crypto/parse-certificate';
import { verifyDetached } from '../crypto/sign';
import { isStrictDerSignature } from './strict-der';
import { success } from '../result';
import { reject, type Verified } from './verify-codes';

/**
 * Reads signer.pem and checks SHA256SUMS.sig over the exact SHA256SUMS bytes with its key. The certificate
 * is self-authenticating here (anyone can make one); who it belongs to is decided later by its fingerprint.
 */
export async function checkSignature(
  pem: Uint8Array,
  sums: Uint8Array,
  signature: Uint8Array,
): Promise<Verified<ParsedCertificate>> {
  const where = { file: 'signer.pem' };
  let parsed: Awaited<ReturnType<typeof parseCertificate>>;
  try {
    parsed = await parseCertificate(fromUtf8(pem));
  } catch {
    return reject(
      'bad-signature',
      'signer.pem is not a readable certificate, so nothing can be verified.',
      where,
    );
  }
  if (!parsed.ok) return reject('bad-signature', `${parsed.message} The signature cannot be checked.`, where);
  if (!isStrictDerSignature(signature) && signature[0] === 0x30 && signature.length >= 8) {
    return reject(
      'non-canonical-signature',
      'SHA256SUMS.sig is not in strict DER form (padded, long-form or trailing bytes), which openssl refuses.',
      { file: 'SHA256SUMS.sig' },
    );
  }
  let valid: boolean;
  try {
    valid = isStrictDerSignature(signature) && (await verifyDetached(parsed.value, sums, signature));
  } catch {
    valid = false;
  }
  if (!valid) {
    return reject('bad-signature', 'SHA256SUMS.sig is not a valid signature of SHA256SUMS by signer.pem.', {
      file: 'SHA256SUMS.sig',
    });
  }
  return success(parsed.value);
}

/** Warnings about a certificate used outside its validity period (trust is by fingerprint, not by dates). */
export function validityWarnings(certificate: ParsedCertificate, signedAt: string, now: Date): string[] {
  const warnings: string[] = [];
  const day = (date: Date) => date.toISOString().slice(0, 10);
  const signed = new Date(signedAt);
  if (certificate.notAfter < now)
    warnings.push(`The signer certificate expired on ${day(certificate.notAfter)}.`);
  if (certificate.notBefore > now) {
    warnings.push(`The signer certificate is not valid until ${day(certificate.notBefore)}.`);
  }
  if (signed < certificate.notBefore || signed > certificate.notAfter) {
    warnings.push('The bundle says it was made at a time its signer certificate was not valid.');
  }
  return warnings;
}
