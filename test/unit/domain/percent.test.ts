import { describe, expect, it } from 'vitest';
import {
  formatPointChange,
  percentPointChange,
  toPercent,
} from '../../../renderer/src/domain/scoring/percent';

describe('percentage-point changes', () => {
  it('subtracts the rounded percents a reader sees, not the raw fractions', () => {
    // 0.554 shows as 55% and 0.626 as 63%: the change shown must be +8, though 0.072 rounds to 7.
    expect([toPercent(0.554), toPercent(0.626)]).toEqual([55, 63]);
    expect(percentPointChange(0.554, 0.626)).toBe(8);
    expect(formatPointChange(0.554, 0.626)).toBe('+8 points');
  });

  it('writes falls with a minus sign, one point in the singular, and no change as 0', () => {
    expect(formatPointChange(0.5, 0.47)).toBe('−3 points');
    expect(formatPointChange(0.5, 0.51)).toBe('+1 point');
    expect(formatPointChange(0.504, 0.496)).toBe('0 points');
  });

  it('has no change when either side has nothing to score', () => {
    expect(percentPointChange(null, 0.5)).toBeNull();
    expect(formatPointChange(0.5, null)).toBe('—');
  });
});
