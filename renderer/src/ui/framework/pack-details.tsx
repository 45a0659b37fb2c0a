import { Table } from '@trussworks/react-uswds';
import type { FrameworkPack } from '../common/framework';
import { VerificationTag } from './verification-tag';
import { VERIFICATION_STATUSES } from '../../domain/framework/pack-schema';

/** One pack as the Framework page shows it: its facts, how its content was checked, and every practice. */
export function PackDetails({ pack }: { pack: FrameworkPack }) {
  const counts = VERIFICATION_STATUSES.map((status) => ({
    status,
    count: pack.practices.filter((practice) => practice.verification === status).length,
  }));
  const inferred = pack.practices.filter((practice) => practice.areaInferred).length;
  return (
    <>
      <section aria-labelledby="pack-heading">
        <h2 id="pack-heading">The pack</h2>
        <dl className="framework-facts">
          <dt>Title</dt>
          <dd data-testid="pack-title">{pack.title}</dd>
          <dt>Pack</dt>
          <dd data-testid="pack-ref">
            {pack.id}, version {pack.version}
          </dd>
          <dt>Publisher of the framework</dt>
          <dd>{pack.publisher}</dd>
          <dt>Source document</dt>
          <dd>
            {pack.source.document} ({pack.source.date}, {pack.source.pages} pages, file {pack.source.fileName}
            )
          </dd>
          <dt>About the source</dt>
          <dd>{pack.source.note}</dd>
        </dl>
      </section>
      <section aria-labelledby="verification-heading">
        <h2 id="verification-heading">How the content was checked</h2>
        <p>{pack.verificationNote}</p>
        <ul className="framework-counts" data-testid="verification-counts">
          {counts.map(({ status, count }) => (
            <li key={status}>
              <VerificationTag status={status} />{' '}
              <span>
                {count} of {pack.practices.length} practices
              </span>
            </li>
          ))}
          <li>{inferred} practices have a responsibility area inferred from the order of a list.</li>
        </ul>
      </section>
      <section aria-labelledby="practices-heading">
        <h2 id="practices-heading">Practices ({pack.practices.length})</h2>
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
            {pack.practices.map((practice) => (
              <tr key={practice.id} data-testid={`pack-practice-${practice.id}`}>
                <th scope="row">
                  <span className="practice__id">{practice.id}</span> {practice.title}
                </th>
                <td>{pack.roles.find((role) => role.code === practice.role)?.name ?? practice.role}</td>
                <td>
                  {pack.areas.find((area) => area.code === practice.area)?.name ?? practice.area}
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
