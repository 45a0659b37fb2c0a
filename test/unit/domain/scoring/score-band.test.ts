import { describe, expect, it } from 'vitest';
import { bandOfPercent, bandOfScore } from '../../../../renderer/src/domain/scoring/score-band';
import { scoreColor } from '../../../../renderer/src/domain/report/pdf-style';
import { SCORE_BAND_STYLE } from '../../../../renderer/src/domain/scoring/score-band';

describe('score bands', () => {
  it('bands by the rounded percent a reader sees', () => {
    expect(bandOfScore(0.795)).toBe('strong'); // printed as 80%
    expect(bandOfScore(0.794)).toBe('partial'); // printed as 79%
    expect(bandOfScore(0.495)).toBe('partial');
    expect(bandOfScore(0.494)).toBe('weak');
    expect(bandOfScore(null)).toBe('none');
    expect(bandOfScore(undefined)).toBe('none');
    expect(bandOfPercent(100)).toBe('strong');
    expect(bandOfPercent(0)).toBe('weak');
  });

  it('gives the PDF the same fill the screens use', () => {
    expect(scoreColor(80)).toEqual([...SCORE_BAND_STYLE.strong.rgb]);
    expect(scoreColor(79.6)).toEqual([...SCORE_BAND_STYLE.strong.rgb]);
    expect(scoreColor(63)).toEqual([...SCORE_BAND_STYLE.partial.rgb]);
    expect(scoreColor(10)).toEqual([...SCORE_BAND_STYLE.weak.rgb]);
    expect(scoreColor(null)).toEqual([...SCORE_BAND_STYLE.none.rgb]);
  });
});
