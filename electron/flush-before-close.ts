/**
 * Pending edits are saved before the window closes or the app quits. The first close or quit is held
 * (preventDefault), the renderer is asked to flush (app:flush-request) and answers with app:flush-done;
 * then the held close or quit goes on. A renderer that does not answer within the timeout (hung, crashed)
 * never keeps the app open: the close goes on anyway. Electron-free, so it is tested in Node.
 */
import type { IpcRouter } from './ipc-handle';
import { ok } from './ipc-result';
import { IPC_SCHEMAS } from './ipc-schemas';

/** Saves take a few ms; this only bounds a renderer that cannot answer. */
export const FLUSH_TIMEOUT_MS = 3_000;

export interface FlushGateOptions {
  /** Sends app:flush-request; false when there is no renderer to ask. */
  request: (id: number) => boolean;
  timeoutMs?: number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

export interface FlushGate {
  /**
   * For a window 'close' or app 'before-quit' event: true when it was held (prevented) and `proceed` will be
   * called once the renderer has flushed; false when edits are already flushed and the event may go on.
   */
  hold: (event: { preventDefault: () => void }, proceed: () => void) => boolean;
  /** The renderer's answer to request `id`. */
  done: (id: number) => void;
}

export function createFlushGate(options: FlushGateOptions): FlushGate {
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  let state: 'open' | 'flushing' | 'flushed' = 'open';
  let current = 0;
  let timer: unknown = null;
  let proceedWith: (() => void) | null = null;

  const finish = () => {
    if (state !== 'flushing') return;
    if (timer !== null) clearTimer(timer);
    timer = null;
    state = 'flushed';
    const proceed = proceedWith;
    proceedWith = null;
    proceed?.();
  };

  return {
    hold(event, proceed) {
      if (state === 'flushed') return false;
      event.preventDefault();
      proceedWith = proceed;
      if (state === 'flushing') return true;
      state = 'flushing';
      current += 1;
      if (!options.request(current)) {
        finish();
        return true;
      }
      timer = setTimer(finish, options.timeoutMs ?? FLUSH_TIMEOUT_MS);
      return true;
    },
    done(id) {
      if (id === current) finish();
    },
  };
}

/** The app:flush-done handler, through the checked IPC router. */
export function registerFlushDone(router: IpcRouter, gate: FlushGate): void {
  router.handle('app:flush-done', IPC_SCHEMAS['app:flush-done'], ({ id }) => {
    gate.done(id);
    return ok(null);
  });
}
