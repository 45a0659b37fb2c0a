/** Human labels for the enumerations of the assessment model. */
import type { AnswerStatus, RemediationStatus, Severity } from '../../domain/assessment/model';

export const STATUS_LABELS: Record<AnswerStatus, string> = {
  implemented: 'Implemented',
  partial: 'Partially implemented',
  'not-implemented': 'Not implemented',
  'not-applicable': 'Not applicable',
  'not-assessed': 'Not yet assessed',
};

export const SEVERITY_LABELS: Record<Severity, string> = {
  low: 'Low',
  moderate: 'Moderate',
  high: 'High',
  critical: 'Critical',
};
export const CRITICALITY_LABELS: Record<string, string> = SEVERITY_LABELS;

export const AUTONOMY_LABELS: Record<string, string> = {
  advisory: 'Advisory only (a person decides and acts)',
  'human-in-the-loop': 'Human in the loop (acts after a person approves)',
  'human-on-the-loop': 'Human on the loop (acts; a person supervises and can stop it)',
  autonomous: 'Autonomous (acts without supervision)',
};

export const CONNECTIVITY_LABELS: Record<string, string> = {
  isolated: 'Isolated (no network connection)',
  'site-network': 'Site control network only',
  'enterprise-network': 'Enterprise network',
  'vendor-remote': 'Vendor remote access',
  internet: 'Internet or cloud service',
};

export const REMEDIATION_LABELS: Record<RemediationStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
};

export function optionsOf(
  values: readonly string[],
  labels: Record<string, string>,
): Array<{ value: string; label: string }> {
  return values.map((value) => ({ value, label: labels[value] ?? value }));
}
