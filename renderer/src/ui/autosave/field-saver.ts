/**
 * One autosave field's draft and save discipline, without React (so it is tested in Node), read by the
 * hook as an external store. An edit is saved at most `delayMs` after the keystroke that made it — a
 * throttle, not a debounce, so steady typing still saves every few tens of milliseconds — and at once on
 * flush(). Saves are serialized: never two in flight, so they cannot commit out of order; edits made while
 * one runs go out right after it.
 *
 * A value read back from the database replaces the draft only when nothing of this field is pending or
 * saving, and never when it is a late echo of a value saved before the latest save (a stale read must not
 * undo newer typing).
 */
import type { SaveResult } from '../../storage/assessment-repository';

/** Well under the 100 ms within which an edit must be durable; a save itself takes a few ms. */
export const AUTOSAVE_DELAY_MS = 25;
/** How many earlier saved values are remembered to recognize their late echoes. */
const SUPERSEDED_LIMIT = 16;

export type Save<T> = (value: T) => Promise<SaveResult>;

// Saves report failures as values; a thrown error is a bug, but the field must still come out of "saving".
function unexpected(error: unknown): SaveResult {
  const detail = error instanceof Error ? error.message : String(error);
  return { ok: false, code: 'storage-failed', message: `The change could not be saved (${detail}).` };
}

export interface FieldSnapshot<T> {
  draft: T;
  /** The last save's failure, in words; null once a save succeeds. */
  error: string | null;
  /** An edit is waiting for its save or being saved: the database does not hold the draft yet. */
  busy: boolean;
}

export interface FieldSaver<T> {
  snapshot: () => FieldSnapshot<T>;
  subscribe: (listener: () => void) => () => void;
  /** Which function saves; the newest one is used by the next save. */
  setSave: (save: Save<T>) => void;
  /** The user changed the value. */
  edit: (value: T) => void;
  /** Saves the pending edit now; resolves when it, and any made meanwhile, committed or failed. */
  flush: () => Promise<void>;
  /** The database holds `stored` now; the draft follows unless that would undo an edit. */
  offerStored: (stored: T) => void;
}

export function createFieldSaver<T>(initial: T, delayMs: number = AUTOSAVE_DELAY_MS): FieldSaver<T> {
  let state: FieldSnapshot<T> = { draft: initial, error: null, busy: false };
  const listeners = new Set<() => void>();
  let save: Save<T> = () => Promise.reject(new Error('No save function yet.'));
  let dirty = false;
  let inFlight: Promise<void> | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastSaved: { value: T } | null = null;
  let superseded: T[] = [];

  const set = (next: Partial<Omit<FieldSnapshot<T>, 'busy'>>) => {
    state = { ...state, ...next, busy: dirty || inFlight !== null };
    for (const listener of listeners) listener();
  };

  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (inFlight) return inFlight;
    if (!dirty) return Promise.resolve();
    const value = state.draft;
    dirty = false;
    if (lastSaved) superseded = [...superseded, lastSaved.value].slice(-SUPERSEDED_LIMIT);
    lastSaved = { value };
    const saving = save(value)
      .catch(unexpected)
      .then((result) => {
        inFlight = null;
        set({ error: result.ok ? null : result.message });
        // Whatever was typed while this save ran goes out now, after it, never beside it.
        return dirty ? flush() : undefined;
      });
    inFlight = saving;
    return saving;
  };

  return {
    snapshot: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    setSave(next) {
      save = next;
    },
    edit(value) {
      dirty = true;
      set({ draft: value });
      if (!timer && !inFlight) timer = setTimeout(() => void flush(), delayMs);
    },
    flush,
    offerStored(stored) {
      if (dirty || inFlight || stored === state.draft) return;
      if (lastSaved && stored === lastSaved.value) superseded = [];
      else if (superseded.includes(stored)) return;
      set({ draft: stored });
    },
  };
}
