import type { IpcErrorCode, IpcResult } from './ipc-contract';

export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: IpcErrorCode, message: string): IpcResult<T> {
  return { ok: false, code, message };
}
