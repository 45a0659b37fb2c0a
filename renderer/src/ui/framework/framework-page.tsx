import { Table } from '@trussworks/react-uswds';
import { usePageTitle } from '../common/use-page-title';
import { PACK } from '../common/framework';
import { VerificationTag } from './verification-tag';
import { VERIFICATION_STATUSES } from '../../domain/framework/pack-schema';

/**
 * What the framework pack is, where its content comes from and how far each practice has been checked
 * against the framework's own text — so an assessor can weigh a practice's wording before relying on it.
 */
export function FrameworkPage() {
  usePageTitle('Framework');
  const counts = VERIFICATION_STATUSES.map((status) => ({
    status,
    count: PACK.practices.filter((practice) => practice.verification === status).length,
  }));
  const inferred = PACK.practices.filter((practice) => practice.areaInferred).length;
  return (
    <>
      <h1>Framework</h1>
      <p>
        Assessments are made against a <strong>framework pack</strong>: the framework's roles, responsibility
        areas, practices and risks as data, in this project's own words. Every assessment records the pack and
        version it was made with.
      </p>
      <section aria-labelledby="pack-heading">
        <h2 id="pack-heading">Installed pack</h2>
        <dl className="framework-facts">
          <dt>Title</dt>
          <dd data-testid="pack-title">{PACK.title}</dd>
          <dt>Pack</dt>
          <dd data-testid="pack-ref">
            {PACK.id}, version {PACK.version}
          </dd>
          <dt>Publisher of the framework</dt>
          <dd>{PACK.publisher}</dd>
          <dt>Source document</dt>
          <dd>
            {PACK.source.document} ({PACK.source.date}, {PACK.source.pages} pages, file {PACK.source.fileName}
            )
          </dd>
          <dt>About the source</dt>
          <dd>{PACK.source.note}</dd>
        </dl>
      </section>
      <section aria-labelledby="verification-heading">
        <h2 id="verification-heading">How the content was checked</h2>
        <p>{PACK.verificationNote}</p>
        <ul className="framework-counts" data-testid="verification-counts">
          {counts.map(({ status, count }) => (
            <li key={status}>
              <VerificationTag status={status} />{' '}
              <span>
                {count} of {PACK.practices.length} practices
              </span>
            </li>
          ))}
          <li>{inferred} practices have a responsibility area inferred from the order of a list.</li>
        </ul>
      </section>
      <section aria-labelledby="practices-heading">
        <h2 id="practices-heading">Practices ({PACK.practices.length})</h2>
        <Table bordered fullWidth>
          <caption className="usa-sr-only">
            Every practice of the pack with its role, area, source page and verification status
          </caption>
          <thead>
            <tr>
              <th scope="col">Practice</th>
              <th scope="col">Role</th>
              <th scope="col">Area</th>
              <th scope="col">Source</th>
              <th scope="col">Checked</th>
            </tr>
          </thead>
          <tbody>
            {PACK.practices.map((practice) => (
              <tr key={practice.id} data-testid={`pack-practice-${practice.id}`}>
                <th scope="row">
                  <span className="practice__id">{practice.id}</span> {practice.title}
                </th>
                <td>{PACK.roles.find((role) => role.code === practice.role)?.name ?? practice.role}</td>
                <td>
                  {PACK.areas.find((area) => area.code === practice.area)?.name ?? practice.area}
                  {practice.areaInferred ? ' (inferred)' : ''}
                </td>
                <td>
                  Section {practice.source.section}, page {practice.source.page}
                </td>
                <td>
                  <VerificationTag status={practice.verification} />
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      </section>
    </>
  );
}
