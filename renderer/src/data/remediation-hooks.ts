import type { JournalEntry } from '../domain/assessment/model';
import { localToday, type PlanCounts } from '../domain/remediation/due';
import type { RemediationPlan } from '../domain/remediation/model';
import type { RemediationView, SiteRemediation } from '../storage/remediation-view';
import { useStore } from './store-context';
import { useDeferredQuery } from './storage-code';

/** The live remediation picture of an assessment; undefined while loading, null when it does not exist. */
export function useRemediation(assessmentId: string): RemediationView | null | undefined {
  const store = useStore();
  const today = localToday();
  return useDeferredQuery(() => store.loadRemediation(assessmentId, today), [store, assessmentId, today]);
}

/** The site's stored plans of an assessment by finding id (none for findings without a stored plan). */
export function useStoredPlans(assessmentId: string): Map<string, RemediationPlan> | undefined {
  const store = useStore();
  return useDeferredQuery(() => store.storedPlans(assessmentId), [store, assessmentId]);
}

/** The remediation journal as stored, first entry first. */
export function useRemediationJournal(assessmentId: string): JournalEntry[] | undefined {
  const store = useStore();
  return useDeferredQuery(() => store.getRemediationJournal(assessmentId), [store, assessmentId]);
}

/** The assessment's own change journal as stored, first entry first. */
export function useRecordJournal(assessmentId: string): JournalEntry[] | undefined {
  const store = useStore();
  return useDeferredQuery(() => store.getJournal(assessmentId), [store, assessmentId]);
}

/** Open and overdue counts for the given assessments (the rows on screen). */
export function useRemediationCounts(ids: readonly string[]): Map<string, PlanCounts> | undefined {
  const store = useStore();
  const today = localToday();
  const key = ids.join(',');
  return useDeferredQuery(
    () => store.remediationCounts(key ? key.split(',') : [], today),
    [store, key, today],
  );
}

/** Open and overdue counts per site (each site's latest assessment). */
export function useRemediationBySite(): SiteRemediation[] | undefined {
  const store = useStore();
  const today = localToday();
  return useDeferredQuery(() => store.remediationBySite(today), [store, today]);
}
