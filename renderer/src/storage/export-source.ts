/**
 * The assessment as it leaves the machine, read from storage in one transaction: the header, content,
 * evidence metadata and journal become an AssessmentDocument, and each stored evidence blob becomes a
 * bundle EvidenceSource that is opened as a stream only when its turn comes, so memory stays bounded.
 */
import type { AssessmentDocument } from '../domain/assessment/model';
import type { EvidenceSource } from '../domain/bundle/bundle-input';
import { loadStoredAssessment } from './assessment-document';
import { freezeJournal } from './export-revision';
import type { AirrDatabase } from './database';
import { storageFailure } from './storage-errors';
import type { EvidenceRow } from './rows';
import { blobSlices } from './blob-slices';

export type ExportSource = {
  document: AssessmentDocument;
  evidence: EvidenceSource[];
};

export type ExportSourceResult =
  | { ok: true; value: ExportSource }
  | { ok: false; code: 'not-found' | 'storage-full' | 'storage-failed'; message: string };

/** The file extension the bundle names evidence by: lowercase letters and digits only, else none. */
export function evidenceExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return '';
  const ext = name.slice(dot + 1).toLowerCase();
  return /^[a-z0-9]{1,16}$/.test(ext) ? ext : '';
}

function sourceOf(row: EvidenceRow): EvidenceSource {
  return {
    sha256: row.sha256,
    ext: evidenceExtension(row.name),
    size: row.size,
    open: () => blobSlices(row.blob),
    ...(row.crc32 === undefined ? {} : { stored: { blob: row.blob, crc32: row.crc32 } }),
  };
}

/**
 * Reads everything an export needs (blobs are referenced, not read) and, in the same transaction, freezes
 * the journal entries read, so the bundle's journal stays a prefix of every later one. Once the file is
 * written, the caller marks the revision exported with recordExport (export-revision.ts).
 */
export async function loadExportSource(db: AirrDatabase, assessmentId: string): Promise<ExportSourceResult> {
  try {
    const stored = await db.transaction(
      'rw',
      [db.assessments, db.contents, db.evidence, db.journal],
      async () => {
        const read = await loadStoredAssessment(db, assessmentId);
        if (read) await freezeJournal(db, assessmentId, read.document.journal.at(-1)?.seq ?? 0);
        return read;
      },
    );
    if (!stored) return { ok: false, code: 'not-found', message: 'This assessment no longer exists.' };
    return { ok: true, value: { document: stored.document, evidence: stored.evidenceRows.map(sourceOf) } };
  } catch (error) {
    return storageFailure(error);
  }
}
