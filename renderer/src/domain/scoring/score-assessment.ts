/**
 * Scores an assessment against a pack. The rules are in docs/SCORING.md. Every summary is computed from the
 * practices it covers, never by averaging other summaries, so the overall score weights each practice equally.
 */
import {
  AREA_CODES,
  ROLE_CODES,
  SEVERITIES,
  type AnswerStatus,
  type AreaCode,
  type AssessmentContent,
  type RoleCode,
  type Severity,
} from '../assessment/model';
import { practicesInScope } from '../framework/pack-queries';
import type { FrameworkPack, Practice } from '../framework/pack-schema';
import { effectiveStatus } from './answer-rules';
import { summarize, type ScoreSummary } from './tally';

/** A practice answered Not implemented or Partially implemented. */
export interface Gap {
  practiceId: string;
  role: RoleCode;
  area: AreaCode;
  title: string;
  status: 'not-implemented' | 'partial';
}

export interface AssessmentScore {
  /** Over all in-scope practices. */
  overall: ScoreSummary;
  byArea: Record<AreaCode, ScoreSummary>;
  /** Roles not in scope have empty summaries (score and completeness null). */
  byRole: Record<RoleCode, ScoreSummary>;
  /** The role × area heat map: heatMap[role][area]. */
  heatMap: Record<RoleCode, Record<AreaCode, ScoreSummary>>;
  /** In scope order: by area, then role, then practice number. */
  gaps: Gap[];
  /** Every finding of the signed content; which are open is the site's plan's business (finding-status.ts). */
  findingsBySeverity: Record<Severity, number>;
}

function fromKeys<K extends string, V>(keys: readonly K[], value: (key: K) => V): Record<K, V> {
  return Object.fromEntries(keys.map((key) => [key, value(key)])) as Record<K, V>;
}

function countBySeverity(severities: readonly Severity[]): Record<Severity, number> {
  return fromKeys(SEVERITIES, (s) => severities.filter((x) => x === s).length);
}

/**
 * Computes all scores of an assessment. Practices in scope follow from content.roles; answers to practices
 * outside the scope or unknown to the pack are ignored.
 */
export function scoreAssessment(pack: FrameworkPack, content: AssessmentContent): AssessmentScore {
  const scope = practicesInScope(pack, content.roles).map((practice) => ({
    practice,
    status: effectiveStatus(content.answers[practice.id]),
  }));
  type Scored = { practice: Practice; status: AnswerStatus };
  const over = (keep: (p: Practice) => boolean) =>
    summarize(scope.filter((s: Scored) => keep(s.practice)).map((s) => s.status));

  const gaps: Gap[] = [];
  for (const { practice, status } of scope) {
    if (status === 'not-implemented' || status === 'partial') {
      const { id: practiceId, role, area, title } = practice;
      gaps.push({ practiceId, role, area, title, status });
    }
  }

  return {
    overall: over(() => true),
    byArea: fromKeys(AREA_CODES, (area) => over((p) => p.area === area)),
    byRole: fromKeys(ROLE_CODES, (role) => over((p) => p.role === role)),
    heatMap: fromKeys(ROLE_CODES, (role) =>
      fromKeys(AREA_CODES, (area) => over((p) => p.role === role && p.area === area)),
    ),
    gaps,
    findingsBySeverity: countBySeverity(content.findings.map((f) => f.severity)),
  };
}
