/**
 * Read-only queries the screens make over assessments, revisions and signed reports. Each is one repository
 * function so the data layer (renderer/src/data/) can watch it live; none writes.
 */
import type { AssessmentContent, PackRef } from '../domain/assessment/model';
import { groupSeries } from '../domain/compare/series';
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

/**
 * One assessment of a site's series: when it was made (its end date, else start, else last change), and the
 * framework pack it is on (scored on that pack only).
 */
export type SeriesEntry = { id: string; date: string; content: AssessmentContent; pack: PackRef };
export type Series = { site: string; entries: SeriesEntry[] };

/**
 * Every series (domain/compare/series: a site's assessments, joined across renames by their cycle links)
 * with at least `minimum` assessments, with all of them (current revisions, not history), oldest first.
 */
export async function siteSeries(db: AirrDatabase, minimum: number): Promise<Series[]> {
  const headers = await db.assessments.toArray();
  const byId = new Map(headers.map((header) => [header.id, header]));
  const groups = groupSeries(headers).filter((group) => group.length >= minimum);
  const series = await Promise.all(groups.map((group) => loadSeries(db, group, byId)));
  return series.sort((a, b) => a.site.localeCompare(b.site));
}

/** The series an assessment belongs to (itself alone when it has no other cycle), or null when it is unknown. */
export async function seriesOf(db: AirrDatabase, assessmentId: string): Promise<Series | null> {
  const headers = await db.assessments.toArray();
  const byId = new Map(headers.map((header) => [header.id, header]));
  if (!byId.has(assessmentId)) return null;
  const group = groupSeries(headers).find((ids) => ids.includes(assessmentId)) ?? [assessmentId];
  return loadSeries(db, group, byId);
}

async function loadSeries(
  db: AirrDatabase,
  group: readonly string[],
  byId: ReadonlyMap<string, AssessmentHeader>,
): Promise<Series> {
  const contents = await db.contents.bulkGet([...group]);
  const entries = contents.flatMap((row) => {
    const header = row ? byId.get(row.assessmentId) : undefined;
    return row && header
      ? [
          {
            id: row.assessmentId,
            date: row.content.endDate || row.content.startDate || header.updatedAt.slice(0, 10),
            content: row.content,
            pack: { id: header.packId, version: header.packVersion },
          },
        ]
      : [];
  });
  // Same date (a site assessed twice a day, or no dates given): the one changed first comes first.
  const changedAt = (id: string) => byId.get(id)?.updatedAt ?? '';
  entries.sort((a, b) => a.date.localeCompare(b.date) || changedAt(a.id).localeCompare(changedAt(b.id)));
  // Named after its latest cycle: a renamed site is shown by the name it has now.
  const latest = entries.at(-1);
  return { site: latest?.content.site.name.trim() ?? '', entries };
}

/** The most recently changed assessment of each site, with the framework pack it is on. */
export async function latestPerSite(
  db: AirrDatabase,
): Promise<Array<{ id: string; content: AssessmentContent; pack: PackRef }>> {
  const headers = await db.assessments.orderBy('updatedAt').reverse().toArray();
  const seen = new Set<string>();
  const latest = headers.filter((header) => {
    const key = header.siteName.trim().toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const contents = await db.contents.bulkGet(latest.map((header) => header.id));
  return contents.flatMap((row, index) => {
    const header = latest[index];
    return row && header
      ? [
          {
            id: row.assessmentId,
            content: row.content,
            pack: { id: header.packId, version: header.packVersion },
          },
        ]
      : [];
  });
}
