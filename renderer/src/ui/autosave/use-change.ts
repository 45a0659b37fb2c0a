import { useCallback } from 'react';
import { useActor } from '../common/use-actor';
import { useStore } from '../../data';
import type { ContentChange, SaveResult } from '../../storage/assessment-repository';
import { useSaveTracker } from './save-status-context';

/** A function that applies one change to the given assessment (journaled, atomic). */
export function useChange(assessmentId: string): (change: ContentChange) => Promise<SaveResult> {
  const store = useStore();
  const actor = useActor();
  return useCallback(
    (change: ContentChange) => store.applyChange(assessmentId, change, actor),
    [store, assessmentId, actor],
  );
}

/** Like useChange, but the indicator shows the save (for immediate changes: radios, checkboxes, selects). */
export function useTrackedChange(assessmentId: string): (change: ContentChange) => Promise<SaveResult> {
  const change = useChange(assessmentId);
  const { track } = useSaveTracker();
  return useCallback((c: ContentChange) => track(() => change(c)), [change, track]);
}
