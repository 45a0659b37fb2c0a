import { useRemediationBySite } from '../../data';
import { routeHref } from '../app/router';

/** The portfolio's remediation table: open and overdue plan items of each site's latest assessment. */
export function RemediationBySite() {
  const sites = useRemediationBySite();
  return (
    <section aria-labelledby="portfolio-remediation">
      <h2 id="portfolio-remediation">Remediation by site</h2>
      {sites === undefined ? <p role="status">Counting remediation items…</p> : null}
      {sites?.length === 0 ? <p>No assessments yet.</p> : null}
      {sites && sites.length > 0 ? (
        <table className="usa-table usa-table--compact">
          <caption className="usa-sr-only">Open and overdue remediation items of each site</caption>
          <thead>
            <tr>
              <th scope="col">Site</th>
              <th scope="col">Open</th>
              <th scope="col">Overdue</th>
            </tr>
          </thead>
          <tbody>
            {sites.map((site) => (
              <tr key={site.assessmentId} data-testid={`remediation-site-${site.site}`}>
                <th scope="row">
                  <a href={routeHref('review', site.assessmentId)}>{site.site || 'Unnamed site'}</a>
                </th>
                <td>{site.counts.open}</td>
                <td>{site.counts.overdue}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
