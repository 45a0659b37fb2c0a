/**
 * What the library shows of an assessment without opening it: status, completeness and overall score,
 * derived from the content on the assessment's own pack whenever the content changes.
 */
import type { FrameworkPack } from '../framework/pack-schema';
import { scoreAssessment } from '../scoring/score-assessment';
import type { AssessmentContent } from './model';

export type AssessmentStatus = 'draft' | 'in-progress' | 'complete';

export interface ContentSummary {
  status: AssessmentStatus;
  completeness: number;
  overallScore: number | null;
}

/** Draft until a practice is answered; complete when every in-scope practice is. */
export function summarizeContent(
  pack: FrameworkPack | undefined,
  content: AssessmentContent,
): ContentSummary {
  // On a pack this device lacks nothing can be scored: no score, no completeness, and "draft" only while
  // nothing is answered. Installing the pack summarizes it again (storage/pack-repository.ts).
  if (!pack)
    return {
      status: Object.keys(content.answers).length === 0 ? 'draft' : 'in-progress',
      completeness: 0,
      overallScore: null,
    };
  const { overall } = scoreAssessment(pack, content);
  const completeness = overall.completeness ?? 0;
  const status: AssessmentStatus =
    overall.answered === 0 ? 'draft' : completeness >= 1 ? 'complete' : 'in-progress';
  return { status, completeness, overallScore: overall.score };
}
