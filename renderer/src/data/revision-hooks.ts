/** Live reads of what an assessment can be compared with, and of the documents being compared. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { AssessmentDocument } from '../domain/assessment/model';
import type { AssessmentHeader, RevisionRow } from '../storage/rows';
import { useStore } from './store-context';
import { useDeferredQuery } from './storage-code';

/** The history revisions kept for an assessment. */
export function useRevisions(assessmentId: string): RevisionRow[] | undefined {
  const store = useStore();
  return useLiveQuery(() => store.listRevisions(assessmentId), [store, assessmentId]);
}

/** Every assessment of a site (exact site name), this one included. */
export function useSiteAssessments(siteName: string): AssessmentHeader[] | undefined {
  const store = useStore();
  return useLiveQuery(() => store.listBySite(siteName), [store, siteName]);
}

/** The documents behind refs ("id" current, "id@3" history revision 3); undefined entries are not stored. */
export function useDocuments(refs: readonly string[]): Array<AssessmentDocument | undefined> | undefined {
  const store = useStore();
  const key = refs.join('\n');
  return useDeferredQuery(
    () => Promise.all(key.split('\n').map((ref) => store.loadDocumentRef(ref))),
    [store, key],
  );
}
