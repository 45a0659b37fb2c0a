import type { Finding } from '../../../domain/assessment/model';

/** A new finding with every field at its neutral value. */
export function emptyFinding(id: string, now = new Date()): Finding {
  return {
    id,
    title: '',
    description: '',
    severity: 'moderate',
    riskCategoryId: '',
    riskLevelId: '',
    practiceIds: [],
    systemIds: [],
    recommendation: '',
    owner: '',
    dueDate: '',
    createdAt: now.toISOString(),
    remediation: { status: 'open', owner: '', dueDate: '', note: '' },
  };
}
