/** The editable report's body: practices by area, findings, the AI-system inventory and the evidence index. */
import { AREA_CODES, EMPTY_ANSWER, SEVERITIES, type Answer, type Finding } from '../../assessment/model';
import { SEVERITY_STYLE, STATUS_STYLE } from '../pdf-style';
import { formatBytes, formatDate, formatPercent, formatTimestamp } from '../pdf-text';
import type { ReportInput } from '../report-input';
import {
  CLOSED_PLANS_HEADING,
  closedPlanText,
  planDueText,
  planMilestonesText,
  planStatusText,
  REMEDIATION_HEADING,
  remediationIntro,
} from '../remediation-text';
import { heading1, heading2, paragraph, table, type Block } from './docx-kit';
import { assessorEvidenceOf } from '../../supplier/supplier-evidence';
import { teamAnsweredBy } from '../answered-by';

const none = (text: string) => paragraph(text, { italics: true });
const capitalise = (text: string) => (text.charAt(0).toUpperCase() + text.slice(1)).replace(/-/g, ' ');

function notesOf(answer: Answer): string {
  const parts = [answer.notes.trim()];
  if (answer.status === 'not-applicable' && answer.justification.trim()) {
    parts.push(`Justification: ${answer.justification.trim()}`);
  }
  return parts.filter(Boolean).join('\n');
}

export function practiceBlocks(input: ReportInput): Block[] {
  const { document, labels, scores } = input;
  const blocks: Block[] = [heading1('Practices by responsibility area')];
  const byWhom = teamAnsweredBy(document);
  for (const area of AREA_CODES) {
    const practices = labels.practices.filter((practice) => practice.area === area);
    if (practices.length === 0) continue;
    blocks.push(
      heading2(`${labels.areas[area]} - ${formatPercent(scores.byArea[area]?.percent ?? null)}`),
      table(
        ['ID', 'Practice', 'Status', ...(byWhom ? ['Who answered'] : []), 'Notes', 'Evidence'],
        practices.map((practice) => {
          const answer = document.content.answers[practice.id] ?? EMPTY_ANSWER;
          const evidence = assessorEvidenceOf(document, practice.id);
          return [
            { text: practice.id, bold: true },
            practice.title,
            STATUS_STYLE[answer.status].label,
            ...(byWhom ? [byWhom[practice.id] ?? ''] : []),
            notesOf(answer),
            evidence.map((item) => `${item.name} [${item.sha256.slice(0, 12)}]`).join('\n'),
          ];
        }),
        byWhom ? [1.1, 2.6, 1.6, 1.6, 2.4, 2.2] : [1.1, 3, 1.6, 3.6, 2.2],
      ),
    );
  }
  if (blocks.length === 1) blocks.push(none('No practices are in scope for the roles recorded.'));
  return blocks;
}

/** Risk as the pack names it: "Risk: <category> · <level>", never the raw ids. */
function riskOf(finding: Finding, input: ReportInput): string {
  const { riskCategories, riskLevels } = input.labels;
  const category = riskCategories[finding.riskCategoryId] ?? finding.riskCategoryId;
  const level = riskLevels[finding.riskLevelId] ?? finding.riskLevelId;
  return [category, level].filter(Boolean).join('\n') || 'Not categorized';
}

export function findingBlocks(input: ReportInput): Block[] {
  const { findings, systems } = input.document.content;
  const systemNames = new Map(systems.map((system) => [system.id, system.name]));
  if (findings.length === 0) {
    return [heading1('Findings and recommendations'), none('No findings were recorded.')];
  }
  const ordered = [...findings].sort(
    (a, b) =>
      SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity) ||
      a.createdAt.localeCompare(b.createdAt),
  );
  return [
    heading1('Findings and recommendations'),
    paragraph(
      'Recommended owners and due dates are the assessor’s recommendation; the site keeps its own plan.',
    ),
    table(
      ['Severity', 'Finding', 'Risk', 'Recommendation', 'Recommended owner / due'],
      ordered.map((finding) => {
        const context = [
          finding.practiceIds.length > 0 && `Practices: ${finding.practiceIds.join(', ')}`,
          finding.systemIds.length > 0 &&
            `Systems: ${finding.systemIds.map((id) => systemNames.get(id) ?? id).join(', ')}`,
        ].filter(Boolean);
        return [
          { text: SEVERITY_STYLE[finding.severity].label, bold: true },
          { lead: finding.title || 'Untitled finding', text: [finding.description, ...context].join('\n') },
          riskOf(finding, input),
          finding.recommendation,
          [
            finding.remediation.owner || finding.owner || 'No owner recommended',
            formatDate(finding.remediation.dueDate || finding.dueDate),
          ].join('\n'),
        ];
      }),
      [1.2, 3.8, 2, 3.2, 1.8],
    ),
  ];
}

/** The site's remediation plan, when the layer holds one: the same table and words as the signed PDF. */
export function remediationBlocks(input: ReportInput): Block[] {
  const layer = input.remediation;
  if (!layer) return [];
  const blocks: Block[] = [
    heading1(REMEDIATION_HEADING),
    paragraph(remediationIntro(layer)),
    table(
      ['Finding', 'Owner', 'Status', 'Due', 'Milestones'],
      layer.plans.map(({ finding, plan }) => [
        { lead: finding.title || finding.id, text: plan.note },
        plan.owner || 'No owner',
        planStatusText(plan),
        planDueText(plan, layer.today),
        planMilestonesText(plan),
      ]),
      [3, 1.6, 2.2, 1.8, 3],
    ),
  ];
  if (layer.closed.length > 0) {
    blocks.push(
      heading2(CLOSED_PLANS_HEADING),
      ...layer.closed.map((closed) => paragraph(closedPlanText(closed))),
    );
  }
  return blocks;
}

export function inventoryBlocks(input: ReportInput): Block[] {
  const { systems } = input.document.content;
  if (systems.length === 0) return [heading1('AI-system inventory'), none('No AI systems were recorded.')];
  return [
    heading1('AI-system inventory'),
    table(
      ['System', 'Purpose', 'Criticality', 'Autonomy', 'Connectivity', 'Data used'],
      systems.map((system) => [
        { lead: system.name, text: system.supplier },
        [system.purpose, system.notes].filter(Boolean).join('\n'),
        capitalise(system.criticality),
        capitalise(system.autonomy),
        capitalise(system.connectivity),
        system.dataUsed,
      ]),
      [2.2, 3.2, 1.3, 1.6, 1.6, 2.4],
    ),
  ];
}

export function evidenceBlocks(input: ReportInput): Block[] {
  const { evidence } = input.document;
  if (evidence.length === 0) return [heading1('Evidence index'), none('No evidence files were attached.')];
  const ordered = [...evidence].sort(
    (a, b) => a.practiceId.localeCompare(b.practiceId) || a.name.localeCompare(b.name),
  );
  return [
    heading1('Evidence index'),
    paragraph('Each file is in the bundle as evidence/<SHA-256>.<extension> and is covered by SHA256SUMS.'),
    table(
      ['File', 'Practice', 'Size / captured', 'SHA-256'],
      ordered.map((item) => [
        item.name,
        item.practiceId,
        `${formatBytes(item.size)}\n${formatTimestamp(item.capturedAt)}`,
        { text: `${item.sha256.slice(0, 32)}\n${item.sha256.slice(32)}`, mono: true },
      ]),
      [2.6, 1.1, 1.6, 3.9],
    ),
  ];
}

/** Says what this copy is: editable, unsigned, and how to tie it to the signed record. */
export function integrityBlocks(input: ReportInput): Block[] {
  return [
    heading1('About this editable copy'),
    paragraph(
      'This Word document is an editable copy of the signed report (report.pdf in the same bundle). It carries ' +
        'no signature of its own: once edited it is no longer the assessor’s record. SHA256SUMS, signed as ' +
        'SHA256SUMS.sig, covers this file as it was exported.',
    ),
    paragraph(`Certificate SHA-256 fingerprint: ${input.signer.fingerprint}`, {
      font: 'Courier New',
      size: 16,
    }),
    paragraph(`Assessment digest (SHA-256 of assessment.json): ${input.assessmentSha256}`, {
      font: 'Courier New',
      size: 16,
    }),
  ];
}
