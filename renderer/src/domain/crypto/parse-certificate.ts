/**
 * Reads an assessor certificate strictly. The app accepts exactly one kind: a self-signed X.509 certificate
 * for an ECDSA P-256 key, signed ecdsa-with-SHA256 by that same key, in strict DER with nothing after it (or
 * PEM holding exactly that). Trust is by the SHA-256 fingerprint over the exact DER bytes, which is then the
 * value `openssl x509 -noout -fingerprint -sha256` prints; and because the self-signature is checked, every
 * variant of a certificate costs a signature by its key, not just a hash.
 */
import * as pkijs from 'pkijs';
import { ownBytes, toHex } from './bytes';
import { MAX_CERTIFICATE_BYTES, MAX_CERTIFICATE_TEXT } from './certificate-limits';
import { certificateFromPem, type PemErrorCode } from './certificate-pem';
import { certificateParts, type CertificateParts, type StructureErrorCode } from './certificate-structure';
import { derSignatureToRaw, rawSignatureToDer } from './ecdsa-der';
import { failure, success, type Failure, type Result } from '../result';
import { fingerprintOf, type Fingerprint } from './fingerprint';
import { OID } from './oids';
import { sameBytes } from './strict-der';

export { MAX_CERTIFICATE_BYTES, MAX_CERTIFICATE_TEXT };

/** What the app shows and checks about a signer certificate. */
export type ParsedCertificate = {
  subject: { name: string; organization: string; email: string };
  fingerprint: Fingerprint;
  serialNumber: string;
  notBefore: Date;
  notAfter: Date;
  /** ECDSA P-256 verify key. */
  publicKey: CryptoKey;
  der: Uint8Array;
};

export type CertificateErrorCode =
  | PemErrorCode
  | StructureErrorCode
  | 'certificate-too-large'
  | 'certificate-not-ecdsa-sha256'
  | 'certificate-not-p256'
  | 'certificate-not-self-signed'
  | 'certificate-bad-self-signature';

// AlgorithmIdentifier { ecdsa-with-SHA256 } with parameters absent (RFC 5758 3.2).
const ECDSA_WITH_SHA256 = new Uint8Array([
  0x30, 0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x02,
]);
// AlgorithmIdentifier { id-ecPublicKey, prime256v1 } (RFC 5480 2.1.1).
const EC_P256_KEY = new Uint8Array([
  0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d,
  0x03, 0x01, 0x07,
]);
const ECDSA_SHA256 = { name: 'ECDSA', hash: 'SHA-256' } as const;

function attribute(name: pkijs.RelativeDistinguishedNames, oid: string): string {
  const found = name.typesAndValues.find((t) => t.type === oid);
  const value: unknown = found?.value.valueBlock.value;
  return typeof value === 'string' ? value : '';
}

function rfc822Name(certificate: pkijs.Certificate): string {
  const san = certificate.extensions?.find((e) => e.extnID === OID.subjectAltName);
  if (!san) return '';
  try {
    const names = pkijs.GeneralNames.fromBER(ownBytes(san.extnValue.valueBlock.valueHexView));
    const email = names.names.find((n) => n.type === 1);
    return typeof email?.value === 'string' ? email.value : '';
  } catch {
    return '';
  }
}

function toDer(input: string | Uint8Array): Result<Uint8Array, CertificateErrorCode> {
  const tooLarge = failure(
    'certificate-too-large',
    `The certificate is larger than ${MAX_CERTIFICATE_BYTES / 1024} KiB, far more than an assessor certificate.`,
  );
  if (typeof input !== 'string') return input.length > MAX_CERTIFICATE_BYTES ? tooLarge : success(input);
  if (input.length > MAX_CERTIFICATE_TEXT) return tooLarge;
  const der = certificateFromPem(input);
  if (der.ok && der.value.length > MAX_CERTIFICATE_BYTES) return tooLarge;
  return der;
}

async function importP256(parts: CertificateParts): Promise<CryptoKey | null> {
  if (!sameBytes(parts.subjectPublicKeyInfo.subarray(2, 2 + EC_P256_KEY.length), EC_P256_KEY)) return null;
  try {
    const spki = ownBytes(parts.subjectPublicKeyInfo);
    return await globalThis.crypto.subtle.importKey(
      'spki',
      spki,
      { name: 'ECDSA', namedCurve: 'P-256' },
      true,
      ['verify'],
    );
  } catch {
    // Not a point on the curve, or a point encoding WebCrypto does not read.
    return null;
  }
}

/** Checks everything about the signature; null when the certificate is genuinely signed by its own key. */
async function selfSignatureProblem(
  parts: CertificateParts,
  publicKey: CryptoKey,
): Promise<Failure<CertificateErrorCode> | null> {
  if (!sameBytes(parts.issuer, parts.subject))
    return failure(
      'certificate-not-self-signed',
      'The certificate names an issuer other than its subject. Assessor certificates are self-signed.',
    );
  const badSignature = failure(
    'certificate-bad-self-signature',
    'The certificate’s signature does not verify with its own key: it was altered after it was signed, or forged.',
  );
  let raw: Uint8Array;
  try {
    raw = derSignatureToRaw(parts.signature);
  } catch {
    return badSignature;
  }
  // Only the minimal DER form, as openssl requires: another encoding of the same signature is another file.
  if (!sameBytes(rawSignatureToDer(raw), parts.signature))
    return failure(
      'certificate-not-der',
      'The certificate is not in strict DER form, so its fingerprint would not be the one openssl shows.',
    );
  const valid = await globalThis.crypto.subtle.verify(
    ECDSA_SHA256,
    publicKey,
    ownBytes(raw),
    ownBytes(parts.tbs),
  );
  return valid ? null : badSignature;
}

function readFields(der: Uint8Array): pkijs.Certificate | null {
  try {
    return pkijs.Certificate.fromBER(ownBytes(der));
  } catch {
    return null;
  }
}

/**
 * Reads a certificate from PEM text or DER bytes and checks it strictly (see the module comment). Every
 * refusal is a {@link Failure} with its own code; nothing here throws for any input.
 */
export async function parseCertificate(
  input: string | Uint8Array,
): Promise<Result<ParsedCertificate, CertificateErrorCode>> {
  const der = toDer(input);
  if (!der.ok) return der;
  const parts = certificateParts(der.value);
  if (!parts.ok) return parts;
  const publicKey = await importP256(parts.value);
  if (!publicKey) return failure('certificate-not-p256', 'The certificate’s key is not an ECDSA P-256 key.');
  if (
    !sameBytes(parts.value.signatureAlgorithm, ECDSA_WITH_SHA256) ||
    !sameBytes(parts.value.tbsSignatureAlgorithm, ECDSA_WITH_SHA256)
  )
    return failure('certificate-not-ecdsa-sha256', 'The certificate is not signed with ECDSA and SHA-256.');
  const problem = await selfSignatureProblem(parts.value, publicKey);
  if (problem) return problem;
  const certificate = readFields(der.value);
  if (!certificate)
    return failure(
      'certificate-unreadable',
      'The certificate is not a readable DER-encoded X.509 certificate.',
    );
  const subject = certificate.subject;
  return success({
    subject: {
      name: attribute(subject, OID.commonName),
      organization: attribute(subject, OID.organization),
      email: attribute(subject, OID.emailAddress) || rfc822Name(certificate),
    },
    fingerprint: await fingerprintOf(der.value),
    serialNumber: toHex(certificate.serialNumber.valueBlock.valueHexView),
    notBefore: certificate.notBefore.value,
    notAfter: certificate.notAfter.value,
    publicKey,
    der: der.value,
  });
}
