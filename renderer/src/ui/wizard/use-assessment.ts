import { useLiveQuery } from 'dexie-react-hooks';
import { useApp } from '../app/app-context';
import type { AssessmentContent } from '../../domain/assessment/model';
import type { AssessmentHeader, EvidenceRow } from '../../storage/rows';

export interface LoadedAssessment {
  header: AssessmentHeader;
  content: AssessmentContent;
  evidence: EvidenceRow[];
}

/** The live assessment: re-renders whenever any of its records change. undefined while loading, null when absent. */
export function useAssessment(id: string): LoadedAssessment | null | undefined {
  const { db } = useApp();
  return useLiveQuery(async () => {
    const [header, row, evidence] = await Promise.all([
      db.assessments.get(id),
      db.contents.get(id),
      db.evidence.where('assessmentId').equals(id).toArray(),
    ]);
    return header && row ? { header, content: row.content, evidence } : null;
  }, [db, id]);
}
