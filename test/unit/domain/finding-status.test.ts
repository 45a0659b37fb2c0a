import { describe, expect, it } from 'vitest';
import {
  findingPlanStatus,
  isFindingOpen,
  isPlanStatusOpen,
} from '../../../renderer/src/domain/remediation/finding-status';
import { PLAN_STATUSES, type PlanStatus } from '../../../renderer/src/domain/remediation/model';
import { sampleFinding } from './import/helpers/sample-document';

const done = { status: 'done' as const, owner: '', dueDate: '', note: '' };
const plans = (entries: Record<string, PlanStatus>) =>
  new Map(Object.entries(entries).map(([id, status]) => [id, { status }] as const));

describe('finding status from the site plan', () => {
  it('maps every plan status: only completed and closure verified are closed', () => {
    const open = PLAN_STATUSES.filter(isPlanStatusOpen);
    expect(open).toEqual([
      'open',
      'in-progress',
      'risk-accepted',
      'deviation-requested',
      'vendor-dependency',
    ]);
  });

  it('lets the stored plan override the signed content both ways', () => {
    expect(
      isFindingOpen(sampleFinding({ id: 'f1', remediation: done }), plans({ f1: 'risk-accepted' })),
    ).toBe(true);
    expect(isFindingOpen(sampleFinding({ id: 'f1' }), plans({ f1: 'completed' }))).toBe(false);
    expect(findingPlanStatus(sampleFinding({ id: 'f1' }), plans({ f1: 'vendor-dependency' }))).toBe(
      'vendor-dependency',
    );
  });

  it('falls back to the signed content when the finding has no plan', () => {
    expect(isFindingOpen(sampleFinding({ id: 'f1', remediation: done }), plans({ other: 'open' }))).toBe(
      false,
    );
    expect(findingPlanStatus(sampleFinding({ id: 'f1', remediation: done }), new Map())).toBe('completed');
    expect(isFindingOpen(sampleFinding({ id: 'f1' }), new Map())).toBe(true);
  });
});
