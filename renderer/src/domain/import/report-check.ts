/**
 * report.pdf is verified as a second signature, not trusted as an opaque file: its PDF signature must be the
 * one the exporter writes (one CMS detached signature, SHA-256, over the whole file except its Contents hex
 * string; see report/sign-pdf.ts and byte-range.ts), made with the bundle's own certificate and key, and the
 * assessment digest it names must be the SHA-256 of assessment.json. All of this runs only after SHA256SUMS
 * is verified, so the bytes parsed here are already signed.
 */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { ownBytes, toHex } from '../crypto/bytes';
import { derSignatureToRaw } from '../crypto/ecdsa-der';
import { OID } from '../crypto/oids';
import type { ParsedCertificate } from '../crypto/parse-certificate';
import { digestsInPdf } from '../report/report-digest';
import { pdfPrintsDigest } from './printed-digest';
import { isStrictDerSignature } from './strict-der';
import { DONE, success } from '../result';
import { reject, type Verified, type VerifyFailure } from './verify-codes';

const FILE = { file: 'report.pdf' };
const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d{1,10})\s+(\d{1,10})\s+(\d{1,10})\s+(\d{1,10})\s*\]/g;
const SHA256 = '2.16.840.1.101.3.4.2.1';
const ECDSA_SHA256 = '1.2.840.10045.4.3.2';

const unsigned = (why: string) => reject('report-unsigned', `report.pdf ${why}.`, FILE);
const invalid = (why: string) =>
  reject('report-signature-invalid', `The PDF signature of report.pdf ${why}.`, FILE);

type Located = { signed: Uint8Array<ArrayBuffer>; cms: Uint8Array };

/** Finds the one signature and checks that it covers every byte but its own Contents string. */
function locate(pdf: Uint8Array, text: string): Verified<Located> {
  const ranges = [...text.matchAll(BYTE_RANGE)];
  if (ranges.length === 0) return unsigned('carries no PDF signature');
  if (ranges.length > 1) return unsigned('carries more than one PDF signature');
  const [a, b, c, d] = (ranges[0] ?? []).slice(1).map(Number) as [number, number, number, number];
  if (a !== 0 || b < 1 || c <= b + 1 || c + d !== pdf.length || pdf[b] !== 0x3c || pdf[c - 1] !== 0x3e) {
    return unsigned('has a signature that does not cover the whole file');
  }
  const hex = text.slice(b + 1, c - 1);
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) return unsigned('has a malformed signature value');
  const cms = new Uint8Array(hex.length / 2);
  for (let i = 0; i < cms.length; i++) cms[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  const signed = new Uint8Array(b + d);
  signed.set(pdf.subarray(0, b), 0);
  signed.set(pdf.subarray(c, c + d), b);
  return success({ signed, cms });
}

function signedDataOf(cms: Uint8Array): Verified<pkijs.SignedData> {
  const parsed = asn1js.fromBER(ownBytes(cms));
  // The Contents string is zero-padded after the DER; anything else after it is not ours.
  if (parsed.offset < 0 || cms.subarray(parsed.offset).some((byte) => byte !== 0)) {
    return unsigned('has a signature value that is not one DER structure');
  }
  try {
    const info = new pkijs.ContentInfo({ schema: parsed.result });
    if (info.contentType !== OID.cmsSignedData) return unsigned('has a signature that is not CMS SignedData');
    return success(new pkijs.SignedData({ schema: info.content }));
  } catch {
    return unsigned('has a signature that is not CMS SignedData');
  }
}

function attributeValue(signer: pkijs.SignerInfo, oid: string): unknown {
  const found = signer.signedAttrs?.attributes.filter((attribute) => attribute.type === oid) ?? [];
  const values: unknown[] = found.length === 1 && found[0] ? found[0].values : [];
  return values.length === 1 ? values[0] : undefined;
}

function signerOf(data: pkijs.SignedData, certificate: ParsedCertificate): Verified<pkijs.SignerInfo> {
  const certificates = data.certificates ?? [];
  const embedded = certificates[0];
  if (
    data.signerInfos.length !== 1 ||
    certificates.length !== 1 ||
    !(embedded instanceof pkijs.Certificate)
  ) {
    return unsigned('does not carry exactly one signer and one certificate');
  }
  const der = new Uint8Array(embedded.toSchema().toBER(false));
  if (toHex(der) !== toHex(certificate.der)) {
    return reject(
      'report-signer-mismatch',
      'report.pdf was signed with a different certificate than signer.pem.',
      FILE,
    );
  }
  const signer = data.signerInfos[0] as pkijs.SignerInfo;
  const sid = signer.sid as unknown;
  if (
    !(sid instanceof pkijs.IssuerAndSerialNumber) ||
    !sid.issuer.isEqual(embedded.issuer) ||
    !sid.serialNumber.isEqual(embedded.serialNumber)
  ) {
    return reject('report-signer-mismatch', 'report.pdf names another signer than its certificate.', FILE);
  }
  if (
    signer.digestAlgorithm.algorithmId !== SHA256 ||
    signer.signatureAlgorithm.algorithmId !== ECDSA_SHA256
  ) {
    return invalid('does not use ECDSA with SHA-256');
  }
  return success(signer);
}

async function signatureProblem(
  located: Located,
  signer: pkijs.SignerInfo,
  certificate: ParsedCertificate,
): Promise<VerifyFailure | null> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', located.signed));
  const recorded = attributeValue(signer, OID.messageDigest);
  const contentType = attributeValue(signer, OID.contentType);
  if (!(recorded instanceof asn1js.OctetString) || !(contentType instanceof asn1js.ObjectIdentifier)) {
    return invalid('lacks the signed attributes the exporter writes');
  }
  if (toHex(recorded.valueBlock.valueHexView) !== toHex(digest)) {
    return invalid('was made over different content: the report was changed after it was signed');
  }
  const signature = new Uint8Array(signer.signature.valueBlock.valueHexView);
  const attributes = signer.signedAttrs?.encodedValue;
  if (!attributes || !isStrictDerSignature(signature)) return invalid('is not a strict DER ECDSA signature');
  const valid = await globalThis.crypto.subtle.verify(
    { name: 'ECDSA', hash: 'SHA-256' },
    certificate.publicKey,
    ownBytes(derSignatureToRaw(signature)),
    attributes,
  );
  return valid ? null : invalid('does not verify with the key of signer.pem');
}

/** Verifies report.pdf against the bundle's certificate and assessment digest (SHA-256 of assessment.json). */
export async function checkReport(
  pdf: Uint8Array,
  certificate: ParsedCertificate,
  assessmentSha256: string,
): Promise<Verified<undefined>> {
  // windows-1252 maps every byte to one UTF-16 unit, so string offsets are byte offsets.
  const text = new TextDecoder('windows-1252').decode(pdf);
  const located = locate(pdf, text);
  if (!located.ok) return located;
  const data = signedDataOf(located.value.cms);
  if (!data.ok) return data;
  const signer = signerOf(data.value, certificate);
  if (!signer.ok) return signer;
  const problem = await signatureProblem(located.value, signer.value, certificate);
  if (problem) return problem;
  const named = digestsInPdf(text);
  // A report from before the digest keyword names the digest only on its pages; check it there.
  if (named.length === 0 && pdfPrintsDigest(pdf, text, assessmentSha256)) return DONE;
  if (named.length === 0 || named.some((digest) => digest !== assessmentSha256)) {
    return reject(
      'report-digest-mismatch',
      named.length === 0
        ? 'report.pdf does not name or print the digest of assessment.json it was made from.'
        : 'report.pdf names a different assessment digest than the SHA-256 of assessment.json.',
      FILE,
    );
  }
  return DONE;
}
