/**
 * Bundle import: verify everything, trust nothing until it is verified.
 *
 * Order of checks, and why:
 * 1. Size and the ZIP structure (zip-directory.ts): every byte of the file must be one of the records the
 *    exporter writes, in its layout; then names and declared sizes (bundle-layout.ts). Only declarations are
 *    read, so a hostile archive costs no memory before it is judged. Every entry read later is inflated in
 *    small steps against its declared size, its CRC-32 and one budget for the whole bundle (zip-entry.ts).
 * 2. The signature: signer.pem's key must verify SHA256SUMS.sig (strict DER) over the exact SHA256SUMS bytes.
 *    The certificate proves nothing about who signed until its fingerprint is compared with the trust store.
 * 3. SHA256SUMS, now signed, must be in its exact form and list exactly the other files, and every file must
 *    hash to its line.
 * 4. Only now are manifest.json and assessment.json parsed, format version first: every byte reaching a JSON
 *    parser, zod or the caller was covered by the signature, so neither a parser bug nor an "update the app"
 *    message can be triggered by unsigned bytes.
 * 5. Cross-checks: manifest fingerprint = SHA-256 of the certificate, assessment id/revision/pack and the
 *    evidence list agree between manifest, document and files; the journal's hash chain is intact; report.pdf
 *    carries a valid PDF signature by the same certificate and names the SHA-256 of assessment.json.
 * 6. Findings that do not reject: framework pack unknown, certificate dates, signer trusted or not.
 * Every step returns a failure value; verifyBundle catches anything unforeseen and reports it as
 * 'not-a-zip' ("could not be read as a bundle"), because it can only come from input no check anticipated.
 */
import { BUNDLE_FILES } from '../bundle/manifest';
import { evidenceHashOf, checkLayout } from './bundle-layout';
import { DEFAULT_LIMITS, type Limits } from './limits';
import { checkFileList, hashFiles, type CheckedFile } from './verify-files';
import { readDocument, readManifest } from './verify-documents';
import { checkSignature } from './signer-check';
import { finishVerdict } from './verify-verdict';
import { reject, type Verified } from './verify-codes';
import type { EvidenceContent, Verdict, VerifiedEvidence, VerifyOptions } from './verify-types';
import { readEntry, sha256Hex, storedEntryVerdict, streamStoredEntry, type InflateBudget } from './zip-entry';
import type { StoredCheck } from '../evidence/sha256-stream';
import { sourceOf, type BundleSource } from './bundle-source';
import { wasmSha256 } from '../crypto/sha256-hasher';
import { success } from '../result';
import { readZipDirectory, type ZipEntryInfo } from './zip-directory';

async function verify(source: BundleSource, options: VerifyOptions): Promise<Verdict> {
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  if (source.size > limits.maxBundleBytes) {
    return reject(
      'too-large',
      `The bundle is ${source.size} bytes; at most ${limits.maxBundleBytes} are accepted.`,
    );
  }
  const directory = await readZipDirectory(source, limits);
  if (!directory.ok) return directory;
  const files = checkLayout(directory.value, limits);
  if (!files.ok) return files;
  const byName = new Map<string, ZipEntryInfo>(files.value.map((entry) => [entry.name, entry]));
  // One budget for every byte inflated or copied out of this bundle, re-reads included.
  const budget: InflateBudget = { remaining: limits.maxTotalBytes };
  // Each entry is read (inflated, CRC-checked) once; signer.pem is needed twice.
  const cache = new Map<string, Verified<Uint8Array<ArrayBuffer>>>();
  const read = async (name: string): Promise<Verified<Uint8Array<ArrayBuffer>>> => {
    const entry = byName.get(name);
    if (!entry) return reject('missing-file', `The bundle has no ${name}.`, { file: name });
    const content = cache.get(name) ?? (await readEntry(source, entry, budget));
    cache.set(name, content);
    return content;
  };
  const isStoredEvidence = (entry: ZipEntryInfo | undefined): entry is ZipEntryInfo =>
    entry !== undefined && entry.method === 0 && evidenceHashOf(entry.name) !== null;
  // Read from a file, stored evidence is checked by `checkStored` (workers reading slices of the file, two at
  // once, started together and awaited in list order); otherwise it streams through this thread.
  const elsewhere = new Map<string, Promise<StoredCheck | null>>();
  const startElsewhere = (names: readonly string[]) => {
    const file = source.file;
    if (!file || !options.checkStored) return;
    for (const name of names) {
      const entry = byName.get(name);
      if (!isStoredEvidence(entry)) continue;
      const range = { file, start: entry.dataStart, end: entry.dataStart + entry.size };
      const job = options.checkStored(range);
      job.catch(() => undefined);
      elsewhere.set(name, job);
    }
  };
  const streamed = async (entry: ZipEntryInfo): Promise<Verified<string>> => {
    const checked = await elsewhere.get(entry.name);
    if (checked) return storedEntryVerdict(entry, checked);
    return streamStoredEntry(source, entry, await (options.sha256 ?? wasmSha256)());
  };
  // Stored evidence streams through its CRC-32 and SHA-256 and is not kept; everything else is read whole.
  const check = async (name: string): Promise<Verified<CheckedFile>> => {
    const entry = byName.get(name);
    if (isStoredEvidence(entry)) {
      const hashed = await streamed(entry);
      if (!hashed.ok) return hashed;
      const at = { start: entry.dataStart, end: entry.dataStart + entry.size };
      return success({ sha256: hashed.value, bytes: null, at });
    }
    const bytes = await read(name);
    if (!bytes.ok) return bytes;
    return success({ sha256: await sha256Hex(bytes.value), bytes: bytes.value, at: null });
  };

  const sums = await read(BUNDLE_FILES.sums);
  const signature = await read(BUNDLE_FILES.sumsSignature);
  const pem = await read(BUNDLE_FILES.signerCertificate);
  if (!sums.ok) return sums;
  if (!signature.ok) return signature;
  if (!pem.ok) return pem;
  const signed = await checkSignature(pem.value, sums.value, signature.value);
  if (!signed.ok) return signed;
  const certificate = signed.value;

  const checked = checkFileList(sums.value, [...byName.keys()]);
  if (!checked.ok) return checked;
  const listed = checked.value;
  startElsewhere(listed.map((entry) => entry.path));
  const hashed = await hashFiles(listed, check);
  if (!hashed.ok) return hashed;
  const contents = new Map<string, Uint8Array>();
  const evidence: VerifiedEvidence[] = [];
  for (const [path, file] of hashed.value) {
    if (file.bytes) contents.set(path, file.bytes);
    if (evidenceHashOf(path) === null) continue;
    const entry = byName.get(path);
    const content: EvidenceContent = file.at
      ? { kind: 'range', ...file.at }
      : { kind: 'bytes', bytes: file.bytes ?? new Uint8Array() };
    // Its CRC-32 was checked against the bytes above, as was its SHA-256: storage keeps it for the next export.
    evidence.push({ path, sha256: file.sha256, size: entry?.size ?? 0, crc32: entry?.crc ?? 0, content });
  }

  const manifestRead = readManifest(contents.get(BUNDLE_FILES.manifest) ?? new Uint8Array());
  if (!manifestRead.ok) return manifestRead;
  const manifest = manifestRead.value;
  if (manifest.signerFingerprint !== certificate.fingerprint.compact) {
    return reject('fingerprint-mismatch', 'manifest.json names a different signer than signer.pem.', {
      file: BUNDLE_FILES.manifest,
      path: 'signerFingerprint',
    });
  }
  const documentRead = readDocument(contents.get(BUNDLE_FILES.assessment) ?? new Uint8Array(), manifest);
  if (!documentRead.ok) return documentRead;
  const document = documentRead.value;
  return finishVerdict(
    { manifest, document, certificate, listed, contents, evidence, pem: pem.value },
    options,
  );
}

/**
 * Verifies a bundle (.airr bytes, or a file read slice by slice) completely and returns a {@link Verdict}:
 * either everything in it, checked, with the signer's trust status and warnings, or one failure with a stable
 * code and a sentence. Never throws.
 */
export async function verifyBundle(
  input: Uint8Array | BundleSource,
  options: VerifyOptions,
): Promise<Verdict> {
  try {
    return await verify(sourceOf(input), options);
  } catch {
    return reject('not-a-zip', 'The file could not be read as a bundle.');
  }
}
