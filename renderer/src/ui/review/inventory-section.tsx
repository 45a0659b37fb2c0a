import { Fragment } from 'react';
import { attestationsForSystem } from '../../domain/supplier/attestations-of';
import { SystemAttestations } from '../common/supplier-attestation/practice-attestations';
import { AUTONOMY_LABELS, CONNECTIVITY_LABELS, CRITICALITY_LABELS } from '../common/labels';
import type { LoadedAssessment } from '../../data';

/** The AI-system inventory as a table. */
export function InventorySection({ loaded }: { loaded: LoadedAssessment }) {
  const { systems } = loaded.content;
  return (
    <section aria-labelledby="inventory-heading">
      <h2 id="inventory-heading">AI systems</h2>
      {systems.length === 0 ? (
        <p>No AI system was recorded.</p>
      ) : (
        <table className="usa-table usa-table--compact">
          <caption className="usa-sr-only">AI systems in use at the site</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Supplier</th>
              <th scope="col">Purpose</th>
              <th scope="col">Criticality</th>
              <th scope="col">Autonomy</th>
              <th scope="col">Connectivity</th>
              <th scope="col">Data used</th>
            </tr>
          </thead>
          <tbody>
            {systems.map((system) => (
              <Fragment key={system.id}>
                <tr>
                  <th scope="row">{system.name || 'Unnamed system'}</th>
                  <td>{system.supplier}</td>
                  <td>{system.purpose}</td>
                  <td>{CRITICALITY_LABELS[system.criticality]}</td>
                  <td>{AUTONOMY_LABELS[system.autonomy]}</td>
                  <td>{CONNECTIVITY_LABELS[system.connectivity]}</td>
                  <td>{system.dataUsed}</td>
                </tr>
                {attestationsForSystem(loaded.content.supplierAttestations, system.id).length > 0 ? (
                  <tr>
                    <td colSpan={7}>
                      <SystemAttestations loaded={loaded} systemId={system.id} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
