import { useEffect } from 'react';
import type { Marking } from '../../domain/assessment/model';
import { useApp } from './app-context';

/**
 * Shows `marking` in the banner at the top of the screen while the calling screen is mounted (null or
 * undefined: none yet). Keyed by label and text, so a new object with the same marking changes nothing.
 */
export function useShownMarking(marking: Marking | null | undefined): void {
  const { setMarking } = useApp();
  const tlp = marking?.tlp ?? null;
  const text = marking?.text ?? '';
  useEffect(() => {
    setMarking(tlp ? { tlp, text } : null);
  }, [tlp, text, setMarking]);
  useEffect(() => () => setMarking(null), [setMarking]);
}
