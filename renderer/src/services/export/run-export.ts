/**
 * The export itself: prepare (document, digest, signed report), ask where to save, then stream the bundle —
 * through age when sealing — into the chosen file. Errors come back as values with a sentence to show.
 */
import { bundleStream } from '../../domain/bundle/build-bundle';
import type { BundleProgress } from '../../domain/bundle/bundle-input';
import { sealStream, type SealTarget } from '../../domain/bundle/seal';
import type { Platform } from '../../platform';
import type { AirrDatabase } from '../../storage/database';
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

export type ExportResult =
  { ok: true; value: Written & { sealed: boolean } } | { ok: false; code: string; message: string };

const NOT_SAVED = {
  ok: false as const,
  code: 'not-saved',
  message: 'No file was chosen, so nothing was saved.',
};

export async function runExport(db: AirrDatabase, request: ExportRequest): Promise<ExportResult> {
  const { platform, signal, seal } = request;
  const prepared = await prepareExport(db, request.assessmentId, request.signer, platform.appInfo().version);
  if (!prepared.ok) return prepared;
  // A Cancel pressed while the report was being signed must not open the save dialog afterwards.
  if (signal.aborted) return { ok: false, code: 'cancelled', message: 'The export was canceled.' };
  const { bundle, site, title, revision } = prepared.value;
  const sealed = seal !== null;
  const target = await platform.saveFile({
    suggestedName: bundleFileName(site, title, revision, sealed),
    mimeType: sealed ? 'application/octet-stream' : 'application/zip',
    extensions: [sealed ? 'airr.age' : 'airr'],
  });
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
  return written.ok ? { ok: true, value: { ...written.value, sealed } } : written;
}

/** Only the signed PDF report, for people who need to read the assessment but not verify the bundle. */
export async function saveReportOnly(
  db: AirrDatabase,
  request: Pick<ExportRequest, 'platform' | 'assessmentId' | 'signer'>,
): Promise<ExportResult> {
  const { platform } = request;
  const prepared = await prepareExport(db, request.assessmentId, request.signer, platform.appInfo().version);
  if (!prepared.ok) return prepared;
  const target = await platform.saveFile({
    suggestedName: 'report.pdf',
    mimeType: 'application/pdf',
    extensions: ['pdf'],
  });
  if (!target) return NOT_SAVED;
  const pdf = prepared.value.bundle.reportPdf;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(pdf);
      controller.close();
    },
  });
  const written = await writeStream(stream, target);
  return written.ok ? { ok: true, value: { ...written.value, sealed: false } } : written;
}
