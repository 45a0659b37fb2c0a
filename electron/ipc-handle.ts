/**
 * The one way main answers IPC: `handle(channel, schema, fn)` checks the sender, validates the payload and
 * turns any exception into a result value. Handlers therefore only ever see trusted, well-formed input and
 * the renderer only ever receives IpcResult values.
 */
import type { z } from 'zod';
import type { IpcChannel, IpcRequest, IpcResponse, IpcResult } from './ipc-contract';
import { fail } from './ipc-result';
import type { SenderEventLike } from './ipc-sender';

/** The part of Electron's ipcMain we use; injected so tests can drive handlers with fake events. */
export interface IpcMainLike<E extends SenderEventLike> {
  handle(channel: string, listener: (event: E, payload: unknown) => Promise<unknown>): void;
}

export type IpcHandlerFn<C extends IpcChannel> = (
  request: IpcRequest<C>,
) => Promise<IpcResult<IpcResponse<C>>> | IpcResult<IpcResponse<C>>;

export interface IpcRouter {
  handle<C extends IpcChannel>(channel: C, schema: z.ZodType<IpcRequest<C>>, fn: IpcHandlerFn<C>): void;
}

export interface IpcRouterOptions<E extends SenderEventLike> {
  ipcMain: IpcMainLike<E>;
  isTrusted(event: E): boolean;
  /** Where unexpected exceptions are recorded (locally; nothing leaves the machine). */
  logError(channel: string, error: unknown): void;
}

export function createIpcRouter<E extends SenderEventLike>(options: IpcRouterOptions<E>): IpcRouter {
  return {
    handle(channel, schema, fn) {
      options.ipcMain.handle(channel, async (event, payload) => {
        if (!options.isTrusted(event)) {
          return fail('untrusted-sender', 'This request did not come from the app window.');
        }
        const parsed = schema.safeParse(payload);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
          return fail('invalid-payload', `The request to ${channel} was malformed${where}.`);
        }
        try {
          return await fn(parsed.data);
        } catch (error) {
          options.logError(channel, error);
          return fail('internal-error', `The app could not complete ${channel}.`);
        }
      });
    },
  };
}
