import { useLiveQuery } from 'dexie-react-hooks';
import { useApp } from '../app/app-context';
import { localToday } from '../../domain/remediation/due';
import type { PlanCounts } from '../../domain/remediation/due';
import { loadRemediation, remediationCounts, type RemediationView } from '../../storage/remediation-view';
import { getRemediationJournal } from '../../storage/remediation-repository';
import type { RemediationJournalRow } from '../../storage/remediation-rows';

/** The live remediation picture of an assessment; undefined while loading, null when it does not exist. */
export function useRemediation(assessmentId: string): RemediationView | null | undefined {
  const { db } = useApp();
  const today = localToday();
  return useLiveQuery(() => loadRemediation(db, assessmentId, today), [db, assessmentId, today]);
}

export function useRemediationJournal(assessmentId: string): RemediationJournalRow[] | undefined {
  const { db } = useApp();
  return useLiveQuery(() => getRemediationJournal(db, assessmentId), [db, assessmentId]);
}

/** Open and overdue counts for the given assessments (the rows on screen). */
export function useRemediationCounts(ids: readonly string[]): Map<string, PlanCounts> | undefined {
  const { db } = useApp();
  const today = localToday();
  const key = ids.join(',');
  return useLiveQuery(() => remediationCounts(db, ids, today), [db, key, today]);
}
