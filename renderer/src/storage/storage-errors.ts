import type { Failure, Result } from '../domain/result';

/** The stable codes of content storage (assessments and their evidence). */
export type StorageCode =
  | 'not-found'
  | 'invalid-change'
  | 'duplicate-evidence'
  | 'read-only-record'
  | 'storage-full'
  | 'storage-failed';

/** Storage failures as values with stable codes, so the UI can say something specific and keep going. */
export type StorageFailure = Failure<StorageCode>;

/** A committed change to an assessment: its value is the revision the stored assessment is at afterwards. */
export type SaveResult = Result<number, StorageCode>;

/** The codes every write can end in when IndexedDB itself fails. */
export type IoCode = 'storage-full' | 'storage-failed';

export const STORAGE_FULL_MESSAGE =
  'The disk is full or the storage quota is used up, so this change was not saved. Everything saved before is intact; free some space and try again.';

function errorName(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const named = error as { name?: unknown; inner?: { name?: unknown } };
  const inner = typeof named.inner?.name === 'string' ? named.inner.name : '';
  return `${typeof named.name === 'string' ? named.name : ''} ${inner}`;
}

/** Maps an exception thrown by Dexie/IndexedDB to a failure value. */
export function storageFailure(error: unknown): Failure<IoCode> {
  if (/QuotaExceeded/.test(errorName(error)))
    return { ok: false, code: 'storage-full', message: STORAGE_FULL_MESSAGE };
  const detail = error instanceof Error ? error.message : String(error);
  return {
    ok: false,
    code: 'storage-failed',
    message: `The change could not be saved (${detail}). Nothing was changed.`,
  };
}

/**
 * The one refusal pattern of the repositories: a check inside a transaction throws a Refusal, which rolls
 * the transaction back, and the repository returns its failure as is ({@link refusalOrFailure}).
 */
export class Refusal<F extends Failure = Failure> extends Error {
  constructor(readonly failure: F) {
    super(failure.message);
  }
}

/**
 * What a repository returns for an exception out of its transaction: its own refusal, or the I/O failure.
 * `F` is the repository's refusal type; a repository throws only its own refusals, so the narrowing holds.
 */
export function refusalOrFailure<F extends Failure>(error: unknown): F | Failure<IoCode> {
  if (error instanceof Refusal) return error.failure as F;
  return storageFailure(error);
}
