import { storageFailure } from './storage-errors';

/** A Dexie/IndexedDB exception as a failure value with only the codes an I/O error can have. */
export function ioFailure(error: unknown): {
  ok: false;
  code: 'storage-full' | 'storage-failed';
  message: string;
} {
  const failed = storageFailure(error);
  return {
    ok: false,
    code: failed.code === 'storage-full' ? 'storage-full' : 'storage-failed',
    message: failed.message,
  };
}
