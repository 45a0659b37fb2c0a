/**
 * The export itself: prepare (document planned once, signed report), ask where to save, then stream the
 * bundle — through age when sealing — into the chosen file. Every outcome is a Result with an ExportCode.
 */
import { bundleStream } from '../../domain/bundle/build-bundle';
import type { BundleProgress } from '../../domain/bundle/bundle-input';
import { sealStream, type SealTarget } from '../../domain/bundle/seal';
import { success, type Result } from '../../domain/result';
import type { Platform } from '../../platform';
import type { AirrDatabase } from '../../storage/database';
import { CANCELLED, NOT_SAVED, type ExportCode } from './export-codes';
import { bundleFileName } from './file-name';
import { prepareExport, type ExportSigner } from './prepare-export';
import { writeStream, type Written } from './write-stream';

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
};

export type Exported = Written & { sealed: boolean };

export type ExportResult = Result<Exported, ExportCode>;

export async function runExport(db: AirrDatabase, request: ExportRequest): Promise<ExportResult> {
  const { platform, signal, seal } = request;
  const prepared = await prepareExport(db, request.assessmentId, request.signer, platform.appInfo().version);
  if (!prepared.ok) return prepared;
  // A Cancel pressed while the report was being signed must not open the save dialog afterwards.
  if (signal.aborted) return CANCELLED;
  const { bundle, site, title, revision } = prepared.value;
  const sealed = seal !== null;
  const chosen = await platform.saveFile({
    suggestedName: bundleFileName(site, title, revision, sealed),
    mimeType: sealed ? 'application/octet-stream' : 'application/zip',
    extensions: [sealed ? 'airr.age' : 'airr'],
  });
  if (!chosen.ok) return chosen;
  const target = chosen.value;
  if (!target) return NOT_SAVED;
  request.onWriting();
  let stream = bundleStream(bundle, { signal, onProgress: request.onProgress });
  if (seal) {
    const encrypted = await sealStream(stream, seal);
    if (!encrypted.ok) {
      await stream.cancel().catch(() => undefined);
      await target.abort();
      return encrypted;
    }
    stream = encrypted.value;
  }
  const written = await writeStream(stream, target, signal);
  return written.ok ? success({ ...written.value, sealed }) : written;
}

/** Only the signed PDF report, for people who need to read the assessment but not verify the bundle. */
export async function saveReportOnly(
  db: AirrDatabase,
  request: Pick<ExportRequest, 'platform' | 'assessmentId' | 'signer'>,
): Promise<ExportResult> {
  const { platform } = request;
  const prepared = await prepareExport(db, request.assessmentId, request.signer, platform.appInfo().version);
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
  const written = await writeStream(stream, chosen.value);
  return written.ok ? success({ ...written.value, sealed: false }) : written;
}
