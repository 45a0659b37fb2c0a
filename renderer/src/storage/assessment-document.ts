/**
 * The stored assessment as one AssessmentDocument (the format of a bundle's assessment.json), for export,
 * compare, portfolio and hand-off. History revisions are already stored as documents.
 */
import {
  ASSESSMENT_FORMAT_ID,
  ASSESSMENT_FORMAT_VERSION,
  type AssessmentDocument,
} from '../domain/assessment/model';
import type { AirrDatabase } from './database';
import type { EvidenceRow } from './rows';
import { getJournal } from './assessment-repository';
import { parseDocumentRef } from './document-ref';

export { parseDocumentRef };

/** A stored assessment as its document, with the evidence rows (blobs referenced, not read) in the same order. */
export interface StoredAssessment {
  document: AssessmentDocument;
  evidenceRows: EvidenceRow[];
}

function byCapture(a: EvidenceRow, b: EvidenceRow): number {
  if (a.capturedAt !== b.capturedAt) return a.capturedAt < b.capturedAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The current revision read in one transaction (joins an enclosing one), or undefined when it does not exist. */
export async function loadStoredAssessment(
  db: AirrDatabase,
  id: string,
): Promise<StoredAssessment | undefined> {
  return db.transaction('r', [db.assessments, db.contents, db.evidence, db.journal], async () => {
    const [header, row, evidence, journal] = await Promise.all([
      db.assessments.get(id),
      db.contents.get(id),
      db.evidence.where('assessmentId').equals(id).toArray(),
      getJournal(db, id),
    ]);
    if (!header || !row) return undefined;
    // Capture order keeps assessment.json byte-identical between exports of the same revision.
    const evidenceRows = [...evidence].sort(byCapture);
    const document: AssessmentDocument = {
      format: ASSESSMENT_FORMAT_ID,
      formatVersion: ASSESSMENT_FORMAT_VERSION,
      id: header.id,
      revision: header.revision,
      createdAt: header.createdAt,
      updatedAt: header.updatedAt,
      pack: { id: header.packId, version: header.packVersion },
      content: row.content,
      evidence: evidenceRows.map(({ id: evidenceId, practiceId, name, type, size, sha256, capturedAt }) => ({
        id: evidenceId,
        practiceId,
        name,
        type,
        size,
        sha256,
        capturedAt,
      })),
      journal: journal.map(({ seq, at, actor, field, oldValue, newValue, prevHash, hash }) => ({
        seq,
        at,
        actor,
        field,
        oldValue,
        newValue,
        prevHash,
        hash,
      })),
    };
    return { document, evidenceRows };
  });
}

/** The current revision of an assessment as a document, or undefined when it does not exist. */
export async function loadDocument(db: AirrDatabase, id: string): Promise<AssessmentDocument | undefined> {
  return (await loadStoredAssessment(db, id))?.document;
}

/** A stored history revision of an assessment, or undefined. */
export async function loadRevision(
  db: AirrDatabase,
  id: string,
  revision: number,
): Promise<AssessmentDocument | undefined> {
  return (await db.revisions.get([id, revision]))?.document;
}

export function loadDocumentRef(db: AirrDatabase, ref: string): Promise<AssessmentDocument | undefined> {
  const { id, revision } = parseDocumentRef(ref);
  return revision === null ? loadDocument(db, id) : loadRevision(db, id, revision);
}
