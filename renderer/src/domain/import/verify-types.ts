import type { SliceableFile, StoredCheck } from '../evidence/sha256-stream';
import type { AssessmentDocument } from '../assessment/model';
import type { BundleManifest } from '../bundle/manifest';
import type { CreateSha256 } from '../crypto/sha256-hasher';
import type { Limits } from './limits';
import type { Verified } from './verify-codes';

/** A framework pack this app has, by id and version. */
export type KnownPack = { id: string; version: string };

/**
 * The local trust store: a set of fingerprints (64-hex or colon form, either case) or a lookup that is asked
 * with the 64 lowercase hex form.
 */
export type TrustLookup = ReadonlySet<string> | ((fingerprintHex: string) => boolean | Promise<boolean>);

export type VerifyOptions = {
  knownPacks: readonly KnownPack[];
  trustedFingerprints: TrustLookup;
  limits?: Partial<Limits>;
  /** Hashes evidence as it streams; SHA-256 in WebAssembly on this thread by default. */
  sha256?: CreateSha256;
  /**
   * Checks a stored evidence entry of a bundle read from a file, given the file and the entry's byte range:
   * its SHA-256 and CRC-32 from one read (the app runs this in workers, straight from the picked file, two
   * entries at once). Null when it cannot read this kind of file: the entry then streams through `sha256`.
   */
  checkStored?: (range: { file: SliceableFile; start: number; end: number }) => Promise<StoredCheck | null>;
  /** "Now" for certificate validity warnings; defaults to the current time. */
  now?: Date;
};

/** The signer as the certificate in the bundle names it. */
export type SignerInfo = {
  /** Uppercase colon form, as `openssl x509 -fingerprint -sha256` prints it. */
  fingerprint: string;
  /** 64 lowercase hex, as manifest.json and SHA256SUMS-style tools write it. */
  fingerprintHex: string;
  subject: { name: string; organization: string; email: string };
  /** ISO 8601 timestamps. */
  notBefore: string;
  notAfter: string;
  certificatePem: string;
};

/**
 * Where a verified evidence file's bytes are: a range of the bundle (a stored entry, hashed as it streamed
 * and not kept, so the caller stores that range of the file it verified) or bytes read whole (a deflated one).
 */
export type EvidenceContent =
  { kind: 'range'; start: number; end: number } | { kind: 'bytes'; bytes: Uint8Array };

/** One evidence file, checked against SHA256SUMS, its name and the document. */
export type VerifiedEvidence = {
  path: string;
  sha256: string;
  size: number;
  /** The ZIP CRC-32 of its bytes, as the directory declares it and the verifier checked it. */
  crc32: number;
  content: EvidenceContent;
};

/** Everything in a bundle, verified. Nothing here is partially checked. */
export type VerifiedBundle = {
  /** 'trusted' when the signer's fingerprint is in the trust store. */
  status: 'trusted' | 'unknown-signer';
  manifest: BundleManifest;
  document: AssessmentDocument;
  signer: SignerInfo;
  evidence: VerifiedEvidence[];
  reportPdf: Uint8Array;
  /** The editable report.docx when the bundle carries one (hash-checked like every file; unsigned itself). */
  reportDocx?: Uint8Array;
  /** The change journal's hash chain, checked: a broken chain is a rejection, so this is always intact. */
  journal: { intact: true; entries: number };
  /** False when the framework pack id/version is not one this app has; a warning says so too. */
  packKnown: boolean;
  /** Sentences the reviewer should see before accepting (unknown pack, expired certificate, …). */
  warnings: string[];
};

/** The outcome of {@link verifyBundle}: the verified bundle as its value, or one rejection reason. */
export type Verdict = Verified<VerifiedBundle>;
