/**
 * Read-only lookups in the trust store. Kept apart from trust-repository.ts (which parses certificates, and so
 * pulls pkijs in) so the library screen can show trust at start-up without loading certificate code.
 */
import type { TrustLookup } from '../domain/import/verify-types';
import type { AirrDatabase } from './database';
import type { TrustedSignerRow } from './rows';

export const MAX_LABEL_LENGTH = 100;

/** The label a certificate gets unless the user types one: the subject's name and organization. */
export function defaultLabel(subject: { name: string; organization: string }): string {
  return [subject.name, subject.organization].filter(Boolean).join(', ').slice(0, MAX_LABEL_LENGTH);
}

/** The key the trust store files a fingerprint under: lower-case hex without colons. */
export function fingerprintKey(fingerprint: string): string {
  return fingerprint.replace(/:/g, '').toLowerCase();
}

/** Every trusted signer, by label. */
export function listTrustedSigners(db: AirrDatabase): Promise<TrustedSignerRow[]> {
  return db.trustedSigners.orderBy('label').toArray();
}

/** The fingerprints of every trusted signer (lower-case hex). */
export async function trustedFingerprints(db: AirrDatabase): Promise<Set<string>> {
  return new Set(await db.trustedSigners.toCollection().primaryKeys());
}

/** The trusted signer with this fingerprint (hex, either case, colons allowed), if any. */
export function findTrustedSigner(
  db: AirrDatabase,
  fingerprint: string,
): Promise<TrustedSignerRow | undefined> {
  return db.trustedSigners.get(fingerprintKey(fingerprint));
}

export async function isTrusted(db: AirrDatabase, fingerprint: string): Promise<boolean> {
  return (await findTrustedSigner(db, fingerprint)) !== undefined;
}

/** The trust store as verifyBundle asks it. */
export function trustLookup(db: AirrDatabase): TrustLookup {
  return (fingerprintHex) => isTrusted(db, fingerprintHex);
}
