import { useCallback } from 'react';
import { useActor } from '../common/use-actor';
import { useStore } from '../../data';
import type { SaveResult } from '../../storage/assessment-repository';
import type { ContentChange } from '../../data';
import { inOrder } from './in-order';
import { useSaveTracker } from './save-status-context';

/**
 * A function that applies one change to the assessment being edited (journaled, atomic). Changes to one
 * assessment run one at a time, in the order they were made.
 */
export function useChange(): (change: ContentChange) => Promise<SaveResult> {
  const store = useStore();
  const { assessmentId } = useSaveTracker();
  const actor = useActor();
  return useCallback(
    (change: ContentChange) => {
      // Logged before it waits its turn, so a reload while earlier saves run cannot lose it.
      store.notePendingEdit(assessmentId, change, actor);
      return inOrder(assessmentId, () => store.applyChange(assessmentId, change, actor));
    },
    [store, assessmentId, actor],
  );
}

/** Logs a field edit ahead of its save (see storage/pending-edits.ts); called on every keystroke. */
export function useNotePendingEdit(): (change: ContentChange) => void {
  const store = useStore();
  const { assessmentId } = useSaveTracker();
  const actor = useActor();
  return useCallback(
    (change: ContentChange) => store.notePendingEdit(assessmentId, change, actor),
    [store, assessmentId, actor],
  );
}

/** Like useChange, but the indicator shows the save (for immediate changes: radios, checkboxes, selects). */
export function useTrackedChange(): (change: ContentChange) => Promise<SaveResult> {
  const change = useChange();
  const { track } = useSaveTracker();
  return useCallback((c: ContentChange) => track(() => change(c)), [change, track]);
}
