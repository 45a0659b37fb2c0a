/**
 * The import pipeline: open a sealed file, verify the bundle against the built-in pack and this device's
 * trust store, and compute the bundle digest (SHA-256 of SHA256SUMS). Nothing here writes; storing is a
 * separate, explicit step (storeVerifiedBundle) that the user asks for after seeing the verdict.
 */
import { toHex, sha256Bytes } from '../domain/crypto/bytes';
import { failure, success, type Failure, type Result } from '../domain/result';
import { KNOWN_PACKS } from '../domain/framework/builtin-pack';
import { knownPackRefs } from './pack-repository';
import { BUNDLE_FILES } from '../domain/bundle/manifest';
import { DEFAULT_LIMITS } from '../domain/import/limits';
import { isSealed, openSealed, type SealedKey } from '../domain/import/open-sealed';
import type { SealedCode, Verified, VerifyCode, VerifyFailure } from '../domain/import/verify-codes';
import type { VerifyOptions } from '../domain/import/verify-types';
import { verifyBundle } from '../domain/import/verify-bundle';
import { readEntry } from '../domain/import/zip-entry';
import { bytesSource, fileSource, type BundleSource } from '../domain/import/bundle-source';
import type { CreateSha256 } from '../domain/crypto/sha256-hasher';
import { readZipDirectory } from '../domain/import/zip-directory';
import type { AirrDatabase } from './database';
import {
  storeVerifiedBundle,
  type BundleContent,
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
async function bundleDigestOf(source: BundleSource): Promise<Verified<string>> {
  const directory = await readZipDirectory(source, DEFAULT_LIMITS);
  if (!directory.ok) return directory;
  const entry = directory.value.find((item) => item.name === BUNDLE_FILES.sums);
  const sums = entry ? await readEntry(source, entry, { remaining: entry.size }) : null;
  if (!sums?.ok) return failure('missing-file', 'The bundle has no SHA256SUMS.');
  return success(toHex(await sha256Bytes(sums.value)));
}

/** The first bytes of a file, enough to tell a sealed bundle from a plain one. */
const HEAD_BYTES = 64;

export type PrepareOptions = {
  now?: Date;
  /** Where evidence is hashed while it streams (a worker in the app); on this thread by default. */
  sha256?: CreateSha256;
  /** Checks stored evidence of a picked file off this thread (workers in the app); see VerifyOptions. */
  checkStored?: VerifyOptions['checkStored'];
};

/**
 * Opens (if sealed) and verifies a bundle: bytes, or the picked file, which is then read slice by slice and
 * never whole (its evidence is stored later as slices of it). Never writes and never throws.
 */
export async function prepareImport(
  db: AirrDatabase,
  input: Uint8Array | Blob,
  key: SealedKey = {},
  options: PrepareOptions | Date = {},
): Promise<PrepareResult> {
  const { now = new Date(), sha256, checkStored } = options instanceof Date ? { now: options } : options;
  let content: BundleContent = input;
  let source = input instanceof Uint8Array ? bytesSource(input) : fileSource(input);
  const head = await source.read(0, HEAD_BYTES);
  if (isSealed(head)) {
    // Decrypted from the file as a stream; only the plaintext is held.
    const opened = await openSealed(input, key, { head });
    if (!opened.ok) return opened;
    content = opened.value;
    source = bytesSource(opened.value);
  }
  const verdict = await verifyBundle(source, {
    knownPacks: await knownPackRefs(db),
    trustedFingerprints: trustLookup(db),
    now,
    ...(sha256 ? { sha256 } : {}),
    ...(checkStored ? { checkStored } : {}),
  });
  if (!verdict.ok) return verdict;
  const digest = await bundleDigestOf(source);
  if (!digest.ok) return digest;
  return success({ verdict: verdict.value, bundleDigest: digest.value, content });
}

/** The whole pipeline in one call (tests, scripted imports): verify, then store only what verified. */
export async function importBundle(
  db: AirrDatabase,
  input: Uint8Array | Blob,
  options: StoreOptions & { key?: SealedKey } = {},
): Promise<PrepareFailure | StoreResult> {
  const prepared = await prepareImport(db, input, options.key, options.now ? { now: options.now } : {});
  if (!prepared.ok) return prepared;
  return storeVerifiedBundle(db, prepared.value, options);
}
