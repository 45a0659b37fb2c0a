import type { Failure } from '../domain/result';

/** Storage failures as values with stable codes, so the UI can say something specific and keep going. */
export type StorageFailure = Failure<
  | 'not-found'
  | 'invalid-change'
  | 'duplicate-evidence'
  | 'read-only-record'
  | 'storage-full'
  | 'storage-failed'
>;

export const STORAGE_FULL_MESSAGE =
  'The disk is full or the storage quota is used up, so this change was not saved. Everything saved before is intact; free some space and try again.';

function errorName(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const named = error as { name?: unknown; inner?: { name?: unknown } };
  const inner = typeof named.inner?.name === 'string' ? named.inner.name : '';
  return `${typeof named.name === 'string' ? named.name : ''} ${inner}`;
}

/** Maps an exception thrown by Dexie/IndexedDB to a failure value. */
export function storageFailure(error: unknown): StorageFailure {
  if (/QuotaExceeded/.test(errorName(error)))
    return { ok: false, code: 'storage-full', message: STORAGE_FULL_MESSAGE };
  const detail = error instanceof Error ? error.message : String(error);
  return {
    ok: false,
    code: 'storage-failed',
    message: `The change could not be saved (${detail}). Nothing was changed.`,
  };
}
