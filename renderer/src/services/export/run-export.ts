/**
 * The export itself: prepare (document planned once, signed report), ask where to save, then stream the
 * bundle — through age when sealing — into the chosen file. Every outcome is a Result with an ExportCode.
 */
import { bundlePartStream } from '../../domain/bundle/build-bundle';
import { toBundleFailure, type BundleErrorCode } from '../../domain/bundle/bundle-error';
import type { BundleProgress } from '../../domain/bundle/bundle-input';
import { sealBlobStream, type SealTarget } from '../../domain/bundle/seal';
import { failure, success, type Result } from '../../domain/result';
import type { Platform } from '../../platform';
import type { AirrDatabase } from '../../storage/database';
import { recordExport } from '../../storage/export-revision';
import type { RedactionProfile } from '../../domain/redaction/profiles';
import type { AssessmentDocument } from '../../domain/assessment/model';
import type { WorkPackage } from '../../domain/bundle/manifest';
import { workerSha256 } from '../hashing/worker-sha256';
import { workerPayloadCipher } from '../sealing/worker-payload-cipher';
import { CANCELLED, NOT_SAVED, type ExportCode } from './export-codes';
import { bundleFileName } from './file-name';
import { prepareExport, type ExportSigner, type PreparedExport } from './prepare-export';
import { writeStreamCommitted, type Committed } from './write-stream';

export type ExportRequest = {
  platform: Platform;
  assessmentId: string;
  signer: ExportSigner;
  /** null: not sealed. */
  seal: SealTarget | null;
  signal: AbortSignal;
  onProgress: (progress: BundleProgress) => void;
  /** Called once the user picked a file, when writing starts. */
  onWriting: () => void;
  /** What to remove before the report and the bundle are made; absent: nothing (the full profile). */
  redaction?: RedactionProfile;
  /**
   * Makes the bundle a work package, from the stored document as the export read it (its journal head is a
   * hand-out's base). Never combined with a redaction: a package carries the whole assessment.
   */
  workPackage?: (stored: AssessmentDocument) => WorkPackage;
};

/** The saved file; its SHA-256 settles after the file is saved (see Committed): the user need not wait for it. */
export type Exported = Committed & { sealed: boolean };

export type ExportResult = Result<Exported, ExportCode>;

/**
 * Once a bundle or signed report is on disk, its revision counts as exported (storage/export-revision.ts):
 * the next change to the content makes the next revision. Should storage fail to note that, the user is told,
 * since a later change would otherwise reuse the revision the file already carries.
 */
async function written(
  db: AirrDatabase,
  prepared: PreparedExport,
  result: Awaited<ReturnType<typeof writeStreamCommitted>>,
  sealed: boolean,
): Promise<ExportResult> {
  if (!result.ok) return result;
  // The stored document, not the redacted one: its journal is what tells storage nothing changed meanwhile.
  const recorded = await recordExport(db, prepared.stored);
  if (!recorded.ok)
    return failure(
      'export-not-recorded',
      `${result.value.name} was saved, but this device could not note that revision ${prepared.revision} was exported (${recorded.message}) Export again before changing anything.`,
    );
  return success({ ...result.value, sealed });
}

export async function runExport(db: AirrDatabase, request: ExportRequest): Promise<ExportResult> {
  const { platform, signal, seal } = request;
  const prepared = await prepareExport(
    db,
    request.assessmentId,
    request.signer,
    platform.appInfo().version,
    new Date(),
    request.redaction,
  );
  if (!prepared.ok) return prepared;
  // A Cancel pressed while the report was being signed must not open the save dialog afterwards.
  if (signal.aborted) return CANCELLED;
  const { site, title, revision } = prepared.value;
  const bundle = request.workPackage
    ? { ...prepared.value.bundle, workPackage: request.workPackage(prepared.value.stored) }
    : prepared.value.bundle;
  const sealed = seal !== null;
  const chosen = await platform.saveFile({
    suggestedName: bundleFileName(
      site,
      title,
      revision,
      sealed,
      bundle.workPackage && { role: bundle.workPackage.role, signerName: request.signer.record.name },
    ),
    mimeType: sealed ? 'application/octet-stream' : 'application/zip',
    extensions: [sealed ? 'airr.age' : 'airr'],
    // Ciphertext is new bytes: a browser writes it to disk as it comes rather than hold it for the download.
    newBytes: sealed,
  });
  if (!chosen.ok) return chosen;
  const target = chosen.value;
  if (!target) return NOT_SAVED;
  request.onWriting();
  // A worker hashes the written file (its digest is shown) while this thread zips and writes. A plain bundle
  // passes stored evidence through as Blobs (read only by that worker); sealing needs the bytes here.
  const options = { signal, onProgress: request.onProgress };
  if (!seal) {
    const parts = bundlePartStream(bundle, options);
    return written(
      db,
      prepared.value,
      await writeStreamCommitted(parts, target, signal, workerSha256),
      sealed,
    );
  }
  // Sealed: the plain bundle is first one Blob of its parts (stored evidence inside by reference, so this is
  // quick and small), then the workers seal 4 MiB slices of it that they read themselves and hand back as
  // bytes. Those go to the digest like any bytes, which bounds what waits for it (its in-flight budget).
  const plain = await plainBundleBlob(bundlePartStream(bundle, { signal }));
  if (!plain.ok) {
    await target.abort();
    return signal.aborted ? CANCELLED : plain;
  }
  const encrypted = await sealBlobStream(plain.value, seal, workerPayloadCipher);
  if (!encrypted.ok) {
    await target.abort();
    return encrypted;
  }
  const progress = withProgress(encrypted.value, plain.value.size, request.onProgress);
  return written(
    db,
    prepared.value,
    await writeStreamCommitted(progress, target, signal, workerSha256),
    sealed,
  );
}

/** The whole plain bundle as one Blob: its byte parts copied into small Blobs, its Blob parts referenced. */
async function plainBundleBlob(
  parts: ReadableStream<Uint8Array | Blob>,
): Promise<Result<Blob, BundleErrorCode>> {
  const reader = parts.getReader();
  const blobs: Blob[] = [];
  try {
    for (;;) {
      const next = await reader.read();
      if (next.done) return success(new Blob(blobs));
      const part = next.value;
      blobs.push(part instanceof Uint8Array ? new Blob([part as Uint8Array<ArrayBuffer>]) : part);
    }
  } catch (error) {
    return toBundleFailure(error);
  } finally {
    reader.releaseLock();
  }
}

/** Reports the sealed output's progress against the plaintext's size (each job adds a tag per 64 KiB). */
function withProgress(
  stream: ReadableStream<Uint8Array>,
  bytesTotal: number,
  onProgress: (progress: BundleProgress) => void,
): ReadableStream<Uint8Array> {
  let done = 0;
  return stream.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(part, controller) {
        done += part.length;
        onProgress({ bytesDone: Math.min(done, bytesTotal), bytesTotal });
        controller.enqueue(part);
      },
    }),
  );
}

/** Only the signed PDF report, for people who need to read the assessment but not verify the bundle. */
export async function saveReportOnly(
  db: AirrDatabase,
  request: Pick<ExportRequest, 'platform' | 'assessmentId' | 'signer' | 'redaction'>,
): Promise<ExportResult> {
  const { platform } = request;
  const prepared = await prepareExport(
    db,
    request.assessmentId,
    request.signer,
    platform.appInfo().version,
    new Date(),
    request.redaction,
    'pdf',
  );
  if (!prepared.ok) return prepared;
  const chosen = await platform.saveFile({
    suggestedName: 'report.pdf',
    mimeType: 'application/pdf',
    extensions: ['pdf'],
  });
  if (!chosen.ok) return chosen;
  if (!chosen.value) return NOT_SAVED;
  const pdf = prepared.value.bundle.reportPdf;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(pdf);
      controller.close();
    },
  });
  return written(db, prepared.value, await writeStreamCommitted(stream, chosen.value), false);
}
