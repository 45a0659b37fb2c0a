/**
 * The names the journal gives the fields it records: the wizard's own labels, so a reader finds in the
 * journal the words they saw on screen. Keyed by the last step of the content path, per kind of record.
 */
import type { AnswerStatus } from '../../domain/assessment/model';
import {
  AUTONOMY_LABELS,
  CONNECTIVITY_LABELS,
  CRITICALITY_LABELS,
  REMEDIATION_LABELS,
  SEVERITY_LABELS,
  STATUS_LABELS,
} from '../common/labels';

/** Fields of the assessment itself (the Setup, Scope and Summary steps), by their dotted path. */
export const PROFILE_LABELS: Readonly<Record<string, string>> = {
  title: 'Assessment title',
  startDate: 'First day on site',
  endDate: 'Last day on site',
  'site.name': 'Site or facility name',
  'site.address': 'Site address',
  sector: 'Critical infrastructure sector',
  subsector: 'Subsector',
  'marking.tlp': 'Traffic Light Protocol (TLP 2.0) label',
  'marking.text': 'Additional marking',
  roles: 'Roles in scope',
  executiveSummary: 'Executive summary',
  keyFindings: 'Key findings',
};

export const ANSWER_LABELS: Readonly<Record<string, string>> = {
  status: 'Status',
  notes: 'Notes',
  justification: 'Why it does not apply',
  systemIds: 'Linked AI systems',
  carriedOver: 'Carried over from the previous cycle',
};

export const FINDING_LABELS: Readonly<Record<string, string>> = {
  title: 'Title',
  description: 'Description',
  severity: 'Severity',
  riskCategoryId: 'Framework risk category',
  riskLevelId: 'Risk level',
  practiceIds: 'Linked practices',
  systemIds: 'Linked AI systems',
  recommendation: 'Recommendation',
  owner: 'Recommended owner',
  dueDate: 'Recommended due date',
  createdAt: 'Created',
};

export const REMEDIATION_FIELD_LABELS: Readonly<Record<string, string>> = {
  status: 'Remediation status',
  owner: 'Remediation owner',
  dueDate: 'Remediation due date',
  note: 'Remediation note',
};

export const SYSTEM_LABELS: Readonly<Record<string, string>> = {
  name: 'Name',
  supplier: 'Supplier',
  purpose: 'Purpose',
  criticality: 'Criticality',
  autonomy: 'Autonomy',
  connectivity: 'Connectivity',
  dataUsed: 'Data used',
  notes: 'Notes',
  model: 'Model',
  modelVersion: 'Model version',
  supplierContact: 'Supplier contact',
  intendedUse: 'Intended use',
  limitations: 'Known limitations',
  humanOversight: 'Human oversight',
};

export const ASSESSOR_LABELS: Readonly<Record<string, string>> = {
  name: 'Name',
  organization: 'Organization',
};

/** Enumerated values shown by their labels, by the path's kind and last step ("answers.status"). */
export const VALUE_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'answers.status': STATUS_LABELS satisfies Record<AnswerStatus, string>,
  'findings.severity': SEVERITY_LABELS,
  'remediation.status': REMEDIATION_LABELS,
  'systems.criticality': CRITICALITY_LABELS,
  'systems.autonomy': AUTONOMY_LABELS,
  'systems.connectivity': CONNECTIVITY_LABELS,
};
