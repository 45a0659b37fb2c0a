/** A small, valid assessment document for tests, with overridable content. */
import {
  ASSESSMENT_FORMAT_ID,
  ASSESSMENT_FORMAT_VERSION,
  emptyContent,
  type AssessmentContent,
  type AssessmentDocument,
  type Finding,
} from '../../../../../renderer/src/domain/assessment/model';

export const SAMPLE_ID = '6f1c2a4e-8b3d-4c5e-9f10-2a3b4c5d6e7f';
const AT = '2025-03-01T10:00:00.000Z';

export function sampleFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    id: 'f1',
    title: 'Model drift is not monitored',
    description: 'No process detects degraded model accuracy.',
    severity: 'high',
    riskCategoryId: 'cat-1',
    riskLevelId: 'lvl-2',
    practiceIds: ['CIO-SE-1'],
    systemIds: [],
    recommendation: 'Add drift monitoring.',
    owner: 'Ops',
    dueDate: '2025-06-30',
    createdAt: AT,
    remediation: { status: 'open', owner: '', dueDate: '', note: '' },
    ...overrides,
  };
}

export function sampleContent(overrides: Partial<AssessmentContent> = {}): AssessmentContent {
  return {
    ...emptyContent(),
    title: 'Water treatment AI review',
    site: { name: 'Plant 7', address: '1 River Rd' },
    sector: 'water',
    roles: ['CIO'],
    assessors: [{ id: 'a1', name: 'Ada Lovelace', organization: 'CISA' }],
    answers: {
      'CIO-SE-1': {
        status: 'partial',
        notes: 'Some controls, no monitoring.',
        justification: '',
        systemIds: [],
      },
      'CIO-DD-1': {
        status: 'implemented',
        notes: 'Data inventory exists.',
        justification: '',
        systemIds: [],
      },
    },
    findings: [sampleFinding()],
    ...overrides,
  };
}

export function sampleDocument(overrides: Partial<AssessmentDocument> = {}): AssessmentDocument {
  return {
    format: ASSESSMENT_FORMAT_ID,
    formatVersion: ASSESSMENT_FORMAT_VERSION,
    id: SAMPLE_ID,
    revision: 3,
    createdAt: AT,
    updatedAt: '2025-03-02T12:30:00.000Z',
    pack: { id: 'dhs-ai-rr-2024', version: '1.0.0' },
    content: sampleContent(),
    evidence: [],
    journal: [],
    ...overrides,
  };
}
