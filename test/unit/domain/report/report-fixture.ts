// A realistic assessment, its evidence bytes and report labels, shared by the report and bundle tests.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import {
  AREA_CODES,
  ANSWER_STATUSES,
  type AreaCode,
  type AssessmentDocument,
  type Answer,
} from '../../../../renderer/src/domain/assessment/model';
import { emptyPlan } from '../../../../renderer/src/domain/remediation/model';
import type {
  ReportInput,
  ReportLabels,
  ReportRemediation,
  ReportScores,
} from '../../../../renderer/src/domain/report/report-input';

export const SITE_NAME = 'Riverside Water Treatment Plant';

function seededBytes(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

/** Three evidence files: a binary "photo" (incompressible), a text note and a JSON export. */
export const EVIDENCE_FILES = [
  {
    name: 'pump-room-hmi.jpg',
    practiceId: 'CIO-SE-1',
    ext: 'jpg',
    type: 'image/jpeg',
    bytes: seededBytes(300_000, 7),
  },
  {
    name: 'ai-use-policy.txt',
    practiceId: 'CIO-DG-1',
    ext: 'txt',
    type: 'text/plain',
    bytes: new TextEncoder().encode('AI use policy, rev 3.\nAll model updates need operator sign-off.\n'),
  },
  {
    name: 'anomaly-detector-config.json',
    practiceId: 'CIO-MP-2',
    ext: 'json',
    type: 'application/json',
    bytes: new TextEncoder().encode(
      JSON.stringify({ model: 'ad-7', threshold: 0.82, retrainDays: 30 }, null, 2),
    ),
  },
].map((file) => ({ ...file, sha256: bytesToHex(sha256(file.bytes)) }));

const AREA_NAMES: Record<AreaCode, string> = {
  SE: 'Secure environments',
  DD: 'Responsible model and system design',
  DG: 'Data governance',
  SD: 'Safe and secure deployment',
  MP: 'Monitoring performance and impact',
};

export const PRACTICES = AREA_CODES.flatMap((area) =>
  [1, 2, 3, 4].map((n) => ({
    id: `CIO-${area}-${n}`,
    area,
    title: `${AREA_NAMES[area]}: practice ${n} - keep an inventory, review access and test the controls that apply.`,
  })),
);

function answerFor(index: number): Answer {
  const status = ANSWER_STATUSES[index % ANSWER_STATUSES.length] ?? 'not-assessed';
  return {
    status,
    notes:
      index === 0
        ? 'Operator interviews on 3 March. The HMI “AI assist” panel is on the plant VLAN — isolated from the enterprise network. '.repeat(
            6,
          )
        : `Observed during walk-down ${index}.`,
    justification: status === 'not-applicable' ? 'The plant does not train models on site.' : '',
    systemIds: index % 3 === 0 ? ['sys-1'] : [],
  };
}

export function fixtureDocument(): AssessmentDocument {
  const at = '2026-03-04T15:30:00.000Z';
  return {
    format: 'airr-assessment',
    formatVersion: 1,
    id: '3f2b8c1e-4d5a-4b6c-9e7f-0a1b2c3d4e5f',
    revision: 7,
    createdAt: '2026-03-02T08:00:00.000Z',
    updatedAt: at,
    pack: { id: 'dhs-airr-2024', version: '1.0.0' },
    content: {
      title: 'AI roles and responsibilities assessment 2026',
      site: { name: SITE_NAME, address: '1200 River Road, Springfield' },
      sector: 'water',
      subsector: 'Drinking water treatment',
      assessors: [
        { id: 'a1', name: 'Dana Whitfield', organization: 'State Water Authority' },
        { id: 'a2', name: 'José Álvarez', organization: 'CISA Region 5' },
      ],
      startDate: '2026-03-02',
      endDate: '2026-03-04',
      marking: { tlp: 'TLP:AMBER', text: 'PCII - Protected Critical Infrastructure Information' },
      roles: ['CIO', 'AID'],
      systems: [
        {
          id: 'sys-1',
          name: 'Chlorine dosing optimiser',
          supplier: 'AquaML Inc.',
          purpose: 'Recommends chlorine dosing set-points from turbidity and flow.',
          criticality: 'high',
          autonomy: 'human-in-the-loop',
          connectivity: 'site-network',
          dataUsed: 'SCADA historian, lab results',
          notes: '',
        },
        {
          id: 'sys-2',
          name: 'Anomaly detector',
          supplier: 'In-house',
          purpose: 'Flags unusual pump vibration.',
          criticality: 'moderate',
          autonomy: 'advisory',
          connectivity: 'vendor-remote',
          dataUsed: 'Vibration sensors',
          notes: 'Vendor has remote access for retraining.',
        },
      ],
      answers: Object.fromEntries(PRACTICES.slice(0, 17).map((p, i) => [p.id, answerFor(i)])),
      findings: [
        {
          id: 'f1',
          title: 'Vendor remote access to the anomaly detector is always on',
          description: 'The vendor VPN is permanently connected, not opened on request.',
          severity: 'high',
          riskCategoryId: 'attacks-on-ai',
          riskLevelId: '',
          practiceIds: ['CIO-SE-2'],
          systemIds: ['sys-2'],
          recommendation: 'Open the vendor connection on request only, with logging and a time limit.',
          owner: 'OT manager',
          dueDate: '2026-06-30',
          createdAt: '2026-03-03T10:00:00.000Z',
          remediation: { status: 'in-progress', owner: 'Pat Lee', dueDate: '2026-06-30', note: '' },
        },
        {
          id: 'f2',
          title: 'No drift monitoring for the dosing optimiser',
          description: 'Recommendations are not compared with lab results after deployment.',
          severity: 'moderate',
          riskCategoryId: 'design-failures',
          riskLevelId: '',
          practiceIds: ['CIO-MP-1'],
          systemIds: ['sys-1'],
          recommendation:
            'Compare weekly recommendations with lab chlorine residuals and alert on divergence.',
          owner: '',
          dueDate: '',
          createdAt: '2026-03-03T11:00:00.000Z',
          remediation: { status: 'open', owner: '', dueDate: '', note: '' },
        },
        {
          id: 'f3',
          title: 'Critical: operators can disable the interlock from the AI panel',
          description: 'A single click on the AI assist panel bypasses the low-chlorine interlock.',
          severity: 'critical',
          riskCategoryId: 'design-failures/vendor-supply-chain',
          riskLevelId: 'physical-harm',
          practiceIds: ['CIO-SD-1'],
          systemIds: ['sys-1'],
          recommendation: 'Remove the bypass from the AI panel; require a physical key switch.',
          owner: 'Plant manager',
          dueDate: '2026-04-01',
          createdAt: '2026-03-04T09:00:00.000Z',
          remediation: { status: 'open', owner: '', dueDate: '', note: '' },
        },
      ],
    },
    evidence: EVIDENCE_FILES.map((file, i) => ({
      id: `ev-${i + 1}`,
      practiceId: file.practiceId,
      name: file.name,
      type: file.type,
      size: file.bytes.length,
      sha256: file.sha256,
      capturedAt: '2026-03-03T12:00:00.000Z',
    })),
    journal: [],
  };
}

export const LABELS: ReportLabels = {
  packTitle: 'DHS Roles and Responsibilities Framework for AI in Critical Infrastructure (Nov 2024)',
  roles: {
    CCP: 'Cloud and compute infrastructure providers',
    AID: 'AI developers',
    CIO: 'Critical infrastructure owners and operators',
    CSO: 'Civil society',
    PUB: 'Public sector',
  },
  areas: AREA_NAMES,
  sectors: { water: 'Water and Wastewater Systems' },
  riskCategories: {
    'attacks-on-ai': 'Attacks targeting AI systems',
    'design-failures': 'AI design and implementation failures',
    'design-failures/vendor-supply-chain': 'AI design and implementation failures: weak supply chain',
  },
  riskLevels: { 'physical-harm': 'Physical harm beyond the site', sector: 'Sector level' },
  practices: PRACTICES,
};

export const SCORES: ReportScores = {
  overall: { percent: 58.3, answered: 14, inScope: 17 },
  completenessPercent: 70,
  byArea: {
    SE: { percent: 75, answered: 4, inScope: 4 },
    DD: { percent: 40, answered: 3, inScope: 4 },
    DG: { percent: 62.5, answered: 4, inScope: 4 },
    SD: { percent: 20, answered: 2, inScope: 4 },
    MP: { percent: null, answered: 0, inScope: 1 },
  },
  byRoleArea: {
    CIO: {
      SE: { percent: 75, answered: 4, inScope: 4 },
      DD: { percent: 40, answered: 3, inScope: 4 },
      DG: { percent: 62.5, answered: 4, inScope: 4 },
      SD: { percent: 20, answered: 2, inScope: 4 },
    },
    AID: { SE: { percent: 90, answered: 1, inScope: 1 }, DD: { percent: 10, answered: 1, inScope: 1 } },
  },
};

export function reportInput(
  signer: { name: string; organization: string; fingerprint: string },
  assessmentSha256: string,
): ReportInput {
  return {
    document: fixtureDocument(),
    labels: LABELS,
    scores: SCORES,
    signer,
    assessmentSha256,
    generatedAt: '2026-03-04T16:00:00.000Z',
    appVersion: '0.1.0',
  };
}

/**
 * A remediation layer for the report tests: the fixture's first finding waits on a supplier, past its adjusted
 * due date on `today`, with one milestone done; one plan's finding was closed in revision 4.
 */
export function remediationFixture(input: ReportInput): ReportRemediation {
  const [finding] = input.document.content.findings;
  if (!finding) throw new Error('The fixture has no finding.');
  const plan = {
    ...emptyPlan(finding.id),
    owner: 'Ruiz',
    status: 'vendor-dependency' as const,
    supplier: 'Acme SCADA',
    originalDueDate: '2025-03-01',
    adjustedDueDate: '2025-04-15',
    milestones: [{ id: 'm1', date: '2025-03-20', description: 'Firmware ordered', done: true }],
  };
  return {
    plans: [{ finding, plan }],
    closed: [{ plan: emptyPlan('gone'), title: 'Shared HMI login', closedInRevision: 4 }],
    today: '2025-06-01',
  };
}

/** What the report prints for {@link remediationFixture}, in both the PDF and the DOCX. */
export const REMEDIATION_FIXTURE_TEXT = [
  'Ruiz',
  'Vendor dependency',
  'on Acme SCADA',
  'Original 1 Mar 2025',
  'Adjusted 15 Apr 2025',
  'OVERDUE',
  '[done] 20 Mar 2025: Firmware ordered',
  'Shared HMI login: closed in revision 4 by the assessor',
];
