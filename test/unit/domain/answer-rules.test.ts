import { describe, expect, it } from 'vitest';
import type { Answer, AnswerStatus } from '../../../renderer/src/domain/assessment/model';
import { answerProblems, isAnswerComplete } from '../../../renderer/src/domain/scoring/answer-rules';
import { formatPercent, toPercent } from '../../../renderer/src/domain/scoring/percent';

function answer(status: AnswerStatus, justification = ''): Answer {
  return { status, notes: '', justification, systemIds: [] };
}

describe('answer rules', () => {
  it('requires a reason when a practice is marked Not applicable', () => {
    expect(answerProblems(answer('not-applicable', ' \n'))).toEqual([
      {
        code: 'justification-required',
        message: 'A reason is required when a practice is marked Not applicable.',
      },
    ]);
    expect(answerProblems(answer('not-applicable', 'No OT network on site.'))).toEqual([]);
  });

  it('treats implemented, partial, not implemented and justified N/A as complete', () => {
    expect(isAnswerComplete(answer('implemented'))).toBe(true);
    expect(isAnswerComplete(answer('partial'))).toBe(true);
    expect(isAnswerComplete(answer('not-implemented'))).toBe(true);
    expect(isAnswerComplete(answer('not-applicable', 'Reason'))).toBe(true);
  });

  it('treats a missing answer, not yet assessed and unjustified N/A as incomplete', () => {
    expect(isAnswerComplete(undefined)).toBe(false);
    expect(isAnswerComplete(answer('not-assessed'))).toBe(false);
    expect(isAnswerComplete(answer('not-applicable'))).toBe(false);
  });
});

describe('percent formatting', () => {
  it('rounds half up to an integer percent', () => {
    expect(toPercent(0.5)).toBe(50);
    expect(toPercent(0.125)).toBe(13);
    expect(toPercent(0.285)).toBe(29);
    expect(toPercent(0.005)).toBe(1);
    expect(toPercent(2 / 3)).toBe(67);
    expect(toPercent(1 / 3)).toBe(33);
    expect(toPercent(0.994)).toBe(99);
  });

  it('formats a fraction as text and shows a dash when there is nothing to score', () => {
    expect(formatPercent(0.75)).toBe('75%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(null)).toBe('–');
  });
});
