/**
 * Read-only queries the screens make over assessments, revisions and signed reports. Each is one repository
 * function so the data layer (renderer/src/data/) can watch it live; none writes.
 */
import type { AssessmentContent } from '../domain/assessment/model';
import type { AirrDatabase } from './database';
import type { AssessmentHeader, EvidenceRow, ReportRow, RevisionRow } from './rows';

/** An assessment as the wizard edits it: header, editable content and its evidence rows. */
export interface LoadedAssessment {
  header: AssessmentHeader;
  content: AssessmentContent;
  evidence: EvidenceRow[];
}

/** The assessment with its content and evidence, or null when it does not exist (or has no content). */
export async function getLoadedAssessment(db: AirrDatabase, id: string): Promise<LoadedAssessment | null> {
  const [header, row, evidence] = await Promise.all([
    db.assessments.get(id),
    db.contents.get(id),
    db.evidence.where('assessmentId').equals(id).toArray(),
  ]);
  return header && row ? { header, content: row.content, evidence } : null;
}

/** The evidence rows of one assessment. */
export function listEvidence(db: AirrDatabase, assessmentId: string): Promise<EvidenceRow[]> {
  return db.evidence.where('assessmentId').equals(assessmentId).toArray();
}

/** The history revisions kept for an imported assessment (the current one is not among them). */
export function listRevisions(db: AirrDatabase, assessmentId: string): Promise<RevisionRow[]> {
  return db.revisions.where('assessmentId').equals(assessmentId).toArray();
}

/** Every assessment whose site name is exactly this one. */
export function listBySite(db: AirrDatabase, siteName: string): Promise<AssessmentHeader[]> {
  return db.assessments.where('siteName').equals(siteName).toArray();
}

/** The signed report.pdf stored with an imported assessment, if any. */
export function getSignedReport(db: AirrDatabase, assessmentId: string): Promise<ReportRow | undefined> {
  return db.reports.get(assessmentId);
}

/** The content of the most recently updated assessment of every site (site names compared case-blind). */
export async function latestPerSite(
  db: AirrDatabase,
): Promise<Array<{ id: string; content: AssessmentContent }>> {
  const headers = await db.assessments.orderBy('updatedAt').reverse().toArray();
  const seen = new Set<string>();
  const latest = headers.filter((header) => {
    const key = header.siteName.trim().toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const contents = await db.contents.bulkGet(latest.map((header) => header.id));
  return contents.flatMap((row) => (row ? [{ id: row.assessmentId, content: row.content }] : []));
}
