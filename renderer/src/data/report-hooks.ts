import { useLiveQuery } from 'dexie-react-hooks';
import type { ReportRow } from '../storage/rows';
import { useStore } from './store-context';

/** The signed report.pdf that came with an imported assessment; null when there is none. */
export function useSignedReport(assessmentId: string): ReportRow | null | undefined {
  const store = useStore();
  return useLiveQuery(async () => (await store.getSignedReport(assessmentId)) ?? null, [store, assessmentId]);
}
