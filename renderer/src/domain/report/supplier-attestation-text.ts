/**
 * The words both reports (signed PDF and editable DOCX) print for the supplier attestations of an assessment
 * (content.supplierAttestations), so the two never attribute a supplier's answer differently. The section is
 * the supplier's voice, kept apart from the assessor's: it sits after the findings, says whose words these
 * are, and nothing in it is counted in a score (scoring reads content.answers only).
 */
import type { AnswerStatus } from '../assessment/answer-status';
import type { AssessmentDocument } from '../assessment/model';
import { fingerprintStart } from '../crypto/fingerprint';
import type { AttestationTrust, SupplierAttestation } from '../supplier/supplier-attestation';
import { STATUS_STYLE } from './pdf-style';
import { formatDate, formatTimestamp } from './pdf-text';
import type { ReportLabels } from './report-input';

export const SUPPLIER_HEADING = 'Supplier attestations (the suppliers’ own answers)';

export const SUPPLIER_INTRO =
  'Answers that suppliers gave, in their own words, in signed responses to this assessment’s requests, ' +
  'as the assessor accepted them. They are the supplier’s statements about its own systems, not the ' +
  'assessor’s judgment: no score in this report counts them, and each practice’s status above is the ' +
  'assessor’s.';

/** The answers table's columns and their width shares, the same in both reports. */
export const SUPPLIER_COLUMNS = [
  { header: 'Asked', share: 3.2 },
  { header: 'Supplier status', share: 1.6 },
  { header: 'Supplier narrative', share: 3.6 },
  { header: 'Attachments (SHA-256 begins)', share: 2.4 },
  { header: 'Responded', share: 1.2 },
] as const;

const TRUST_TEXT: Record<AttestationTrust, string> = {
  trusted: 'Trusted: the signer’s certificate is in this device’s trust store',
  pinned: 'Pinned: signed with the same key as this supplier’s first accepted response',
  unknown: 'Unknown signer: the certificate was neither trusted nor pinned when accepted',
};

/** The supplier's status; 'not-assessed' from a supplier means it left the item unanswered. */
export function supplierStatusText(status: AnswerStatus): string {
  return status === 'not-assessed' ? 'Not answered' : STATUS_STYLE[status].label;
}

export type AttestationRow = {
  asked: { lead: string; text: string };
  status: string;
  narrative: string;
  attachments: string;
  responded: string;
};

/** One signed response of one supplier: who signed it and how it stood, then its answers. */
export type AttestationResponse = { facts: Array<[string, string]>; rows: AttestationRow[] };

export type AttestationGroup = { supplier: string; responses: AttestationResponse[] };

function practiceLead(item: SupplierAttestation, labels: ReportLabels): string {
  if (!item.practiceId) return 'Question from the assessor';
  const title =
    labels.practices.find((practice) => practice.id === item.practiceId)?.title ??
    labels.allPracticeTitles?.[item.practiceId];
  return title ? `${item.practiceId} ${title}` : item.practiceId;
}

function attachmentsText(item: SupplierAttestation, document: AssessmentDocument): string {
  const evidence = new Map(document.evidence.map((meta) => [meta.id, meta]));
  const files = item.evidenceIds.flatMap((id) => {
    const meta = evidence.get(id);
    return meta ? [`${meta.name} [${meta.sha256.slice(0, 12)}]`] : [];
  });
  if (files.length > 0) return files.join('\n');
  const withheld = document.content.redaction?.categories.includes('evidence') ?? false;
  return withheld ? 'Withheld by redaction' : 'None';
}

function responseFacts(first: SupplierAttestation, labels: ReportLabels): Array<[string, string]> {
  return [
    ['Role', `${labels.roles[first.role]} (${first.role})`],
    [
      'Signed by',
      `${first.signer.name || 'Name not given'}, certificate ${fingerprintStart(first.signer.fingerprint)}`,
    ],
    ['Trust when accepted', TRUST_TEXT[first.trust]],
    ['Supplier contact', first.contact || '-'],
    ['Responded / accepted', `${formatTimestamp(first.respondedAt)} / ${formatTimestamp(first.acceptedAt)}`],
  ];
}

/**
 * The attestations grouped by supplier (by name, then id), each supplier's responses in the order they were
 * accepted, each response's answers in the order the request asked them. Empty when there are none.
 */
export function attestationGroups(document: AssessmentDocument, labels: ReportLabels): AttestationGroup[] {
  const items = document.content.supplierAttestations ?? [];
  const bySupplier = new Map<string, SupplierAttestation[]>();
  for (const item of items)
    bySupplier.set(item.supplier.id, [...(bySupplier.get(item.supplier.id) ?? []), item]);
  const suppliers = [...bySupplier.values()].sort(
    (a, b) =>
      (a[0]?.supplier.name ?? '').localeCompare(b[0]?.supplier.name ?? '') ||
      (a[0]?.supplier.id ?? '').localeCompare(b[0]?.supplier.id ?? ''),
  );
  return suppliers.map((answers) => {
    const byResponse = new Map<string, SupplierAttestation[]>();
    for (const item of answers)
      byResponse.set(item.responseId, [...(byResponse.get(item.responseId) ?? []), item]);
    const responses = [...byResponse.values()].sort(
      (a, b) =>
        (a[0]?.acceptedAt ?? '').localeCompare(b[0]?.acceptedAt ?? '') ||
        (a[0]?.responseId ?? '').localeCompare(b[0]?.responseId ?? ''),
    );
    return {
      supplier: answers[0]?.supplier.name || 'Supplier not named',
      responses: responses.map((response) => ({
        facts: response[0] ? responseFacts(response[0], labels) : [],
        rows: response.map((item) => ({
          asked: { lead: practiceLead(item, labels), text: item.question },
          status: supplierStatusText(item.status),
          narrative: item.narrative || '-',
          attachments: attachmentsText(item, document),
          responded: formatDate(item.respondedAt),
        })),
      })),
    };
  });
}
