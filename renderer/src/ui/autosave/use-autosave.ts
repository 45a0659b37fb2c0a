/**
 * Debounced autosave for one field: the draft lives in component state, a save goes out 400 ms after the
 * last keystroke, on blur, and when the page is hidden or unloaded. While a draft is unsaved, changes that
 * arrive from the database (our own echo) do not overwrite what the user is typing.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SaveResult } from '../../storage/assessment-repository';
import { useSaveTracker } from './save-status-context';

export const AUTOSAVE_DELAY_MS = 400;

export function useAutosave<T>(
  stored: T,
  save: (value: T) => Promise<SaveResult>,
): {
  value: T;
  setValue: (value: T) => void;
  flush: () => void;
  error: string | null;
} {
  const { track } = useSaveTracker();
  const [draft, setDraft] = useState<T>(stored);
  const [error, setError] = useState<string | null>(null);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef<T>(stored);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });

  useEffect(() => {
    if (!dirty.current) {
      setDraft(stored);
      latest.current = stored;
    }
  }, [stored]);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!dirty.current) return;
    const value = latest.current;
    void track(() => saveRef.current(value)).then((result) => {
      if (latest.current === value) dirty.current = false;
      setError(result.ok ? null : result.message);
    });
  }, [track]);

  const setValue = useCallback(
    (value: T) => {
      dirty.current = true;
      latest.current = value;
      setDraft(value);
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    const onHide = () => flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      flush();
    };
  }, [flush]);

  return { value: draft, setValue, flush, error };
}
