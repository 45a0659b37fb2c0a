import { describe, expect, it } from 'vitest';
import {
  dropPlanDraft,
  keepPlanDraft,
  keptPlanDraft,
  MAX_DRAFT_CHARS,
} from '../../../renderer/src/storage/plan-drafts';
import { memoryArea } from './helpers/memory-area';
import { emptyPlan } from '../../../renderer/src/domain/remediation/model';

describe('plan drafts (what a manager typed and has not saved)', () => {
  it('keeps a draft per assessment and finding, even one its status does not allow to be saved yet', () => {
    const area = memoryArea();
    // Risk accepted without a justification or approver: not a valid plan, but a valid draft.
    const draft = { ...emptyPlan('f1'), status: 'risk-accepted' as const, note: 'Half typed' };
    keepPlanDraft(area, 'a1', draft);
    expect(keptPlanDraft(area, 'a1', 'f1')).toEqual(draft);
    expect(keptPlanDraft(area, 'a1', 'f2')).toBeNull();
    expect(keptPlanDraft(area, 'a2', 'f1')).toBeNull();
    dropPlanDraft(area, 'a1', 'f1');
    expect(keptPlanDraft(area, 'a1', 'f1')).toBeNull();
    expect(area.map.size).toBe(0);
  });

  it('drops what it cannot read: not JSON, unknown fields, a wrong finding, an oversize text', () => {
    const area = memoryArea();
    keepPlanDraft(area, 'a1', emptyPlan('f1'));
    const [key] = [...area.map.keys()];
    for (const hostile of [
      'not json',
      JSON.stringify({ ...emptyPlan('f1'), extra: 'x' }),
      JSON.stringify(emptyPlan('other')),
      JSON.stringify({ ...emptyPlan('f1'), status: 'done' }),
      'x'.repeat(MAX_DRAFT_CHARS + 1),
    ]) {
      area.map.set(key!, hostile);
      expect(keptPlanDraft(area, 'a1', 'f1')).toBeNull();
      expect(area.map.has(key!)).toBe(false);
    }
  });

  it('loses only the cover, never throws, when local storage is full', () => {
    const area = memoryArea(10);
    expect(() => keepPlanDraft(area, 'a1', { ...emptyPlan('f1'), note: 'longer than ten' })).not.toThrow();
    expect(keptPlanDraft(area, 'a1', 'f1')).toBeNull();
  });
});
