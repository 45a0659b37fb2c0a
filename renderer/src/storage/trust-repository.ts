/**
 * The trust store: assessor certificates this device trusts, keyed by the lowercase hex SHA-256 fingerprint
 * that verifyBundle reports. A certificate is always parsed (strictly) before it is stored, so what is listed
 * is what the fingerprint was computed over, and a row is written only when the caller passes the whole
 * fingerprint the person confirmed out of band and it equals the certificate's: no code path can trust a
 * signer on less than the full 256 bits.
 */
import {
  parseCertificate,
  type CertificateErrorCode,
  type ParsedCertificate,
} from '../domain/crypto/parse-certificate';
import { toPem } from '../domain/crypto/pem';
import { DONE, failure, success, type Result } from '../domain/result';
import { sameFingerprint } from '../domain/crypto/fingerprint';
import type { AirrDatabase } from './database';
import type { TrustedSignerRow } from './rows';
import { storageFailure, type IoCode } from './storage-errors';
import { defaultLabel, MAX_LABEL_LENGTH } from './trust-queries';

export { defaultLabel, MAX_LABEL_LENGTH };

/** A parsed certificate offered for trust: what the user compares before confirming. */
export type TrustCandidate = {
  /** 64 lowercase hex. */
  fingerprint: string;
  /** Uppercase colon form, as `openssl x509 -fingerprint -sha256` prints it. */
  fingerprintColon: string;
  subject: ParsedCertificate['subject'];
  notBefore: string;
  notAfter: string;
  certificatePem: string;
};

/** The stable codes of the trust store: why a certificate cannot be read, or was not added. */
export type TrustCode = CertificateErrorCode | 'label-invalid' | 'fingerprint-not-confirmed' | IoCode;

/** Reads a certificate (PEM text or DER bytes) into a candidate, or says why it cannot be trusted. */
export async function readTrustCandidate(
  input: string | Uint8Array,
): Promise<Result<TrustCandidate, CertificateErrorCode>> {
  const parsed = await parseCertificate(input);
  if (!parsed.ok) return parsed;
  const certificate = parsed.value;
  return success({
    fingerprint: certificate.fingerprint.compact,
    fingerprintColon: certificate.fingerprint.colon,
    subject: certificate.subject,
    notBefore: certificate.notBefore.toISOString(),
    notAfter: certificate.notAfter.toISOString(),
    certificatePem: toPem(certificate.der, 'CERTIFICATE'),
  });
}

/**
 * Adds (or relabels) a trusted signer from a certificate. The certificate is parsed here again rather than
 * taken from the caller, so a row can never pair a label with a fingerprint the PEM does not have.
 * `confirmedFingerprint` is the full fingerprint the person compared (typed from what the assessor gave
 * them, or read from a certificate file brought on separate media), in any form normalizeFingerprint reads.
 */
export async function addTrustedSigner(
  db: AirrDatabase,
  certificate: string | Uint8Array,
  label: string,
  confirmedFingerprint: string,
  now = new Date(),
): Promise<Result<TrustedSignerRow, TrustCode>> {
  const read = await readTrustCandidate(certificate);
  if (!read.ok) return read;
  const candidate = read.value;
  if (!sameFingerprint(candidate.fingerprint, confirmedFingerprint))
    return failure(
      'fingerprint-not-confirmed',
      'The signer was not added: the whole fingerprint was not confirmed to be this certificate’s.',
    );
  const name = label.trim() || defaultLabel(candidate.subject);
  if (!name || name.length > MAX_LABEL_LENGTH)
    return failure('label-invalid', `Give the signer a label of 1 to ${MAX_LABEL_LENGTH} characters.`);
  try {
    const signer = await db.transaction('rw', db.trustedSigners, async () => {
      const existing = await db.trustedSigners.get(candidate.fingerprint);
      const row: TrustedSignerRow = {
        fingerprint: candidate.fingerprint,
        label: name,
        certificatePem: candidate.certificatePem,
        subjectName: candidate.subject.name,
        addedAt: existing?.addedAt ?? now.toISOString(),
      };
      await db.trustedSigners.put(row);
      return row;
    });
    return success(signer);
  } catch (error) {
    return storageFailure(error);
  }
}

/** Removes a signer from the trust store (distrust). Removing one that is not there is not an error. */
export async function removeTrustedSigner(
  db: AirrDatabase,
  fingerprint: string,
): Promise<Result<undefined, IoCode>> {
  try {
    await db.trustedSigners.delete(fingerprint.toLowerCase());
    return DONE;
  } catch (error) {
    return storageFailure(error);
  }
}

// The read-only lookups live in trust-queries.ts (no certificate code); re-exported for existing callers.
export { findTrustedSigner, isTrusted, listTrustedSigners, trustLookup } from './trust-queries';
