/**
 * A CMS (PKCS #7) detached SignedData built with pkijs, for PDF signatures with SubFilter adbe.pkcs7.detached.
 * Signed attributes: contentType, signingTime, messageDigest (in DER SET order). The key may be a
 * non-extractable WebCrypto key: pkijs only asks WebCrypto to sign, and converts ECDSA to DER itself.
 */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { ownBytes } from '../crypto/bytes';
import { OID } from '../crypto/oids';

function signingTimeValue(date: Date): asn1js.UTCTime | asn1js.GeneralizedTime {
  // RFC 5652 11.3: UTCTime for 1950–2049, GeneralizedTime otherwise.
  return date.getUTCFullYear() < 2050
    ? new asn1js.UTCTime({ valueDate: date })
    : new asn1js.GeneralizedTime({ valueDate: date });
}

/** Builds the DER ContentInfo of a detached signature over content whose SHA-256 is `contentDigest`. */
export async function buildCmsSignature(options: {
  signingKey: CryptoKey;
  certificateDer: Uint8Array;
  contentDigest: Uint8Array;
  signingTime: Date;
}): Promise<Uint8Array> {
  const certificate = pkijs.Certificate.fromBER(ownBytes(options.certificateDer));
  const attribute = (type: string, value: asn1js.BaseBlock) => new pkijs.Attribute({ type, values: [value] });
  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.cmsData }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({
          issuer: certificate.issuer,
          serialNumber: certificate.serialNumber,
        }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({
          type: 0,
          attributes: [
            attribute(OID.contentType, new asn1js.ObjectIdentifier({ value: OID.cmsData })),
            attribute(OID.signingTime, signingTimeValue(options.signingTime)),
            attribute(
              OID.messageDigest,
              new asn1js.OctetString({ valueHex: ownBytes(options.contentDigest) }),
            ),
          ],
        }),
      }),
    ],
    certificates: [certificate],
  });
  await signedData.sign(options.signingKey, 0, 'SHA-256');
  const contentInfo = new pkijs.ContentInfo({
    contentType: OID.cmsSignedData,
    content: signedData.toSchema(true),
  });
  return new Uint8Array(contentInfo.toSchema().toBER(false));
}
