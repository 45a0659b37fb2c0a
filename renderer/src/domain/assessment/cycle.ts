/**
 * The links that make a site's assessments a series of cycles. Both are optional so every document written
 * before cycles existed (stored assessments, format v1 bundles) still reads byte for byte.
 */
import { z } from 'zod';

const ID = z.string().min(1).max(100);
const REVISION = z.number().int().positive();

/** On an answer copied from the previous cycle: where it came from. Cleared by the first edit of the answer. */
export const CarriedOver = z.object({ fromAssessmentId: ID, fromRevision: REVISION });
export type CarriedOver = z.infer<typeof CarriedOver>;

/** On an assessment started from a previous one: the series it belongs to and the cycle it follows. */
export const CycleLink = z.object({
  /** The id of the first assessment of the series; shared by every later cycle. */
  seriesId: ID,
  previousAssessmentId: ID,
  previousRevision: REVISION,
});
export type CycleLink = z.infer<typeof CycleLink>;
