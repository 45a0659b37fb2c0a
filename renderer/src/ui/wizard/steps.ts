import type { AreaCode, AssessmentContent } from '../../domain/assessment/model';
import { PACK, isAnswered, practicesInScopeFor, type FrameworkPack } from '../common/framework';

export type StepKey = 'setup' | 'scope' | `area-${AreaCode}` | 'findings' | 'review' | 'export';

export interface StepInfo {
  key: StepKey;
  label: string;
  /** e.g. "3 of 12 answered"; empty when a step has no countable items. */
  progress: string;
  done: boolean;
}

function setupDone(content: AssessmentContent): boolean {
  return Boolean(
    content.title.trim() &&
    content.site.name.trim() &&
    content.sector &&
    content.assessors.length > 0 &&
    content.startDate,
  );
}

/** The wizard's steps in order, with progress for each; one step per responsibility area. */
export function wizardSteps(content: AssessmentContent, pack: FrameworkPack): StepInfo[] {
  const inScope = practicesInScopeFor(content.roles, pack);
  const areaSteps = pack.areas.map((area): StepInfo => {
    const practices = inScope.filter((practice) => practice.area === area.code);
    const answered = practices.filter((practice) => isAnswered(content.answers[practice.id])).length;
    return {
      key: `area-${area.code}`,
      label: area.name,
      progress:
        practices.length === 0 ? 'No practices in scope' : `${answered} of ${practices.length} answered`,
      done: practices.length > 0 && answered === practices.length,
    };
  });
  return [
    {
      key: 'setup',
      label: 'Setup',
      progress: setupDone(content) ? 'Complete' : 'Incomplete',
      done: setupDone(content),
    },
    {
      key: 'scope',
      label: 'Scope and AI systems',
      progress: `${content.roles.length} role${content.roles.length === 1 ? '' : 's'}, ${content.systems.length} AI system${content.systems.length === 1 ? '' : 's'}`,
      done: content.roles.length > 0,
    },
    ...areaSteps,
    { key: 'findings', label: 'Findings', progress: `${content.findings.length} recorded`, done: false },
    { key: 'review', label: 'Review', progress: '', done: false },
    { key: 'export', label: 'Sign and export', progress: '', done: false },
  ];
}

/** Every pack has the same five areas (the schema requires them), so the keys do not depend on the pack. */
export function isStepKey(value: string | undefined): value is StepKey {
  return (
    value === 'setup' ||
    value === 'scope' ||
    value === 'findings' ||
    value === 'review' ||
    value === 'export' ||
    PACK.areas.some((area) => value === `area-${area.code}`)
  );
}
