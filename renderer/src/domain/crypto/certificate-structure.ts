/**
 * The parts of an X.509 certificate the strict checks need, cut from the exact input bytes (RFC 5280 4.1):
 * the signed tbsCertificate, both signature algorithm fields, the signature, issuer, subject and key. Cutting
 * them from the input rather than re-encoding a parsed object is what makes "the signature covers these bytes"
 * and "the fingerprint is over these bytes" statements about the file itself.
 */
import { failure, success, type Result } from '../result';
import {
  checkTree,
  childrenOf,
  contentBytes,
  elementBytes,
  readElement,
  type DerElement,
} from './strict-der';

export type CertificateParts = {
  /** tbsCertificate, header included: what the signature signs. */
  tbs: Uint8Array;
  /** The outer signatureAlgorithm AlgorithmIdentifier. */
  signatureAlgorithm: Uint8Array;
  /** The signature AlgorithmIdentifier inside tbsCertificate (RFC 5280 says it must equal the outer one). */
  tbsSignatureAlgorithm: Uint8Array;
  /** The signatureValue BIT STRING's bits: a DER ECDSA-Sig-Value for the certificates the app accepts. */
  signature: Uint8Array;
  issuer: Uint8Array;
  subject: Uint8Array;
  /** SubjectPublicKeyInfo, header included, as WebCrypto imports it. */
  subjectPublicKeyInfo: Uint8Array;
};

export type StructureErrorCode =
  'certificate-unreadable' | 'certificate-trailing-bytes' | 'certificate-not-der';

const SEQUENCE = 0x30;
const INTEGER = 0x02;
const BIT_STRING = 0x03;
const VERSION_TAG = 0xa0;

const unreadable = () =>
  failure('certificate-unreadable', 'The certificate is not a readable DER-encoded X.509 certificate.');
const notDer = () =>
  failure(
    'certificate-not-der',
    'The certificate is not in strict DER form, so its fingerprint would not be the one openssl shows.',
  );

function problemFailure(problem: 'truncated' | 'not-der' | 'too-deep') {
  return problem === 'truncated' ? unreadable() : notDer();
}

function tbsFields(der: Uint8Array, tbs: DerElement) {
  const fields = childrenOf(der, tbs);
  if (typeof fields === 'string') return null;
  const offset = fields[0]?.tag === VERSION_TAG ? 1 : 0;
  const [serial, signature, issuer, validity, subject, spki] = fields.slice(offset);
  if (!serial || !signature || !issuer || !validity || !subject || !spki) return null;
  if (serial.tag !== INTEGER) return null;
  if ([signature, issuer, validity, subject, spki].some((field) => field.tag !== SEQUENCE)) return null;
  return { signature, issuer, subject, spki };
}

/** Cuts a DER certificate into its parts; refuses trailing bytes, BER-only encodings and a wrong shape. */
export function certificateParts(der: Uint8Array): Result<CertificateParts, StructureErrorCode> {
  const outer = readElement(der, 0);
  if (typeof outer === 'string') return problemFailure(outer);
  if (outer.end !== der.length)
    return failure(
      'certificate-trailing-bytes',
      'The certificate file has extra bytes after the certificate. A genuine certificate file ends where the certificate ends.',
    );
  if (outer.tag !== SEQUENCE) return unreadable();
  const problem = checkTree(der, outer);
  if (problem) return problemFailure(problem);
  const top = childrenOf(der, outer);
  if (typeof top === 'string' || top.length !== 3) return unreadable();
  const [tbs, algorithm, value] = top as [DerElement, DerElement, DerElement];
  if (tbs.tag !== SEQUENCE || algorithm.tag !== SEQUENCE || value.tag !== BIT_STRING) return unreadable();
  const fields = tbsFields(der, tbs);
  if (!fields) return unreadable();
  const bits = contentBytes(der, value);
  // The signature is whole bytes: the unused-bits octet must be zero.
  if (bits[0] !== 0) return notDer();
  return success({
    tbs: elementBytes(der, tbs),
    signatureAlgorithm: elementBytes(der, algorithm),
    tbsSignatureAlgorithm: elementBytes(der, fields.signature),
    signature: bits.subarray(1),
    issuer: elementBytes(der, fields.issuer),
    subject: elementBytes(der, fields.subject),
    subjectPublicKeyInfo: elementBytes(der, fields.spki),
  });
}
