/** The assessment that e2e bundles carry: a small owner/operator review with answers, a finding and evidence. */
import {
  ASSESSMENT_FORMAT_ID,
  ASSESSMENT_FORMAT_VERSION,
  emptyContent,
  type AssessmentDocument,
  type EvidenceMeta,
} from '../../../renderer/src/domain/assessment/model';

const AT = '2025-03-01T10:00:00.000Z';

export function fixtureDocument(
  id: string,
  revision: number,
  evidence: EvidenceMeta[],
  title = 'Harbor pumping station AI review',
): AssessmentDocument {
  const answer = (status: 'implemented' | 'partial' | 'not-implemented') => ({
    status,
    notes: '',
    justification: '',
    systemIds: [],
  });
  return {
    format: ASSESSMENT_FORMAT_ID,
    formatVersion: ASSESSMENT_FORMAT_VERSION,
    id,
    revision,
    createdAt: AT,
    updatedAt: `2025-03-0${Math.min(revision + 1, 9)}T12:00:00.000Z`,
    pack: { id: 'dhs-ai-rr-2024', version: '1.0.0' },
    content: {
      ...emptyContent(),
      title,
      site: { name: 'Harbor Pumping Station', address: '2 Quay St' },
      sector: 'water',
      roles: ['CIO'],
      startDate: '2025-02-24',
      endDate: '2025-02-28',
      assessors: [{ id: 'a1', name: 'Grace Hopper', organization: 'Region 9 CSA' }],
      answers: {
        'CIO-SE-1': answer('implemented'),
        'CIO-DD-1': answer('partial'),
        'CIO-DD-2': answer(revision > 1 ? 'implemented' : 'not-implemented'),
      },
      findings: [
        {
          id: 'f1',
          title: 'No model drift monitoring',
          description: 'Accuracy loss would go unnoticed.',
          severity: 'high',
          riskCategoryId: '',
          riskLevelId: '',
          practiceIds: ['CIO-DD-1'],
          systemIds: [],
          recommendation: 'Monitor drift.',
          owner: 'Ops',
          dueDate: '2025-06-30',
          createdAt: AT,
          remediation: { status: 'open', owner: '', dueDate: '', note: '' },
        },
      ],
    },
    evidence,
    journal: [],
  };
}
