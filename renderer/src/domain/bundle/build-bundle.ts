/**
 * Streams a signed .airr bundle (a ZIP). Order: manifest.json, assessment.json, report.pdf, report.docx (when
 * made), signer.pem, evidence/<sha256>.<ext>, SHA256SUMS, SHA256SUMS.sig. Evidence and report.docx are stored
 * (photos, PDFs and DOCX files are already compressed); evidence is re-hashed while it streams, so a stored
 * file that changed since capture stops the export (checked before SHA256SUMS, see LateChecks);
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
import { ZipChunkWriter } from './zip-writer';
import { wasmSha256 } from '../crypto/sha256-hasher';

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new BundleError('cancelled', 'The export was canceled.');
}

function changedEvidence(evidence: PlannedEvidence): BundleError {
  return new BundleError(
    'evidence-changed',
    `The stored evidence file ${evidence.sha256.slice(0, 12)}… no longer matches the SHA-256 recorded when it was captured.`,
  );
}

/**
 * The re-hash of each evidence file is checked one file late: its digest (in a worker when the caller passes
 * one) finishes while the next file streams, instead of stalling the stream. At most one digest is in flight.
 * Every check is settled before SHA256SUMS is written, so a changed file still stops the export before the
 * bundle is complete.
 */
class LateChecks {
  private inFlight: Promise<BundleError | null> = Promise.resolve(null);

  /** Waits for the previous check (throwing its failure), then leaves this one in flight. */
  async add(evidence: PlannedEvidence, size: number, digest: Promise<string>): Promise<void> {
    await this.settle();
    // Never rejects, so a failure waiting here cannot surface as an unhandled rejection.
    this.inFlight = digest.then(
      (hex) => (size === evidence.size && hex === evidence.sha256 ? null : changedEvidence(evidence)),
      (error: unknown) => new BundleError('export-failed', `Could not hash evidence: ${String(error)}`),
    );
  }

  async settle(): Promise<void> {
    const failure = await this.inFlight;
    this.inFlight = Promise.resolve(null);
    if (failure) throw failure;
  }
}

async function* streamEvidence(
  zip: ZipChunkWriter,
  evidence: PlannedEvidence,
  checks: LateChecks,
  progress: (bytes: number) => void,
  options: BundleOptions,
): AsyncGenerator<Uint8Array> {
  const entry = zip.entry(evidence.path, false, evidence.size);
  const hash = await (options.sha256 ?? wasmSha256)();
  let size = 0;
  let digest: Promise<string> | null = null;
  try {
    for await (const chunk of chunksOfSource(evidence.open())) {
      throwIfAborted(options.signal);
      const fed = hash.update(chunk);
      // Awaited below, after the chunk went out; handled now so a failure meanwhile is not "unhandled".
      if (fed) fed.catch(() => undefined);
      size += chunk.length;
      entry.push(chunk);
      progress(chunk.length);
      yield* zip.drain();
      await fed;
    }
    digest = hash.digestHex();
  } finally {
    if (!digest) hash.dispose();
  }
  entry.end();
  await checks.add(evidence, size, digest);
  yield* zip.drain();
}

/**
 * Produces the bundle as ZIP chunks, pulling evidence only as fast as the consumer takes output.
 * Throws {@link BundleError} (codes in {@link BundleErrorCode}); on any error the partial output is garbage.
 * The generator's return value is the {@link BundleSummary}.
 */
export async function* bundleChunks(
  input: BundleInput,
  options: BundleOptions = {},
): AsyncGenerator<Uint8Array, BundleSummary> {
  const { signal, onProgress } = options;
  throwIfAborted(signal);
  const plan = await planBundle(input);
  let bytesDone = 0;
  const progress = (bytes: number) => {
    bytesDone += bytes;
    onProgress?.({ bytesDone, bytesTotal: plan.bytesTotal });
  };
  const zip = new ZipChunkWriter(new Date(plan.manifest.createdAt));
  for (const file of plan.files) {
    throwIfAborted(signal);
    zip.file(file.path, file.bytes, file.compress);
    progress(file.bytes.length);
    yield* zip.drain();
  }
  const checks = new LateChecks();
  for (const evidence of plan.evidence) yield* streamEvidence(zip, evidence, checks, progress, options);
  await checks.settle();
  throwIfAborted(signal);
  const sums = [...plan.files, ...plan.evidence].map(({ path, sha256 }) => ({ path, sha256 }));
  const sumsBytes = formatSha256Sums(sums);
  zip.file(BUNDLE_FILES.sums, sumsBytes, true);
  zip.file(BUNDLE_FILES.sumsSignature, await signDetached(input.signingKey, sumsBytes), false);
  zip.finish();
  yield* zip.drain();
  return { manifest: plan.manifest, sums, bytesWritten: zip.bytesWritten };
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

/** The bundle as a ReadableStream (pull-based, for piping to a browser file handle). Errors the stream. */
export function bundleStream(input: BundleInput, options: BundleOptions = {}): ReadableStream<Uint8Array> {
  const chunks = bundleChunks(input, options);
  return new ReadableStream<Uint8Array>({
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
