/**
 * Routes OS open requests to the window. Requests can arrive before the window exists or has loaded
 * (first-run argv, macOS open-file before `ready`), so they queue until the renderer is ready; each one is
 * validated and opened in main, then only its name, size and a read token are delivered.
 */
import type { IpcResult, OpenedFileHandle } from './ipc-contract';

export interface OpenRequestDeps {
  open(filePath: string): Promise<IpcResult<OpenedFileHandle>>;
  deliver(file: OpenedFileHandle): void;
  /** Shows the reason a request was refused (a native message box in the app). */
  reject(message: string): void;
  /** Brings the window forward (restore, show, focus). */
  focus(): void;
}

export interface OpenRequestRouter {
  request(filePath: string): Promise<void>;
  /** Marks the renderer as ready (or not, e.g. while reloading) and flushes the queue. */
  setReady(ready: boolean): void;
}

export function createOpenRequestRouter(deps: OpenRequestDeps): OpenRequestRouter {
  let ready = false;
  const pending: OpenedFileHandle[] = [];

  const flush = (): void => {
    while (ready && pending.length > 0) {
      const file = pending.shift();
      if (file) deliver(file);
    }
  };

  const deliver = (file: OpenedFileHandle): void => {
    deps.focus();
    deps.deliver(file);
  };

  return {
    async request(filePath) {
      const result = await deps.open(filePath);
      if (!result.ok) {
        deps.focus();
        deps.reject(result.message);
        return;
      }
      pending.push(result.value);
      flush();
    },
    setReady(value) {
      ready = value;
      flush();
    },
  };
}
