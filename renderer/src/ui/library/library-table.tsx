import type { AssessmentHeader } from '../../storage/rows';
import { routeHref } from '../app/router';
import { formatDateTime } from '../common/format';
import { formatPercent } from '../../domain/scoring/percent';
import { builtInSectorName } from '../../domain/framework/builtin-sectors';
import { useRemediationCounts } from '../../data';
import { RemediationCount } from '../remediation/remediation-count';
import { SignerBadge } from '../common/signer-badge';
import type { SignerState } from '../../storage/signer-state';
import { RedactedTag } from '../common/redacted-tag';

const STATUS_TEXT: Record<AssessmentHeader['status'], string> = {
  draft: 'Draft',
  'in-progress': 'In progress',
  complete: 'Complete',
};

function SignerCell({ state }: { state: SignerState | undefined }) {
  return state ? <SignerBadge state={state} /> : <span>Checking the signer…</span>;
}

export function LibraryTable({
  rows,
  signerStates,
}: {
  rows: AssessmentHeader[];
  /** By assessment id; undefined (or a missing id) while the states load. */
  signerStates: ReadonlyMap<string, SignerState> | undefined;
}) {
  const remediation = useRemediationCounts(rows.map((header) => header.id));
  return (
    <table className="usa-table usa-table--borderless width-full usa-table--striped">
      <caption className="usa-sr-only">Assessments matching the filters</caption>
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Site</th>
          <th scope="col">Sector</th>
          <th scope="col">Status</th>
          <th scope="col">Answered</th>
          <th scope="col">Score</th>
          <th scope="col">Last change</th>
          <th scope="col">Signed by</th>
          <th scope="col">Remediation</th>
          <th scope="col">
            <span className="usa-sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((header) => (
          <tr key={header.id}>
            <th scope="row">
              <a href={routeHref('assessments', header.id, 'setup')}>
                {header.title || 'Untitled assessment'}
              </a>
              {header.redaction ? (
                <>
                  {' '}
                  <RedactedTag profile={header.redaction} />
                </>
              ) : null}
            </th>
            <td>{header.siteName}</td>
            <td>{builtInSectorName(header.sector)}</td>
            <td>{STATUS_TEXT[header.status]}</td>
            <td>{formatPercent(header.completeness)}</td>
            <td>{formatPercent(header.overallScore)}</td>
            <td>
              {formatDateTime(header.updatedAt)} (rev. {header.revision})
            </td>
            <td>
              <SignerCell state={signerStates?.get(header.id)} />
            </td>
            <td data-testid={`remediation-${header.id}`}>
              <RemediationCount counts={remediation?.get(header.id)} />
            </td>
            <td>
              <a href={routeHref('review', header.id)}>
                Review<span className="usa-sr-only"> {header.title}</span>
              </a>{' '}
              ·{' '}
              <a href={routeHref('next-cycle', header.id)}>
                Next cycle<span className="usa-sr-only"> of {header.title}</span>
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
