/** Live reads of the work packages an assessment has on this device (handed out, or its working copy). */
import { useLiveQuery } from 'dexie-react-hooks';
import type { WorkPackageRow } from '../storage/work-package-rows';
import { useStore } from './store-context';

/** The assessment's packages, oldest first; undefined while loading. */
export function useWorkPackages(assessmentId: string): WorkPackageRow[] | undefined {
  const store = useStore();
  return useLiveQuery(() => store.listWorkPackages(assessmentId), [store, assessmentId]);
}
