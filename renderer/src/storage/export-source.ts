/**
 * The assessment as it leaves the machine, read from storage in one transaction: the header, content,
 * evidence metadata and journal become an AssessmentDocument, and each stored evidence blob becomes a
 * bundle EvidenceSource that is opened as a stream only when its turn comes, so memory stays bounded.
 */
import { Dexie } from 'dexie';
import {
  ASSESSMENT_FORMAT_ID,
  ASSESSMENT_FORMAT_VERSION,
  type AssessmentDocument,
  type EvidenceMeta,
  type JournalEntry,
} from '../domain/assessment/model';
import type { EvidenceSource } from '../domain/bundle/bundle-input';
import type { AirrDatabase } from './database';
import { ioFailure } from './io-failure';
import type { EvidenceRow, JournalRow } from './rows';

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

function metaOf(row: EvidenceRow): EvidenceMeta {
  const { id, practiceId, name, type, size, sha256, capturedAt } = row;
  return { id, practiceId, name, type, size, sha256, capturedAt };
}

function entryOf(row: JournalRow): JournalEntry {
  const { seq, at, actor, field, oldValue, newValue, prevHash, hash } = row;
  return { seq, at, actor, field, oldValue, newValue, prevHash, hash };
}

function sourceOf(row: EvidenceRow): EvidenceSource {
  return {
    sha256: row.sha256,
    ext: evidenceExtension(row.name),
    size: row.size,
    open: () => row.blob.stream(),
  };
}

/** Reads everything an export needs; blobs are referenced, not read. */
export async function loadExportSource(db: AirrDatabase, assessmentId: string): Promise<ExportSourceResult> {
  try {
    return await db.transaction('r', [db.assessments, db.contents, db.evidence, db.journal], async () => {
      const [header, row, evidence, journal] = await Promise.all([
        db.assessments.get(assessmentId),
        db.contents.get(assessmentId),
        db.evidence.where('assessmentId').equals(assessmentId).toArray(),
        db.journal
          .where('[assessmentId+seq]')
          .between([assessmentId, Dexie.minKey], [assessmentId, Dexie.maxKey])
          .toArray(),
      ]);
      if (!header || !row) {
        return {
          ok: false as const,
          code: 'not-found' as const,
          message: 'This assessment no longer exists.',
        };
      }
      // Capture order keeps assessment.json stable between exports of the same revision.
      const ordered = [...evidence].sort((a, b) =>
        a.capturedAt === b.capturedAt ? (a.id < b.id ? -1 : 1) : a.capturedAt < b.capturedAt ? -1 : 1,
      );
      const document: AssessmentDocument = {
        format: ASSESSMENT_FORMAT_ID,
        formatVersion: ASSESSMENT_FORMAT_VERSION,
        id: header.id,
        revision: header.revision,
        createdAt: header.createdAt,
        updatedAt: header.updatedAt,
        pack: { id: header.packId, version: header.packVersion },
        content: row.content,
        evidence: ordered.map(metaOf),
        journal: journal.map(entryOf),
      };
      return { ok: true as const, value: { document, evidence: ordered.map(sourceOf) } };
    });
  } catch (error) {
    return ioFailure(error);
  }
}
