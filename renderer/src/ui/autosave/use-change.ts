import { useCallback } from 'react';
import { useApp } from '../app/app-context';
import { useActor } from '../common/use-actor';
import { applyChange, type SaveResult } from '../../storage/assessment-repository';
import type { ContentChange } from '../../storage/content-binding';
import { inOrder } from './in-order';
import { useSaveTracker } from './save-status-context';

/**
 * A function that applies one change to the assessment being edited (journaled, atomic). Changes to one
 * assessment run one at a time, in the order they were made.
 */
export function useChange(): (change: ContentChange) => Promise<SaveResult> {
  const { db } = useApp();
  const { assessmentId } = useSaveTracker();
  const actor = useActor();
  return useCallback(
    (change: ContentChange) => inOrder(assessmentId, () => applyChange(db, assessmentId, change, actor)),
    [db, assessmentId, actor],
  );
}

/** Like useChange, but the indicator shows the save (for immediate changes: radios, checkboxes, selects). */
export function useTrackedChange(): (change: ContentChange) => Promise<SaveResult> {
  const change = useChange();
  const { track } = useSaveTracker();
  return useCallback((c: ContentChange) => track(() => change(c)), [change, track]);
}
