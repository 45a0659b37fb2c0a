/** Live reads of one assessment. Each returns undefined while loading and re-renders when its records change. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { AssessmentContent } from '../domain/assessment/model';
import type { LoadedAssessment } from '../storage/assessment-queries';
import type { AssessmentHeader, EvidenceRow } from '../storage/rows';
import { useStore } from './store-context';
import { useDeferredQuery } from './storage-code';

/** Header, content and evidence together (the wizard); null when the assessment does not exist. */
export function useAssessment(id: string): LoadedAssessment | null | undefined {
  const store = useStore();
  return useLiveQuery(() => store.getLoadedAssessment(id), [store, id]);
}

/** The library header of one assessment; null when it does not exist. */
export function useAssessmentHeader(id: string): AssessmentHeader | null | undefined {
  const store = useStore();
  return useDeferredQuery(async () => (await store.getHeader(id)) ?? null, [store, id]);
}

/** The editable content of one assessment; null when it does not exist. */
export function useAssessmentContent(id: string): AssessmentContent | null | undefined {
  const store = useStore();
  return useDeferredQuery(async () => (await store.getContent(id)) ?? null, [store, id]);
}

/** The evidence rows of one assessment. */
export function useEvidence(assessmentId: string): EvidenceRow[] | undefined {
  const store = useStore();
  return useLiveQuery(() => store.listEvidence(assessmentId), [store, assessmentId]);
}
