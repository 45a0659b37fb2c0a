/**
 * Streams a signed .airr bundle (a ZIP). Order: manifest.json, assessment.json, report.pdf, report.docx (when
 * made), signer.pem, evidence/<sha256>.<ext>, SHA256SUMS, SHA256SUMS.sig. Evidence and report.docx are stored
 * (photos, PDFs and DOCX files are already compressed) and not hashed again (see streamEvidence);
 * everything else is deflated. SHA256SUMS covers every other file and is signed with the assessor's key.
 */
import { success, type Result } from '../result';
import { signDetached } from '../crypto/sign';
import { BundleError, toBundleFailure, type BundleErrorCode } from './bundle-error';
import type { BundleInput, BundleOptions, BundleSummary } from './bundle-input';
import { planBundle, type PlannedEvidence } from './bundle-plan';
import { chunksOfSource } from './byte-source';
import { BUNDLE_FILES } from './manifest';
import { formatSha256Sums } from './sha256-sums';
import { wasmCrc32 } from './wasm-crc32';
import { ZipChunkWriter, type ZipPart } from './zip-writer';

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new BundleError('cancelled', 'The export was canceled.');
}

function changedEvidence(evidence: PlannedEvidence): BundleError {
  return new BundleError(
    'evidence-changed',
    `The stored evidence file ${evidence.sha256.slice(0, 12)}… no longer has the size recorded when it was captured.`,
  );
}

/**
 * Evidence goes in as stored, without hashing it again: its SHA-256 was computed at capture, and storage keeps
 * the blob it hashed (an IndexedDB copy, immutable). Only the size is checked, which costs nothing. Should a
 * stored byte still change, SHA256SUMS lists the digest recorded at capture, so `sha256sum -c` and the
 * verifier refuse the bundle: the check moved to where every reader runs it anyway, and the export hashes
 * each evidence byte once (for the written file's own digest, see services/export/write-stream.ts).
 */
async function* streamEvidence(
  zip: ZipChunkWriter,
  evidence: PlannedEvidence,
  progress: (bytes: number) => void,
  signal: AbortSignal | undefined,
): AsyncGenerator<ZipPart> {
  if (evidence.stored) {
    // Its CRC-32 was recorded at capture: the stored Blob goes out as one part, unread by this thread.
    if (evidence.stored.blob.size !== evidence.size) throw changedEvidence(evidence);
    zip.storedBlob(evidence.path, evidence.stored.blob, evidence.stored.crc32);
    progress(evidence.size);
    yield* zip.drainParts();
    return;
  }
  const entry = zip.entry(evidence.path, false, evidence.size);
  let size = 0;
  for await (const chunk of chunksOfSource(evidence.open())) {
    throwIfAborted(signal);
    size += chunk.length;
    if (size > evidence.size) throw changedEvidence(evidence);
    entry.push(chunk);
    progress(chunk.length);
    yield* zip.drainParts();
  }
  if (size !== evidence.size) throw changedEvidence(evidence);
  entry.end();
  yield* zip.drainParts();
}

/**
 * Produces the bundle as ZIP parts, pulling evidence only as fast as the consumer takes output: bytes, and
 * the stored Blob of each evidence file whose CRC-32 is known (see {@link EvidenceSource.stored}).
 * Throws {@link BundleError} (codes in {@link BundleErrorCode}); on any error the partial output is garbage.
 * The generator's return value is the {@link BundleSummary}.
 */
export async function* bundleParts(
  input: BundleInput,
  options: BundleOptions = {},
): AsyncGenerator<ZipPart, BundleSummary> {
  const { signal, onProgress } = options;
  throwIfAborted(signal);
  const plan = await planBundle(input);
  let bytesDone = 0;
  const progress = (bytes: number) => {
    bytesDone += bytes;
    onProgress?.({ bytesDone, bytesTotal: plan.bytesTotal });
  };
  const zip = new ZipChunkWriter(new Date(plan.manifest.createdAt), await wasmCrc32());
  for (const file of plan.files) {
    throwIfAborted(signal);
    zip.file(file.path, file.bytes, file.compress);
    progress(file.bytes.length);
    yield* zip.drainParts();
  }
  for (const evidence of plan.evidence) yield* streamEvidence(zip, evidence, progress, signal);
  throwIfAborted(signal);
  const sums = [...plan.files, ...plan.evidence].map(({ path, sha256 }) => ({ path, sha256 }));
  const sumsBytes = formatSha256Sums(sums);
  zip.file(BUNDLE_FILES.sums, sumsBytes, true);
  zip.file(BUNDLE_FILES.sumsSignature, await signDetached(input.signingKey, sumsBytes), false);
  zip.finish();
  yield* zip.drainParts();
  return { manifest: plan.manifest, sums, bytesWritten: zip.bytesWritten };
}

/** Bytes of a Blob part, read in slices of this size. */
const PART_SLICE_BYTES = 8 * 2 ** 20;

/** `part` as bytes: itself, or a Blob read slice by slice. */
export async function* bytesOfPart(part: ZipPart): AsyncGenerator<Uint8Array> {
  if (part instanceof Uint8Array) {
    yield part;
    return;
  }
  for (let at = 0; at < part.size; at += PART_SLICE_BYTES) {
    const bytes = new Uint8Array(
      await part.slice(at, Math.min(part.size, at + PART_SLICE_BYTES)).arrayBuffer(),
    );
    if (bytes.length === 0) throw new BundleError('evidence-changed', 'A stored evidence file ended early.');
    yield bytes;
  }
}

/** {@link bundleParts} as bytes only, Blob parts read in slices: for writers that take bytes (Node, sealing). */
export async function* bundleChunks(
  input: BundleInput,
  options: BundleOptions = {},
): AsyncGenerator<Uint8Array, BundleSummary> {
  const parts = bundleParts(input, options);
  let finished = false;
  try {
    for (;;) {
      const next = await parts.next();
      if (next.done) {
        finished = true;
        return next.value;
      }
      yield* bytesOfPart(next.value);
    }
  } finally {
    // Left early (an error, a cancel): the parts' own cleanup runs (an evidence stream is canceled).
    if (!finished)
      await parts.throw(new BundleError('cancelled', 'The export was canceled.')).catch(() => undefined);
  }
}

/**
 * Writes a bundle chunk by chunk to `write` (e.g. a file handle over IPC), awaiting each write.
 * Errors come back as values; on failure the caller deletes whatever was written.
 */
export async function writeBundle(
  input: BundleInput,
  write: (chunk: Uint8Array) => Promise<void> | void,
  options: BundleOptions = {},
): Promise<Result<BundleSummary, BundleErrorCode>> {
  try {
    const chunks = bundleChunks(input, options);
    for (;;) {
      const next = await chunks.next();
      if (next.done) return success(next.value);
      await write(next.value);
    }
  } catch (error) {
    return toBundleFailure(error);
  }
}

function streamOf<T>(chunks: AsyncGenerator<T, BundleSummary>): ReadableStream<T> {
  return new ReadableStream<T>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      } catch (error) {
        controller.error(
          error instanceof BundleError ? error : new BundleError('export-failed', String(error)),
        );
      }
    },
    async cancel() {
      await chunks.throw(new BundleError('cancelled', 'The export was canceled.')).catch(() => undefined);
    },
  });
}

/** The bundle as a ReadableStream of bytes (pull-based, e.g. for sealing). Errors the stream. */
export function bundleStream(input: BundleInput, options: BundleOptions = {}): ReadableStream<Uint8Array> {
  return streamOf(bundleChunks(input, options));
}

/** The bundle as a ReadableStream of {@link ZipPart}s, for a writer that appends Blobs as they are. */
export function bundlePartStream(input: BundleInput, options: BundleOptions = {}): ReadableStream<ZipPart> {
  return streamOf(bundleParts(input, options));
}
