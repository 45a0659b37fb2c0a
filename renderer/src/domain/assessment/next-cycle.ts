/**
 * Starting the next cycle of a site's assessment from the previous one. The site profile, scope (roles) and
 * AI-system inventory are copied as they were; answers are either dropped ('reset') or copied with a
 * carried-over marker ('carry') that stays until someone edits the answer. Findings still open by the site's
 * plan move on with their plans; closed ones stay in the cycle that closed them. Evidence files are not
 * copied: they prove the previous visit, and the new cycle collects its own.
 */
import type { AssessmentContent, Answer, Finding } from './model';
import type { CycleLink } from './cycle';
import { isFindingOpen, type StoredPlans } from '../remediation/finding-status';
import type { RemediationPlan } from '../remediation/model';

export const CYCLE_MODES = ['carry', 'reset'] as const;
export type CycleMode = (typeof CYCLE_MODES)[number];

/** The previous cycle as storage holds it. */
export interface PreviousCycle {
  id: string;
  revision: number;
  content: AssessmentContent;
  /** The site's stored plans of the previous assessment, keyed by finding id. */
  plans: StoredPlans;
}

export interface NextCycle {
  content: AssessmentContent;
  /** The stored plans of the carried findings, without closure evidence (its files stay with the old cycle). */
  plans: RemediationPlan[];
}

/** "<site> — <year> cycle", or "<year> cycle" for a site without a name. */
export function cycleTitle(siteName: string, year: number): string {
  const site = siteName.trim();
  return site ? `${site} — ${year} cycle` : `${year} cycle`;
}

function carriedAnswers(previous: PreviousCycle): Record<string, Answer> {
  const marker = { fromAssessmentId: previous.id, fromRevision: previous.revision };
  const answers: Record<string, Answer> = {};
  for (const [practiceId, answer] of Object.entries(previous.content.answers))
    answers[practiceId] = { ...answer, carriedOver: marker };
  return answers;
}

/** The content of the next cycle and the plans it inherits; pure, so the caller chooses id and time. */
export function nextCycle(previous: PreviousCycle, mode: CycleMode, now: Date): NextCycle {
  const old = previous.content;
  const open: Finding[] = old.findings.filter((finding) => isFindingOpen(finding, previous.plans));
  const cycle: CycleLink = {
    seriesId: old.cycle?.seriesId ?? previous.id,
    previousAssessmentId: previous.id,
    previousRevision: previous.revision,
  };
  const content: AssessmentContent = {
    title: cycleTitle(old.site.name, now.getUTCFullYear()),
    site: { ...old.site },
    sector: old.sector,
    subsector: old.subsector,
    assessors: old.assessors.map((assessor) => ({ ...assessor })),
    startDate: '',
    endDate: '',
    marking: { ...old.marking },
    roles: [...old.roles],
    systems: old.systems.map((system) => ({ ...system })),
    answers: mode === 'carry' ? carriedAnswers(previous) : {},
    findings: open.map((finding) => structuredClone(finding)),
    cycle,
  };
  const plans = open.flatMap((finding) => {
    const plan = previous.plans.get(finding.id);
    return plan ? [{ ...structuredClone(plan), closureEvidence: [] }] : [];
  });
  return { content, plans };
}
