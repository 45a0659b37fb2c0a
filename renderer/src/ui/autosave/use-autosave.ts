/**
 * Autosave for one field. The draft and the saving live in a FieldSaver (field-saver.ts: saved within
 * AUTOSAVE_DELAY_MS of a keystroke, serialized, at once on blur), read here as an external store. The
 * field's flush is registered with pending-saves.ts, so hiding, leaving, reloading or quitting the app saves
 * it too, as does unmounting the field. What the database holds is offered to the saver on every change.
 */
import { useEffect, useState, useSyncExternalStore } from 'react';
import type { SaveResult } from '../../storage/assessment-repository';
import { createFieldSaver } from './field-saver';
import { registerFlush } from './pending-saves';
import { useSaveTracker } from './save-status-context';

export { AUTOSAVE_DELAY_MS } from './field-saver';

export interface Autosave<T> {
  value: T;
  setValue: (value: T) => void;
  /** Saves the pending edit now; resolves when it (and any typed meanwhile) has committed or failed. */
  flush: () => Promise<void>;
  error: string | null;
}

/**
 * `onEdit` runs synchronously on every edit, before any save (the write-ahead log of pending edits); `save`
 * runs within AUTOSAVE_DELAY_MS of it.
 */
export function useAutosave<T>(
  stored: T,
  save: (value: T) => Promise<SaveResult>,
  onEdit: (value: T) => void = () => undefined,
): Autosave<T> {
  const { track, hold } = useSaveTracker();
  const [saver] = useState(() => createFieldSaver(stored));
  const { draft, error, busy } = useSyncExternalStore(saver.subscribe, saver.snapshot);
  const setValue = (value: T) => {
    onEdit(value);
    saver.edit(value);
  };

  useEffect(() => {
    saver.setSave((value) => track(() => save(value)));
  });
  useEffect(() => saver.offerStored(stored), [saver, stored]);
  // The indicator says "Saving…" from the keystroke on, not only once the save starts.
  useEffect(() => {
    hold(saver, busy);
    return () => hold(saver, false);
  }, [hold, saver, busy]);
  useEffect(() => {
    const unregister = registerFlush(saver.flush);
    return () => {
      unregister();
      void saver.flush();
    };
  }, [saver]);

  return { value: draft, setValue, flush: saver.flush, error };
}
