/**
 * The signature of a backup archive. backup.json lists the SHA-256 of every other file, so signing its exact
 * bytes signs the whole archive: backup.json.sig is a detached ECDSA-SHA256 signature in strict DER (the
 * form bundles use for SHA256SUMS.sig, so `openssl dgst -sha256 -verify` checks it too) by the key of
 * signer.pem, the unlocked identity's certificate. age sealing alone proves nothing about the author: anyone
 * holding the recipient's public key can seal an archive to it.
 */
import { fromUtf8, utf8 } from '../../domain/crypto/bytes';
import { parseCertificate, type ParsedCertificate } from '../../domain/crypto/parse-certificate';
import { signDetached, verifyDetached } from '../../domain/crypto/sign';
import { isStrictDerSignature } from '../../domain/import/strict-der';
import { failure, success, type Result } from '../../domain/result';
import type { AirrDatabase } from '../database';
import { getIdentity } from '../identity-repository';

export const SIGNATURE_FILE = 'backup.json.sig';
export const CERTIFICATE_FILE = 'signer.pem';

/** The unlocked identity a backup is signed with. */
export type BackupSigner = { signingKey: CryptoKey; certificatePem: string };

export type SignedManifestFiles = { signature: Uint8Array; certificate: Uint8Array };

/** The signer's certificate, checked to belong to the unlocked key before anything is signed. */
export async function signerCertificate(
  signer: BackupSigner,
): Promise<Result<ParsedCertificate, 'signer-invalid'>> {
  const parsed = await parseCertificate(signer.certificatePem);
  if (!parsed.ok)
    return failure('signer-invalid', `The identity's certificate is unusable: ${parsed.message}`);
  const probe = utf8('airr-backup key check');
  const valid = await verifyDetached(parsed.value, probe, await signDetached(signer.signingKey, probe));
  if (!valid)
    return failure('signer-invalid', 'The unlocked key does not belong to the identity certificate.');
  return success(parsed.value);
}

/** Signs the exact bytes of backup.json. */
export async function signManifest(signer: BackupSigner, manifest: Uint8Array): Promise<SignedManifestFiles> {
  return {
    signature: await signDetached(signer.signingKey, manifest),
    certificate: utf8(signer.certificatePem),
  };
}

/** Checks backup.json.sig over backup.json with signer.pem's key; the certificate is who signed it. */
export async function verifyManifestSignature(
  files: Record<string, Uint8Array>,
  manifest: Uint8Array,
): Promise<Result<ParsedCertificate, 'unsigned' | 'bad-signature'>> {
  const signature = files[SIGNATURE_FILE];
  const pem = files[CERTIFICATE_FILE];
  if (!signature || !pem) {
    return failure(
      'unsigned',
      `This backup is not signed (it has no ${signature ? CERTIFICATE_FILE : SIGNATURE_FILE}), so who made it and whether it was changed cannot be checked. Make a new backup with this version of the app.`,
    );
  }
  let parsed: Awaited<ReturnType<typeof parseCertificate>> | null;
  try {
    parsed = await parseCertificate(fromUtf8(pem));
  } catch {
    parsed = null;
  }
  if (!parsed?.ok) {
    return failure(
      'bad-signature',
      `${CERTIFICATE_FILE} is not a readable signer certificate, so the signature cannot be checked.`,
    );
  }
  let valid: boolean;
  try {
    valid = isStrictDerSignature(signature) && (await verifyDetached(parsed.value, manifest, signature));
  } catch {
    valid = false;
  }
  if (!valid) {
    return failure(
      'bad-signature',
      `${SIGNATURE_FILE} is not a valid signature of backup.json by ${CERTIFICATE_FILE}: the archive was changed after it was signed.`,
    );
  }
  return success(parsed.value);
}

/** `own`: this profile's identity. `trusted`: in the trust store. `unknown`: neither; restoring needs a confirmation. */
export type BackupSignerKind = 'own' | 'trusted' | 'unknown';

export type BackupSignerInfo = {
  kind: BackupSignerKind;
  name: string;
  organization: string;
  /** 64 lowercase hex. */
  fingerprint: string;
  /** The trust store's label when trusted, else null. */
  trustedLabel: string | null;
};

/** Who signed the archive, as this profile knows them. */
export async function identifySigner(
  db: AirrDatabase,
  certificate: ParsedCertificate,
): Promise<BackupSignerInfo> {
  const fingerprint = certificate.fingerprint.compact;
  const base = {
    name: certificate.subject.name,
    organization: certificate.subject.organization,
    fingerprint,
  };
  const identity = await getIdentity(db);
  if (identity.ok && identity.value?.fingerprint === fingerprint) {
    return { ...base, kind: 'own', trustedLabel: null };
  }
  const trusted = await db.trustedSigners.get(fingerprint);
  return trusted
    ? { ...base, kind: 'trusted', trustedLabel: trusted.label }
    : { ...base, kind: 'unknown', trustedLabel: null };
}
