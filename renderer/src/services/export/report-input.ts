/**
 * Turns an assessment document into the report's input. Scores come from the same scoring module the Review
 * step shows (as integer percents via toPercent), so the signed report never disagrees with the screen.
 */
import {
  AREA_CODES,
  type AreaCode,
  type AssessmentDocument,
  type RoleCode,
} from '../../domain/assessment/model';
import type { FrameworkPack } from '../../domain/framework/pack-schema';
import { practicesInScope } from '../../domain/framework/pack-queries';
import type {
  ReportInput,
  ReportLabels,
  ReportScores,
  ReportSigner,
  ScoreValue,
} from '../../domain/report/report-input';
import { toPercent } from '../../domain/scoring/percent';
import { scoreAssessment } from '../../domain/scoring/score-assessment';
import type { ScoreSummary } from '../../domain/scoring/tally';

function value(summary: ScoreSummary): ScoreValue {
  return { percent: toPercent(summary.score), answered: summary.answered, inScope: summary.inScope };
}

/** Pack names for everything the report prints, limited to the practices in scope. */
export function reportLabels(pack: FrameworkPack, roles: readonly RoleCode[]): ReportLabels {
  return {
    packTitle: pack.title,
    roles: Object.fromEntries(pack.roles.map((role) => [role.code, role.name])) as Record<RoleCode, string>,
    areas: Object.fromEntries(pack.areas.map((area) => [area.code, area.name])) as Record<AreaCode, string>,
    sectors: Object.fromEntries(pack.sectors.map((sector) => [sector.id, sector.name])),
    riskCategories: Object.fromEntries(
      pack.riskCategories.flatMap((category): Array<[string, string]> => [
        [category.id, category.name],
        ...category.subRisks.map((sub): [string, string] => [
          `${category.id}/${sub.id}`,
          `${category.name}: ${sub.label}`,
        ]),
      ]),
    ),
    riskLevels: Object.fromEntries(pack.riskLevels.map((level) => [level.id, level.name])),
    practices: practicesInScope(pack, roles).map(({ id, area, title }) => ({ id, area, title })),
    allPracticeTitles: Object.fromEntries(pack.practices.map((practice) => [practice.id, practice.title])),
  };
}

/** Scores for the report; areas and heat-map cells without in-scope practices are left out. */
export function reportScores(pack: FrameworkPack, document: AssessmentDocument): ReportScores {
  const score = scoreAssessment(pack, document.content);
  const inScope = (summaries: Record<AreaCode, ScoreSummary>): Partial<Record<AreaCode, ScoreValue>> => {
    const values: Partial<Record<AreaCode, ScoreValue>> = {};
    for (const area of AREA_CODES) if (summaries[area].inScope > 0) values[area] = value(summaries[area]);
    return values;
  };
  const byRoleArea: ReportScores['byRoleArea'] = {};
  for (const role of document.content.roles) byRoleArea[role] = inScope(score.heatMap[role]);
  return {
    overall: value(score.overall),
    completenessPercent: toPercent(score.overall.completeness) ?? 0,
    byArea: inScope(score.byArea),
    byRoleArea,
  };
}

export function buildReportInput(
  pack: FrameworkPack,
  document: AssessmentDocument,
  signer: ReportSigner,
  assessmentSha256: string,
  appVersion: string,
  now: Date,
): ReportInput {
  return {
    document,
    labels: reportLabels(pack, document.content.roles),
    scores: reportScores(pack, document),
    signer,
    assessmentSha256,
    generatedAt: now.toISOString(),
    appVersion,
  };
}
