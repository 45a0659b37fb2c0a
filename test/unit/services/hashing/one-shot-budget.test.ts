import { describe, expect, it } from 'vitest';
import {
  createOneShotBudget,
  ONE_SHOT_BUDGET_BYTES,
  ONE_SHOT_MAX_FILE_BYTES,
} from '../../../../renderer/src/services/hashing/one-shot-budget';

const MIB = 2 ** 20;

describe('the one-shot hashing budget', () => {
  it('lets one 128 MiB file at a time be hashed whole; the next streams until it is given back', () => {
    const budget = createOneShotBudget(ONE_SHOT_BUDGET_BYTES, ONE_SHOT_MAX_FILE_BYTES);
    const first = budget.take(128 * MIB);
    expect(first).not.toBeNull();
    expect(budget.held()).toBe(256 * MIB);
    expect(budget.take(128 * MIB)).toBeNull();
    expect(budget.take(1)).toBeNull();
    first?.release();
    expect(budget.held()).toBe(0);
    expect(budget.take(128 * MIB)).not.toBeNull();
  });

  it('grants many small files at once, up to the total, and never a file above the per-file limit', () => {
    const budget = createOneShotBudget(ONE_SHOT_BUDGET_BYTES, ONE_SHOT_MAX_FILE_BYTES);
    const photos = Array.from({ length: 25 }, () => budget.take(5 * MIB));
    expect(photos.every((grant) => grant !== null)).toBe(true);
    expect(budget.held()).toBe(250 * MIB);
    expect(budget.take(5 * MIB)).toBeNull();
    expect(budget.take(3 * MIB)).not.toBeNull();
    for (const grant of photos) grant?.release();
    expect(
      createOneShotBudget(ONE_SHOT_BUDGET_BYTES, ONE_SHOT_MAX_FILE_BYTES).take(128 * MIB + 1),
    ).toBeNull();
  });

  it('gives back a grant once however often it is released', () => {
    const budget = createOneShotBudget(100, 50);
    const grant = budget.take(20);
    const other = budget.take(20);
    grant?.release();
    grant?.release();
    expect(budget.held()).toBe(40);
    other?.release();
    expect(budget.held()).toBe(0);
  });
});
