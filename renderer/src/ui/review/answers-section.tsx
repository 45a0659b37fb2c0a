import { Fragment } from 'react';
import { EMPTY_ANSWER } from '../../domain/assessment/model';
import { attestationsForPractice } from '../../domain/supplier/attestations-of';
import { assessorRowsOf } from '../../domain/supplier/supplier-evidence';
import { AttestationList } from '../common/supplier-attestation/practice-attestations';
import { useFramework } from '../common/framework';
import { STATUS_LABELS } from '../common/labels';
import type { LoadedAssessment } from '../../data';

/** Every in-scope practice with its answer, area by area, as tables. */
export function AnswersSection({ loaded }: { loaded: LoadedAssessment }) {
  const { content, evidence } = loaded;
  const { pack, practicesInScopeFor } = useFramework();
  const inScope = practicesInScopeFor(content.roles);
  return (
    <section aria-labelledby="answers-heading">
      <h2 id="answers-heading">Answers</h2>
      {pack.areas.map((area) => {
        const practices = inScope.filter((practice) => practice.area === area.code);
        if (practices.length === 0) return null;
        return (
          <table key={area.code} className="usa-table usa-table--compact usa-table--striped answers-table">
            <caption>{area.name}</caption>
            <thead>
              <tr>
                <th scope="col">Practice</th>
                <th scope="col">Status</th>
                <th scope="col">Notes or justification</th>
                <th scope="col">Evidence</th>
              </tr>
            </thead>
            <tbody>
              {practices.map((practice) => {
                const answer = content.answers[practice.id] ?? EMPTY_ANSWER;
                const files = assessorRowsOf(evidence, content.supplierAttestations, practice.id).length;
                const attested = attestationsForPractice(content.supplierAttestations, practice.id);
                return (
                  <Fragment key={practice.id}>
                    <tr>
                      <th scope="row">
                        <span className="practice__id">{practice.id}</span> {practice.title}
                      </th>
                      <td>{STATUS_LABELS[answer.status]}</td>
                      <td>{[answer.justification, answer.notes].filter(Boolean).join(' — ') || '—'}</td>
                      <td>{files === 0 ? '—' : `${files} file${files === 1 ? '' : 's'}`}</td>
                    </tr>
                    {attested.length > 0 ? (
                      <tr>
                        <td colSpan={4}>
                          <AttestationList loaded={loaded} list={attested} />
                        </td>
                      </tr>
                    ) : null}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        );
      })}
    </section>
  );
}
