import type { Answer, AnswerStatus } from '../assessment/model';

/** Something that keeps an answer from counting as complete, with a stable code and a sentence for the user. */
export interface AnswerProblem {
  code: 'justification-required';
  message: string;
}

/** The problems with one answer; an empty list when there are none. Not yet assessed is not a problem. */
export function answerProblems(answer: Answer): AnswerProblem[] {
  if (answer.status === 'not-applicable' && answer.justification.trim() === '') {
    return [
      {
        code: 'justification-required',
        message: 'A reason is required when a practice is marked Not applicable.',
      },
    ];
  }
  return [];
}

/**
 * The status scoring uses. A missing answer is not yet assessed, and so is Not applicable without a
 * justification: an exclusion nobody explained must not raise the score.
 */
export function effectiveStatus(answer: Answer | undefined): AnswerStatus {
  if (!answer) return 'not-assessed';
  return answerProblems(answer).length > 0 ? 'not-assessed' : answer.status;
}

/** True when the practice has been answered and the answer has no problems (counts towards completeness). */
export function isAnswerComplete(answer: Answer | undefined): boolean {
  return effectiveStatus(answer) !== 'not-assessed';
}
