/**
 * A first draft of the executive summary and key findings, written from the scores so the assessor starts
 * from the facts (overall score, weakest areas, open findings by severity) and edits from there. Only a
 * suggestion: nothing here is stored unless the assessor keeps it.
 */
import { AREA_CODES, SEVERITIES, type AssessmentContent, type Severity } from '../assessment/model';
import type { FrameworkPack } from '../framework/pack-schema';
import { isFindingOpen, type FindingPlans } from '../remediation/finding-status';
import { toPercent } from './percent';
import { scoreAssessment, type AssessmentScore } from './score-assessment';

export type SummaryDraft = { executiveSummary: string; keyFindings: string };

/** How many areas the draft names as the weakest, and how many open findings it lists. */
const WEAKEST_AREAS = 2;
const KEY_FINDINGS = 5;

const SEVERITY_WORD: Record<Severity, string> = {
  critical: 'critical',
  high: 'high',
  moderate: 'moderate',
  low: 'low',
};

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1] ?? ''}`;
}

function scoreSentence(content: AssessmentContent, score: AssessmentScore): string {
  const site = content.site.name.trim() || 'The site';
  const { overall } = score;
  const answered = `${overall.answered} of ${plural(overall.inScope, 'practice', 'practices')} in scope answered`;
  const overallPercent = toPercent(overall.score);
  if (overallPercent === null) return `${site} has no scored practice yet (${answered}).`;
  return `${site} scores ${overallPercent}% overall (${answered}).`;
}

function weakestSentence(pack: FrameworkPack, score: AssessmentScore): string {
  const scored = AREA_CODES.flatMap((code) => {
    const percent = toPercent(score.byArea[code].score);
    const name = pack.areas.find((area) => area.code === code)?.name ?? code;
    return percent === null || percent === 100 ? [] : [{ name, percent }];
  })
    .sort((a, b) => a.percent - b.percent)
    .slice(0, WEAKEST_AREAS);
  if (scored.length === 0) return 'No scored responsibility area falls short of full implementation.';
  const named = listWords(scored.map((area) => `${area.name} (${area.percent}%)`));
  return scored.length === 1 ? `The weakest area is ${named}.` : `The weakest areas are ${named}.`;
}

function findingsSentence(openBySeverity: Record<Severity, number>): string {
  const total = SEVERITIES.reduce((sum, severity) => sum + openBySeverity[severity], 0);
  if (total === 0) return 'No finding is open.';
  const parts = [...SEVERITIES]
    .reverse()
    .filter((severity) => openBySeverity[severity] > 0)
    .map((severity) => `${openBySeverity[severity]} ${SEVERITY_WORD[severity]}`);
  return `${plural(total, 'finding is', 'findings are')} open: ${listWords(parts)}.`;
}

/** The draft for an assessment; `plans` (the site's stored plans) decide which findings are open. */
export function draftSummary(
  pack: FrameworkPack,
  content: AssessmentContent,
  plans: FindingPlans,
): SummaryDraft {
  const score = scoreAssessment(pack, content);
  const open = content.findings.filter((finding) => isFindingOpen(finding, plans));
  const openBySeverity = Object.fromEntries(
    SEVERITIES.map((severity) => [severity, open.filter((finding) => finding.severity === severity).length]),
  ) as Record<Severity, number>;
  const keyFindings = [...open]
    .sort((a, b) => SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity))
    .slice(0, KEY_FINDINGS)
    .map((finding) => `${SEVERITY_WORD[finding.severity]}: ${finding.title.trim() || 'Untitled finding'}`)
    .map((line) => line.charAt(0).toUpperCase() + line.slice(1));
  return {
    executiveSummary: [
      scoreSentence(content, score),
      weakestSentence(pack, score),
      findingsSentence(openBySeverity),
    ].join(' '),
    keyFindings: keyFindings.join('\n'),
  };
}
