/**
 * The assessor's signing identity: an ECDSA P-256 key pair made on this device and a self-signed certificate
 * naming the assessor. The stored record holds the certificate in the clear and the private key wrapped under
 * the passphrase (see key-wrap.ts); storage persists the record as is.
 */
import { z } from 'zod';
import { createSelfSignedCertificate, type CertificateFiles, type CertificateSubject } from './certificate';
import { failure, success, type Result } from '../result';
import { importSigningKey, rewrapPrivateKey, unwrapSigningKey, wrapPrivateKey } from './key-wrap';
import { EMAIL, IDENTITY_FORMAT_ID, IdentityRecord } from './identity-record';

export { IDENTITY_FORMAT_ID, IdentityRecord };
import type { UnwrapErrorCode } from './key-wrap';

export const MIN_PASSPHRASE_LENGTH = 10;
export const DEFAULT_VALIDITY_YEARS = 3;

export const NewIdentityInput = z.object({
  name: z.string().trim().min(1, 'Enter the name the certificate should show.').max(200),
  organization: z.string().trim().max(200),
  email: EMAIL,
  passphrase: z
    .string()
    .min(MIN_PASSPHRASE_LENGTH, `Use a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters.`),
  validityYears: z.number().int().min(1).max(10).default(DEFAULT_VALIDITY_YEARS),
});
export type NewIdentityInput = z.input<typeof NewIdentityInput>;

/** A freshly created identity: the record to store, plus the unlocked key and certificate for this session. */
export type CreatedIdentity = {
  record: IdentityRecord;
  signingKey: CryptoKey;
  certificate: CertificateFiles;
};

/**
 * Creates an identity: generates the key pair, issues the certificate, wraps the private key under the
 * passphrase. The returned signing key is non-extractable; the extractable original is used only to export
 * PKCS#8 once and is then dropped.
 */
export async function createIdentity(
  input: NewIdentityInput,
  now: Date = new Date(),
): Promise<Result<CreatedIdentity, 'invalid-identity'>> {
  const parsed = NewIdentityInput.safeParse(input);
  if (!parsed.success)
    return failure('invalid-identity', parsed.error.issues[0]?.message ?? 'Check the details.');
  const { passphrase, validityYears, ...subject } = parsed.data;
  const generated = await globalThis.crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
    'sign',
    'verify',
  ]);
  const pkcs8 = new Uint8Array(await globalThis.crypto.subtle.exportKey('pkcs8', generated.privateKey));
  const key = await wrapPrivateKey(pkcs8, passphrase);
  const signingKey = await importSigningKey(pkcs8);
  pkcs8.fill(0);
  const certificate = await createSelfSignedCertificate(
    { publicKey: generated.publicKey, privateKey: signingKey },
    subject satisfies CertificateSubject,
    validityYears,
    now,
  );
  const record: IdentityRecord = {
    format: IDENTITY_FORMAT_ID,
    formatVersion: 1,
    id: globalThis.crypto.randomUUID(),
    ...subject,
    createdAt: now.toISOString(),
    certificatePem: certificate.pem,
    fingerprint: certificate.fingerprint.compact,
    key,
  };
  return success({ record, signingKey, certificate });
}

/** Unlocks a stored identity; a wrong passphrase is the 'wrong-passphrase' failure, not an exception. */
export async function unlockIdentity(
  record: IdentityRecord,
  passphrase: string,
): Promise<Result<CryptoKey, UnwrapErrorCode>> {
  return unwrapSigningKey(record.key, passphrase);
}

/** Returns the record with its key re-wrapped under a new passphrase. */
export async function changePassphrase(
  record: IdentityRecord,
  oldPassphrase: string,
  newPassphrase: string,
): Promise<Result<IdentityRecord, UnwrapErrorCode | 'weak-passphrase'>> {
  if (newPassphrase.length < MIN_PASSPHRASE_LENGTH) {
    return failure('weak-passphrase', `Use a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters.`);
  }
  const key = await rewrapPrivateKey(record.key, oldPassphrase, newPassphrase);
  return key.ok ? success({ ...record, key: key.value }) : key;
}
