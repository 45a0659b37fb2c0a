/**
 * Tracks the saves in flight for the open assessment, whose id the fields inside take from here. The
 * indicator says "Saved" only when no save is pending and the last one committed; a failed save stays on
 * screen until the next one succeeds. While mounted, pending edits are flushed when the page may stop
 * (pending-saves.ts) and, in the desktop app, before it quits.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { SaveResult } from '../../storage/assessment-repository';
import { useApp } from '../app/app-context';
import { flushPendingSaves, installFlushTriggers } from './pending-saves';

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date; revision: number }
  | { kind: 'failed'; message: string };

interface SaveTracker {
  /** The assessment the fields inside edit. */
  assessmentId: string;
  state: SaveState;
  /** Runs a save and reflects it in the indicator; resolves with its result. */
  track: (save: () => Promise<SaveResult>) => Promise<SaveResult>;
  /** A field has an edit the database does not hold yet (busy) or no longer has one. */
  hold: (field: object, busy: boolean) => void;
}

const SaveStatusContext = createContext<SaveTracker | null>(null);

export function SaveStatusProvider({
  assessmentId,
  children,
}: {
  assessmentId: string;
  children: ReactNode;
}) {
  const { platform } = useApp();
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  useEffect(() => installFlushTriggers(window), []);
  useEffect(() => platform.onQuitRequest?.(flushPendingSaves), [platform]);
  const pending = useRef(0);
  const busyFields = useRef(new Set<object>());
  const lastRevision = useRef<number | null>(null);
  // "Saved" only once no save runs and no field holds an edit the database lacks.
  const settle = useCallback(() => {
    if (pending.current > 0 || busyFields.current.size > 0 || lastRevision.current === null) return;
    const revision = lastRevision.current;
    setState((now) => (now.kind === 'saving' ? { kind: 'saved', at: new Date(), revision } : now));
  }, []);
  const track = useCallback(
    async (save: () => Promise<SaveResult>) => {
      pending.current += 1;
      setState({ kind: 'saving' });
      const result = await save();
      pending.current -= 1;
      if (!result.ok) setState({ kind: 'failed', message: result.message });
      else {
        lastRevision.current = result.value;
        settle();
      }
      return result;
    },
    [settle],
  );
  const hold = useCallback(
    (field: object, busy: boolean) => {
      if (busy) {
        busyFields.current.add(field);
        setState((now) => (now.kind === 'failed' ? now : { kind: 'saving' }));
      } else if (busyFields.current.delete(field)) settle();
    },
    [settle],
  );
  const value = useMemo(() => ({ assessmentId, state, track, hold }), [assessmentId, state, track, hold]);
  return <SaveStatusContext.Provider value={value}>{children}</SaveStatusContext.Provider>;
}

export function useSaveTracker(): SaveTracker {
  const tracker = useContext(SaveStatusContext);
  if (!tracker) throw new Error('useSaveTracker must be used inside SaveStatusProvider.');
  return tracker;
}

/** The live region that tells sighted and screen-reader users whether their work is stored. */
export function SaveStatusIndicator() {
  const { state } = useSaveTracker();
  const text =
    state.kind === 'saving'
      ? 'Saving…'
      : state.kind === 'saved'
        ? `Saved at ${state.at.toLocaleTimeString()}`
        : state.kind === 'failed'
          ? `Not saved: ${state.message}`
          : 'All changes are saved as you work.';
  return (
    <p
      className={`save-status${state.kind === 'failed' ? ' save-status--error' : ''}`}
      role="status"
      aria-live="polite"
      data-save-state={state.kind}
    >
      {text}
    </p>
  );
}
