/**
 * Self-signed X.509 v3 certificate naming an assessor. There is no CA in an air-gapped field kit: trust comes
 * from the security team comparing the SHA-256 fingerprint out of band, so the certificate only has to be
 * well-formed, name the person, and restrict the key to signing (keyUsage digitalSignature + nonRepudiation,
 * basicConstraints CA:false).
 */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { ownBytes } from './bytes';
import { fingerprintOf, type Fingerprint } from './fingerprint';
import { OID } from './oids';
import { toPem } from './pem';

/** Who the certificate names. */
export type CertificateSubject = { name: string; organization: string; email: string };

/** A certificate in the encodings the app needs. */
export type CertificateFiles = { der: Uint8Array; pem: string; fingerprint: Fingerprint };

// RFC 5280 4.1.2.5: UTCTime up to 2049, GeneralizedTime from 2050 on.
function timeOf(date: Date): pkijs.Time {
  const type = date.getUTCFullYear() < 2050 ? pkijs.TimeType.UTCTime : pkijs.TimeType.GeneralizedTime;
  return new pkijs.Time({ type, value: date });
}

/** A positive serial of 16 random bytes whose first byte keeps the DER INTEGER minimal and positive. */
function randomSerial(): asn1js.Integer {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  bytes[0] = 0x40 | ((bytes[0] ?? 0) & 0x3f);
  return new asn1js.Integer({ valueHex: bytes.buffer });
}

/** One attribute per RDN (CN=…, O=…, emailAddress=…), which is how OpenSSL and readers expect to show names. */
function subjectName(subject: CertificateSubject): pkijs.RelativeDistinguishedNames {
  const attributes: [string, asn1js.BaseStringBlock][] = [
    [OID.commonName, new asn1js.Utf8String({ value: subject.name })],
  ];
  if (subject.organization)
    attributes.push([OID.organization, new asn1js.Utf8String({ value: subject.organization })]);
  if (subject.email) attributes.push([OID.emailAddress, new asn1js.IA5String({ value: subject.email })]);
  const sets = attributes.map(
    ([type, value]) =>
      new asn1js.Set({ value: [new pkijs.AttributeTypeAndValue({ type, value }).toSchema()] }),
  );
  return pkijs.RelativeDistinguishedNames.fromBER(new asn1js.Sequence({ value: sets }).toBER(false));
}

function extension(extnID: string, critical: boolean, value: asn1js.BaseBlock): pkijs.Extension {
  return new pkijs.Extension({ extnID, critical, extnValue: value.toBER(false) });
}

function extensionsFor(subject: CertificateSubject, keyId: ArrayBuffer): pkijs.Extension[] {
  // keyUsage bits: digitalSignature (0) and nonRepudiation (1) → 0b11000000, 6 unused bits.
  const keyUsage = new asn1js.BitString({ valueHex: new Uint8Array([0xc0]).buffer, unusedBits: 6 });
  const list = [
    extension(OID.keyUsage, true, keyUsage),
    extension(OID.basicConstraints, true, new pkijs.BasicConstraints({ cA: false }).toSchema()),
    extension(OID.subjectKeyIdentifier, false, new asn1js.OctetString({ valueHex: keyId })),
    extension(
      OID.authorityKeyIdentifier,
      false,
      new pkijs.AuthorityKeyIdentifier({
        keyIdentifier: new asn1js.OctetString({ valueHex: keyId }),
      }).toSchema(),
    ),
  ];
  if (subject.email) {
    const names = new pkijs.GeneralNames({
      names: [new pkijs.GeneralName({ type: 1, value: subject.email })],
    });
    list.push(extension(OID.subjectAltName, false, names.toSchema()));
  }
  return list;
}

/**
 * Issues a self-signed certificate for an ECDSA P-256 key pair, signed ecdsa-with-SHA256.
 * Valid from now for `validityYears` years.
 */
export async function createSelfSignedCertificate(
  keys: { publicKey: CryptoKey; privateKey: CryptoKey },
  subject: CertificateSubject,
  validityYears: number,
  now: Date = new Date(),
): Promise<CertificateFiles> {
  const certificate = new pkijs.Certificate();
  certificate.version = 2;
  certificate.serialNumber = randomSerial();
  certificate.subject = subjectName(subject);
  certificate.issuer = subjectName(subject);
  const notBefore = new Date(Math.floor(now.getTime() / 1000) * 1000);
  const notAfter = new Date(notBefore);
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + validityYears);
  certificate.notBefore = timeOf(notBefore);
  certificate.notAfter = timeOf(notAfter);
  await certificate.subjectPublicKeyInfo.importKey(keys.publicKey);
  // RFC 5280 4.2.1.2 method 1: SHA-1 of the subjectPublicKey bits (an identifier, not a security property).
  const publicKeyBits = certificate.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView;
  const keyId = await globalThis.crypto.subtle.digest('SHA-1', ownBytes(publicKeyBits));
  certificate.extensions = extensionsFor(subject, keyId);
  await certificate.sign(keys.privateKey, 'SHA-256');
  const der = new Uint8Array(certificate.toSchema(true).toBER(false));
  return { der, pem: toPem(der, 'CERTIFICATE'), fingerprint: await fingerprintOf(der) };
}
