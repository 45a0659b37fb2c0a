/**
 * Many assessments at once (the library's portfolio view): scores per site and area, the practices most often
 * found lacking, and the open findings by severity. Pass the latest revision of each assessment.
 */
import { strictestMarking } from '../assessment/marking';
import { SEVERITIES, type AssessmentContent, type Marking, type Severity } from '../assessment/model';
import { isFindingOpen, NO_PLANS, type FindingPlans } from '../remediation/finding-status';
import type { RedactionMark } from '../redaction/redaction-mark';
import type { ItemScoreFn, ScoreFn } from './score-fn';

/**
 * What the portfolio needs of one assessment. A full AssessmentDocument fits; `plans` are the site's stored
 * plans of that assessment, which decide whether a finding is open (the signed content decides without one).
 */
export type PortfolioItem = { id: string; content: AssessmentContent; plans?: FindingPlans };

export type SiteScores = {
  site: string;
  assessmentIds: string[];
  /** Mean of the assessments' non-null scores; null when none scored. */
  overall: number | null;
  byArea: Record<string, number | null>;
  /** The redaction mark of the site's first redacted assessment shown; null when none is redacted. */
  redaction: RedactionMark | null;
  /** The site's assessments the score function could not score (their pack is not on this device). */
  unscoredIds: string[];
};

export type PracticeGapCount = { practiceId: string; notImplemented: number; partial: number; total: number };

export type Portfolio = {
  sites: SiteScores[];
  /** Most frequent gaps first (then by practice id), at most `topGaps` of them. */
  gaps: PracticeGapCount[];
  openFindingsBySeverity: Record<Severity, number>;
  /** The strictest sensitivity marking of the assessments shown; null when there is none. */
  marking: Marking | null;
};

function mean(values: readonly (number | null | undefined)[]): number | null {
  const scored = values.filter((v): v is number => typeof v === 'number');
  return scored.length === 0 ? null : scored.reduce((a, b) => a + b, 0) / scored.length;
}

function siteScores<T extends PortfolioItem>(items: readonly T[], scoreFn: ItemScoreFn<T>): SiteScores[] {
  type Entry = {
    ids: string[];
    scores: ReturnType<ScoreFn>[];
    unscoredIds: string[];
    redaction: RedactionMark | null;
  };
  const bySite = new Map<string, Entry>();
  for (const item of items) {
    const site = item.content.site.name.trim() || '(no site)';
    const entry = bySite.get(site) ?? { ids: [], scores: [], unscoredIds: [], redaction: null };
    entry.ids.push(item.id);
    const score = scoreFn(item.content, item);
    if (score) entry.scores.push(score);
    else entry.unscoredIds.push(item.id);
    entry.redaction ??= item.content.redaction ?? null;
    bySite.set(site, entry);
  }
  return [...bySite.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([site, { ids, scores, unscoredIds, redaction }]) => {
      const areas = [...new Set(scores.flatMap((s) => Object.keys(s.byArea)))].sort();
      return {
        site,
        assessmentIds: ids,
        unscoredIds,
        redaction,
        overall: mean(scores.map((s) => s.overall.score)),
        byArea: Object.fromEntries(
          areas.map((area) => [area, mean(scores.map((s) => s.byArea[area]?.score))]),
        ),
      };
    });
}

function gapCounts(items: readonly PortfolioItem[], limit: number): PracticeGapCount[] {
  const counts = new Map<string, PracticeGapCount>();
  for (const { content } of items) {
    for (const [practiceId, answer] of Object.entries(content.answers)) {
      if (answer.status !== 'not-implemented' && answer.status !== 'partial') continue;
      const count = counts.get(practiceId) ?? { practiceId, notImplemented: 0, partial: 0, total: 0 };
      if (answer.status === 'partial') count.partial++;
      else count.notImplemented++;
      count.total++;
      counts.set(practiceId, count);
    }
  }
  return [...counts.values()]
    .sort((a, b) => b.total - a.total || (a.practiceId < b.practiceId ? -1 : 1))
    .slice(0, limit);
}

/** Aggregates assessments into a portfolio; an item the score function cannot score counts in no score. */
export function buildPortfolio<T extends PortfolioItem>(
  items: readonly T[],
  scoreFn: ItemScoreFn<T>,
  topGaps = 10,
): Portfolio {
  const open = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const { content, plans = NO_PLANS } of items) {
    for (const finding of content.findings) if (isFindingOpen(finding, plans)) open[finding.severity]++;
  }
  return {
    sites: siteScores(items, scoreFn),
    gaps: gapCounts(items, topGaps),
    openFindingsBySeverity: open,
    marking: strictestMarking(items.map((item) => item.content.marking)),
  };
}
