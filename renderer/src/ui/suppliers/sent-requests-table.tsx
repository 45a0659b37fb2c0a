import { useAssessmentHeader, useSentRequests } from '../../data';
import { localDate, requestState, type RequestState } from '../../domain/supplier/request-state';
import type { SupplierRequestRow } from '../../storage/supplier-rows';
import { routeHref } from '../app/router';
import { formatDateTime } from '../common/format';

const STATE_LABELS: Record<RequestState, string> = {
  sent: 'Sent',
  answered: 'Answered',
  overdue: 'Overdue',
};
const ROLE_LABELS = { CCP: 'Cloud/compute provider', AID: 'AI developer' } as const;

function AssessmentCell({ row }: { row: SupplierRequestRow }) {
  const header = useAssessmentHeader(row.assessmentId);
  const name = header ? header.title || 'Untitled assessment' : row.document.siteName || 'Assessment';
  if (header === null) return <td>{name} (deleted)</td>;
  return (
    <td>
      <a href={routeHref('review', row.assessmentId)}>{name}</a>
    </td>
  );
}

/** Every request this device sent, newest first, with where it stands. */
export function SentRequestsTable() {
  const rows = useSentRequests();
  const today = localDate(new Date());
  return (
    <section aria-labelledby="sent-requests-heading">
      <h2 id="sent-requests-heading">Requests sent</h2>
      {rows === undefined ? <p role="status">Loading…</p> : null}
      {rows?.length === 0 ? <p>No request sent yet.</p> : null}
      {rows && rows.length > 0 ? (
        <table className="usa-table usa-table--compact" data-testid="sent-requests">
          <caption className="usa-sr-only">Supplier requests sent from this device</caption>
          <thead>
            <tr>
              <th scope="col">Supplier</th>
              <th scope="col">Role</th>
              <th scope="col">Assessment</th>
              <th scope="col">Questions</th>
              <th scope="col">Sent</th>
              <th scope="col">Due date</th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const state = requestState(row, today);
              return (
                <tr key={row.id}>
                  <th scope="row">{row.supplierName}</th>
                  <td>{ROLE_LABELS[row.role]}</td>
                  <AssessmentCell row={row} />
                  <td>{row.document.items.length}</td>
                  <td>{formatDateTime(row.createdAt)}</td>
                  <td>{row.dueDate}</td>
                  <td data-testid="request-state">
                    <strong>{STATE_LABELS[state]}</strong>
                    {row.answeredAt ? ` (${formatDateTime(row.answeredAt)})` : ''}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
