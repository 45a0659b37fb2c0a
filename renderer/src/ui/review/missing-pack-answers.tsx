import { Alert } from '@trussworks/react-uswds';
import type { LoadedAssessment } from '../../data';
import { missingPackSentence } from '../common/assessment-pack-gate';
import { STATUS_LABELS } from '../common/labels';

/**
 * What review can show of an assessment whose pack this device lacks: the stored answers and findings by
 * practice id, as the document carries them, without the pack's titles, areas or scores.
 */
export function MissingPackAnswers({ loaded }: { loaded: LoadedAssessment }) {
  const { header, content, evidence } = loaded;
  const answers = Object.entries(content.answers).sort(([a], [b]) => a.localeCompare(b));
  return (
    <>
      <Alert type="warning" data-testid="pack-missing">
        <strong>Framework pack not installed.</strong> {missingPackSentence(header)}
      </Alert>
      <section aria-labelledby="raw-answers-heading">
        <h2 id="raw-answers-heading">Answers by practice id</h2>
        {answers.length === 0 ? (
          <p>No practice has an answer.</p>
        ) : (
          <table className="usa-table usa-table--compact usa-table--striped">
            <caption>Stored answers ({answers.length})</caption>
            <thead>
              <tr>
                <th scope="col">Practice id</th>
                <th scope="col">Status</th>
                <th scope="col">Notes or justification</th>
                <th scope="col">Evidence</th>
              </tr>
            </thead>
            <tbody>
              {answers.map(([id, answer]) => {
                const files = evidence.filter((row) => row.practiceId === id).length;
                return (
                  <tr key={id}>
                    <th scope="row">{id}</th>
                    <td>{STATUS_LABELS[answer.status]}</td>
                    <td>{[answer.justification, answer.notes].filter(Boolean).join(' — ') || '—'}</td>
                    <td>{files === 0 ? '—' : `${files} file${files === 1 ? '' : 's'}`}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="raw-findings-heading">
        <h2 id="raw-findings-heading">Findings ({content.findings.length})</h2>
        {content.findings.length === 0 ? (
          <p>No findings were recorded.</p>
        ) : (
          <ul>
            {content.findings.map((finding) => (
              <li key={finding.id}>
                <strong>{finding.title || 'Untitled finding'}</strong> ({finding.severity})
                {finding.practiceIds.length > 0 ? ` — practices ${finding.practiceIds.join(', ')}` : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
