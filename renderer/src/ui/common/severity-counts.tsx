import { SEVERITIES, type Severity } from '../../domain/assessment/model';
import { SEVERITY_LABELS } from './labels';

/** A one-row table of counts per severity; cells carry test ids `${testIdPrefix}-${severity}`. */
export function SeverityCounts({
  counts,
  caption,
  testIdPrefix,
}: {
  counts: Record<Severity, number>;
  caption: string;
  testIdPrefix: string;
}) {
  return (
    <table className="usa-table usa-table--compact">
      <caption className="usa-sr-only">{caption}</caption>
      <thead>
        <tr>
          {SEVERITIES.map((severity) => (
            <th key={severity} scope="col">
              {SEVERITY_LABELS[severity]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          {SEVERITIES.map((severity) => (
            <td key={severity} data-testid={`${testIdPrefix}-${severity}`}>
              {counts[severity]}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
