/**
 * The import pipeline: open a sealed file, verify the bundle against the built-in pack and this device's
 * trust store, and compute the bundle digest (SHA-256 of SHA256SUMS). Nothing here writes; storing is a
 * separate, explicit step (storeVerifiedBundle) that the user asks for after seeing the verdict.
 */
import { toHex, sha256Bytes } from '../domain/crypto/bytes';
import { failure, success, type Failure, type Result } from '../domain/result';
import { KNOWN_PACKS } from '../domain/framework/builtin-pack';
import { BUNDLE_FILES } from '../domain/bundle/manifest';
import { DEFAULT_LIMITS } from '../domain/import/limits';
import { isSealed, openSealed, type SealedKey } from '../domain/import/open-sealed';
import type { SealedCode, Verified, VerifyCode, VerifyFailure } from '../domain/import/verify-codes';
import { verifyBundle } from '../domain/import/verify-bundle';
import { entryBytes } from '../domain/import/zip-entry';
import { readZipDirectory } from '../domain/import/zip-directory';
import type { AirrDatabase } from './database';
import {
  storeVerifiedBundle,
  type PreparedImport,
  type StoreOptions,
  type StoreResult,
} from './import-repository';
import { trustLookup } from './trust-repository';

export { KNOWN_PACKS };

export type PrepareFailure = VerifyFailure | Failure<SealedCode>;
/** A verified bundle ready to store, or why it was not: a verification or a sealed-file code. */
export type PrepareResult = Result<PreparedImport, VerifyCode | SealedCode, PrepareFailure>;
export type { VerifyCode };

/**
 * SHA-256 of SHA256SUMS. It names every file of the bundle by hash, so it identifies the bundle's content
 * independently of how the ZIP was compressed or whether it arrived sealed. Only called on verified bytes.
 */
async function bundleDigestOf(bytes: Uint8Array): Promise<Verified<string>> {
  const directory = readZipDirectory(bytes, DEFAULT_LIMITS);
  if (!directory.ok) return directory;
  const entry = directory.value.find((item) => item.name === BUNDLE_FILES.sums);
  const sums = entry ? entryBytes(bytes, entry) : null;
  if (!sums?.ok) return failure('missing-file', 'The bundle has no SHA256SUMS.');
  return success(toHex(await sha256Bytes(sums.value)));
}

/** Opens (if sealed) and verifies a bundle file. Never writes and never throws. */
export async function prepareImport(
  db: AirrDatabase,
  bytes: Uint8Array,
  key: SealedKey = {},
  now = new Date(),
): Promise<PrepareResult> {
  let bundle = bytes;
  if (isSealed(bytes)) {
    const opened = await openSealed(bytes, key);
    if (!opened.ok) return opened;
    bundle = opened.value;
  }
  const verdict = await verifyBundle(bundle, {
    knownPacks: KNOWN_PACKS,
    trustedFingerprints: trustLookup(db),
    now,
  });
  if (!verdict.ok) return verdict;
  const digest = await bundleDigestOf(bundle);
  if (!digest.ok) return digest;
  return success({ verdict: verdict.value, bundleDigest: digest.value });
}

/** The whole pipeline in one call (tests, scripted imports): verify, then store only what verified. */
export async function importBundle(
  db: AirrDatabase,
  bytes: Uint8Array,
  options: StoreOptions & { key?: SealedKey } = {},
): Promise<PrepareFailure | StoreResult> {
  const prepared = await prepareImport(db, bytes, options.key, options.now);
  if (!prepared.ok) return prepared;
  return storeVerifiedBundle(db, prepared.value, options);
}
