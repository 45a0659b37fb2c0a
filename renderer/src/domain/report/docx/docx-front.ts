/** The editable report's front matter: cover facts, the assessor's summary, and the scores. */
import { AREA_CODES, ANSWER_STATUSES, SEVERITIES } from '../../assessment/model';
import { redactedHeadline, redactedSummary } from '../../redaction/describe';
import { assessorSummary } from '../assessor-summary';
import { dateRange } from '../cover-section';
import { SEVERITY_STYLE, STATUS_STYLE } from '../pdf-style';
import { formatPercent, formatTimestamp } from '../pdf-text';
import type { ReportInput } from '../report-input';
import { bandOfPercent, SCORE_BAND_LEGEND, SCORE_BAND_STYLE } from '../../scoring/score-band';
import { bullet, facts, heading1, heading2, paragraph, table, type Block } from './docx-kit';

export function coverBlocks(input: ReportInput): Block[] {
  const { document, labels, signer } = input;
  const content = document.content;
  const sector = labels.sectors[content.sector] ?? content.sector;
  return [
    facts([
      ['Site', [content.site.name, content.site.address].filter(Boolean).join(', ')],
      ['Sector', [sector, content.subsector].filter(Boolean).join(' / ')],
      ['Roles held', content.roles.map((role) => labels.roles[role]).join('; ')],
      ['Assessment dates', dateRange(content.startDate, content.endDate)],
      [
        'Assessors',
        content.assessors.map((a) => (a.organization ? `${a.name} (${a.organization})` : a.name)).join('; '),
      ],
      ['Framework', `${labels.packTitle} - pack ${document.pack.id} ${document.pack.version}`],
      ['Assessment', `${document.id}, revision ${document.revision}`],
      ['Report generated', formatTimestamp(input.generatedAt)],
      ['Marking', [content.marking.tlp, content.marking.text].filter(Boolean).join(' - ')],
      ['Signed by', signer.organization ? `${signer.name}, ${signer.organization}` : signer.name],
      ...(content.redaction
        ? [[redactedHeadline(content.redaction), `Removed: ${redactedSummary(content.redaction)}`] as const]
        : []),
    ]),
  ];
}

export function summaryBlocks(input: ReportInput): Block[] {
  const { paragraphs, keyFindings } = assessorSummary(input.document.content);
  const blocks: Block[] = [heading1('Executive summary')];
  if (paragraphs.length === 0) {
    blocks.push(paragraph('The assessor wrote no executive summary for this revision.', { italics: true }));
  }
  blocks.push(...paragraphs.map((text) => paragraph(text)));
  if (keyFindings.length > 0) blocks.push(heading2('Key findings'), ...keyFindings.map(bullet));
  return blocks;
}

/** A score cell shaded by its band that also says the value and the band in words. */
function scoreCell(percent: number | null) {
  const band = SCORE_BAND_STYLE[bandOfPercent(percent === null ? null : Math.round(percent))];
  const text = percent === null ? band.label : `${formatPercent(percent)} (${band.label})`;
  return { text, fill: band.rgb };
}

export function scoreBlocks(input: ReportInput): Block[] {
  const { scores, labels, document } = input;
  const { content } = document;
  const overall = scores.overall;
  const counts = ANSWER_STATUSES.map(
    (status) =>
      labels.practices.filter(
        (practice) => (content.answers[practice.id]?.status ?? 'not-assessed') === status,
      ).length,
  );
  const heatRows = content.roles.map((role) => [
    { text: labels.roles[role], bold: true },
    ...AREA_CODES.map((area) => scoreCell(scores.byRoleArea[role]?.[area]?.percent ?? null)),
  ]);
  return [
    heading1('Scores at a glance'),
    paragraph(
      `The overall score is ${formatPercent(overall.percent)}. ${overall.answered} of the ${overall.inScope} ` +
        `practices in scope have been answered (completeness ${formatPercent(scores.completenessPercent)}). ` +
        `${content.findings.length} finding${content.findings.length === 1 ? ' was' : 's were'} recorded.`,
    ),
    heading2('Score by responsibility area'),
    table(
      ['Responsibility area', 'Score', 'Answered'],
      AREA_CODES.map((area) => {
        const score = scores.byArea[area];
        return [
          labels.areas[area],
          scoreCell(score?.percent ?? null),
          score ? `${score.answered} of ${score.inScope}` : 'none in scope',
        ];
      }),
      [4, 2, 2],
    ),
    heading2('Role × area heat map'),
    paragraph(SCORE_BAND_LEGEND),
    heatRows.length > 0
      ? table(['Role', ...AREA_CODES.map((area) => labels.areas[area])], heatRows, [2, 1, 1, 1, 1, 1])
      : paragraph('No framework roles were recorded for this organization.', { italics: true }),
    heading2('Practices by status'),
    table(
      ['Practice status', 'Practices'],
      ANSWER_STATUSES.map((status, i) => [STATUS_STYLE[status].label, String(counts[i] ?? 0)]),
      [3, 1],
    ),
    heading2('Findings by severity'),
    table(
      ['Finding severity', 'Findings'],
      [...SEVERITIES]
        .reverse()
        .map((severity) => [
          SEVERITY_STYLE[severity].label,
          String(content.findings.filter((finding) => finding.severity === severity).length),
        ]),
      [3, 1],
    ),
  ];
}
