import { describe, expect, it } from 'vitest';
import { primedPage } from '../../../renderer/src/data/primed-page';
import { DEFAULT_QUERY } from '../../../renderer/src/storage/library-query';
import type { AssessmentHeader } from '../../../renderer/src/storage/rows';

const ROWS = [{ id: 'a1' }, { id: 'a2' }] as AssessmentHeader[];

describe('primedPage', () => {
  it('hands out the rows it read once, for the same query, offset and limit', async () => {
    const reads: Array<[number, number]> = [];
    const page = primedPage((_, offset, limit) => {
      reads.push([offset, limit]);
      return Promise.resolve(ROWS);
    });
    await page.prime(DEFAULT_QUERY, 0, 25);
    expect(reads).toEqual([[0, 25]]);
    expect(page.take(DEFAULT_QUERY, 0, 25)).toBe(ROWS);
    expect(page.take(DEFAULT_QUERY, 0, 25)).toBeUndefined();
  });

  it('hands out nothing for another query object, page or page size, and forgets the rows', async () => {
    const page = primedPage(() => Promise.resolve(ROWS));
    for (const [query, offset, limit] of [
      [{ ...DEFAULT_QUERY }, 0, 25],
      [DEFAULT_QUERY, 25, 25],
      [DEFAULT_QUERY, 0, 10],
    ] as const) {
      await page.prime(DEFAULT_QUERY, 0, 25);
      expect(page.take(query, offset, limit)).toBeUndefined();
      expect(page.take(DEFAULT_QUERY, 0, 25)).toBeUndefined();
    }
  });

  it('keeps nothing when the read fails, so the live query reports the failure itself', async () => {
    const page = primedPage(() => Promise.reject(new Error('database closed')));
    await expect(page.prime(DEFAULT_QUERY, 0, 25)).resolves.toBeUndefined();
    expect(page.take(DEFAULT_QUERY, 0, 25)).toBeUndefined();
  });
});
