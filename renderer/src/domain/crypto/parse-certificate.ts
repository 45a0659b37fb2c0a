import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { ownBytes, toHex } from './bytes';
import { failure, success, type Result } from '../result';
import { fingerprintOf, type Fingerprint } from './fingerprint';
import { OID } from './oids';
import { fromPem } from './pem';

const EC_PUBLIC_KEY = '1.2.840.10045.2.1';
const P256 = '1.2.840.10045.3.1.7';

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

export type CertificateErrorCode = 'certificate-unreadable' | 'certificate-unsupported-key';

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

function toDer(input: string | Uint8Array): Uint8Array | null {
  if (typeof input !== 'string') return input;
  return fromPem(input, 'CERTIFICATE');
}

/**
 * Reads a certificate from PEM text or DER bytes. Only ECDSA P-256 keys are accepted, because those are the
 * only ones the app creates and verifies.
 */
export async function parseCertificate(
  input: string | Uint8Array,
): Promise<Result<ParsedCertificate, CertificateErrorCode>> {
  const der = toDer(input);
  if (!der) return failure('certificate-unreadable', 'The file does not contain a PEM certificate.');
  let certificate: pkijs.Certificate;
  try {
    certificate = pkijs.Certificate.fromBER(ownBytes(der));
  } catch {
    return failure('certificate-unreadable', 'The certificate is not valid DER-encoded X.509.');
  }
  const spki = certificate.subjectPublicKeyInfo;
  const curve = spki.algorithm.algorithmParams as unknown;
  if (
    spki.algorithm.algorithmId !== EC_PUBLIC_KEY ||
    !(curve instanceof asn1js.ObjectIdentifier) ||
    curve.valueBlock.toString() !== P256
  ) {
    return failure('certificate-unsupported-key', 'The certificate key is not ECDSA P-256.');
  }
  const spkiDer = ownBytes(new Uint8Array(spki.toSchema().toBER(false)));
  const publicKey = await globalThis.crypto.subtle.importKey(
    'spki',
    spkiDer,
    { name: 'ECDSA', namedCurve: 'P-256' },
    true,
    ['verify'],
  );
  const subject = certificate.subject;
  return success({
    subject: {
      name: attribute(subject, OID.commonName),
      organization: attribute(subject, OID.organization),
      email: attribute(subject, OID.emailAddress) || rfc822Name(certificate),
    },
    fingerprint: await fingerprintOf(der),
    serialNumber: toHex(certificate.serialNumber.valueBlock.valueHexView),
    notBefore: certificate.notBefore.value,
    notAfter: certificate.notAfter.value,
    publicKey,
    der,
  });
}
