import type { AssessmentContent } from '../assessment/model';

/** The assessor's summary as the reports print it: paragraphs (split on blank lines) and one finding a line. */
export type AssessorSummary = { paragraphs: string[]; keyFindings: string[] };

/** Reads the optional summary fields; absent (documents from before them) reads as nothing written. */
export function assessorSummary(content: AssessmentContent): AssessorSummary {
  const paragraphs = (content.executiveSummary ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
  const keyFindings = (content.keyFindings ?? '')
    .split('\n')
    .map((line) => line.replace(/^\s*[-*\u2022]\s*/, '').trim())
    .filter(Boolean);
  return { paragraphs, keyFindings };
}
