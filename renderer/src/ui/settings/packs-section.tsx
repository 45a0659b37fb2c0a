import { usePacks } from '../../data';
import { LoadPack } from './load-pack';
import { packTrustText } from '../common/pack-trust-text';

/**
 * Framework packs: the built-in one and those installed from pack files. Each assessment stays on the pack
 * and version it was made with; a newer version is offered as an upgrade on the assessment itself.
 */
export function PacksSection() {
  const packs = usePacks();
  return (
    <section aria-labelledby="packs-heading" className="settings-section">
      <h2 id="packs-heading" tabIndex={-1}>
        Framework packs
      </h2>
      <p>
        Every assessment stays on the framework pack and version it was made with. Installing a newer version
        changes no assessment; each can then be upgraded from its review page.
      </p>
      {packs ? (
        <table className="usa-table usa-table--compact" data-testid="packs-table">
          <caption>Installed framework packs</caption>
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Id</th>
              <th scope="col">Version</th>
              <th scope="col">Publisher and signature</th>
              <th scope="col">Practices</th>
              <th scope="col">Assessments</th>
            </tr>
          </thead>
          <tbody>
            {packs.map((pack) => (
              <tr key={`${pack.id}@${pack.version}`} data-testid={`pack-${pack.id}-${pack.version}`}>
                <th scope="row">{pack.title}</th>
                <td>{pack.id}</td>
                <td>{pack.version}</td>
                <td>
                  {pack.publisher}
                  <br />
                  {pack.trust.kind === 'unsigned' ? (
                    <strong>{packTrustText(pack.trust)}</strong>
                  ) : (
                    packTrustText(pack.trust)
                  )}
                </td>
                <td>{pack.practiceCount}</td>
                <td>{pack.assessmentCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p role="status">Loading framework packs…</p>
      )}
      <LoadPack />
    </section>
  );
}
