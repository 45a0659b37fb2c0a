import { describe, expect, it } from 'vitest';
import { failure } from '../../../renderer/src/domain/result';
import {
  Refusal,
  refusalOrFailure,
  STORAGE_FULL_MESSAGE,
} from '../../../renderer/src/storage/storage-errors';

describe('the repositories’ one refusal pattern', () => {
  it('returns a thrown refusal as it was thrown, extra fields included', () => {
    const refusal = { ...failure('signer-changed', 'Another key signed this.'), pinned: 'a', incoming: 'b' };
    expect(refusalOrFailure(new Refusal(refusal))).toBe(refusal);
  });

  it('reports a full disk as storage-full and anything else IndexedDB throws as storage-failed', () => {
    const quota = Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    expect(refusalOrFailure(quota)).toEqual({
      ok: false,
      code: 'storage-full',
      message: STORAGE_FULL_MESSAGE,
    });
    expect(refusalOrFailure(new Error('disk on fire'))).toEqual({
      ok: false,
      code: 'storage-failed',
      message: 'The change could not be saved (disk on fire). Nothing was changed.',
    });
  });
});
