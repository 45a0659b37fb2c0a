import { z } from 'zod';

/** The framework scale an answer is on. Its own module so schemas model.ts imports can use it without a cycle. */
export const ANSWER_STATUSES = [
  'implemented',
  'partial',
  'not-implemented',
  'not-applicable',
  'not-assessed',
] as const;
export const AnswerStatus = z.enum(ANSWER_STATUSES);
export type AnswerStatus = z.infer<typeof AnswerStatus>;
