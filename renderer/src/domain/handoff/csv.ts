/**
 * CSV hand-off of answers and findings, for spreadsheets. RFC 4180 (CRLF line ends, fields quoted when they hold
 * a comma, quote, CR or LF, quotes doubled) with a UTF-8 BOM so Excel reads accents correctly. Cells that a
 * spreadsheet would run as a formula (starting with = + - @ TAB or CR) get a leading single quote: assessment
 * text comes from many hands and bundles from other people, and CSV injection is the classic way to turn
 * such text into a command when the file is opened.
 */
import type { AssessmentDocument } from '../assessment/model';
import { dueDateOf } from '../remediation/due';
import { assessorEvidenceOf } from '../supplier/supplier-evidence';
import { effectivePlan, type StoredPlans } from '../remediation/finding-status';
import { answeredPracticeIds, practiceIndex, type PackInfo } from './pack-info';

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: formula-guarded, then quoted if needed. */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: BOM, header row, rows, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return BOM + [header, ...rows].map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

/** One row per answered practice: id, role, area, title, status, notes, justification, evidence count. */
export function answersCsv(document: AssessmentDocument, pack: PackInfo): string {
  const practices = practiceIndex(pack);
  // The assessor's files only: a supplier's attachments belong to its attestation, not to this answer.
  const evidence = (id: string) => assessorEvidenceOf(document, id).length;
  const rows = answeredPracticeIds(pack, document.content.answers).map((id) => {
    const answer = document.content.answers[id];
    const practice = practices.get(id);
    return [
      id,
      practice?.role ?? '',
      practice?.area ?? '',
      practice?.title ?? '',
      answer?.status ?? '',
      answer?.notes ?? '',
      answer?.justification ?? '',
      evidence(id),
    ];
  });
  const header = ['Practice', 'Role', 'Area', 'Title', 'Status', 'Notes', 'Justification', 'Evidence files'];
  return toCsv(header, rows);
}

/**
 * One row per finding, with its practices (ids and titles), the assessor's recommendation (owner, due date)
 * and the remediation in force: the site's plan when it has one for the finding (status, owner, the due date
 * now agreed, note), else what the signed content implies.
 */
export function findingsCsv(
  document: AssessmentDocument,
  pack: PackInfo,
  plans: StoredPlans = new Map(),
): string {
  const practices = practiceIndex(pack);
  const rows = document.content.findings.map((finding) => {
    const plan = effectivePlan(finding, plans);
    return [
      finding.id,
      finding.title,
      finding.severity,
      finding.practiceIds.join('; '),
      finding.practiceIds.map((id) => practices.get(id)?.title ?? id).join('; '),
      finding.description,
      finding.recommendation,
      finding.owner,
      finding.dueDate,
      plan.status,
      plan.owner,
      dueDateOf(plan),
      plan.note,
      finding.createdAt,
    ];
  });
  const header = [
    'Finding',
    'Title',
    'Severity',
    'Practices',
    'Practice titles',
    'Description',
    'Recommendation',
    'Recommended owner',
    'Recommended due date',
    'Remediation status',
    'Remediation owner',
    'Remediation due date',
    'Remediation note',
    'Created',
  ];
  return toCsv(header, rows);
}
