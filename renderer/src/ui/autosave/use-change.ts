import { useCallback } from 'react';
import { useApp } from '../app/app-context';
import { useActor } from '../common/use-actor';
import { applyChange, type ContentChange, type SaveResult } from '../../storage/assessment-repository';
import { useSaveTracker } from './save-status-context';

/** A function that applies one change to the given assessment (journaled, atomic). */
export function useChange(assessmentId: string): (change: ContentChange) => Promise<SaveResult> {
  const { db } = useApp();
  const actor = useActor();
  return useCallback(
    (change: ContentChange) => applyChange(db, assessmentId, change, actor),
    [db, assessmentId, actor],
  );
}

/** Like useChange, but the indicator shows the save (for immediate changes: radios, checkboxes, selects). */
export function useTrackedChange(assessmentId: string): (change: ContentChange) => Promise<SaveResult> {
  const change = useChange(assessmentId);
  const { track } = useSaveTracker();
  return useCallback((c: ContentChange) => track(() => change(c)), [change, track]);
}
