import { useLiveQuery } from 'dexie-react-hooks';
import { Table } from '@trussworks/react-uswds';
import { useApp } from '../app/app-context';
import { routeHref } from '../app/router';
import { listHeaders } from '../../storage/assessment-repository';
import { usePageTitle } from '../common/use-page-title';
import { formatDateTime, formatPercent } from '../common/format';
import { sectorName } from '../common/framework';

export function AssessmentsPage() {
  usePageTitle('Assessments');
  const { db } = useApp();
  const headers = useLiveQuery(() => listHeaders(db), [db]);
  return (
    <>
      <div className="page-heading">
        <h1>Assessments</h1>
        <a className="usa-button" href={routeHref('assessments', 'new')}>
          New assessment
        </a>
      </div>
      {headers === undefined ? (
        <p role="status">Loading assessments…</p>
      ) : headers.length === 0 ? (
        <p>No assessments yet. Start one with “New assessment”, or import a bundle.</p>
      ) : (
        <Table fullWidth striped>
          <caption className="usa-sr-only">Assessments, most recently changed first</caption>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Site</th>
              <th scope="col">Sector</th>
              <th scope="col">Status</th>
              <th scope="col">Answered</th>
              <th scope="col">Last change</th>
            </tr>
          </thead>
          <tbody>
            {headers.map((header) => (
              <tr key={header.id}>
                <th scope="row">
                  <a href={routeHref('assessments', header.id, 'setup')}>
                    {header.title || 'Untitled assessment'}
                  </a>
                </th>
                <td>{header.siteName}</td>
                <td>{sectorName(header.sector)}</td>
                <td>{header.status}</td>
                <td>{formatPercent(header.completeness)}</td>
                <td>
                  {formatDateTime(header.updatedAt)} (rev. {header.revision})
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
