import { REMEDIATION_STATUSES } from '../../domain/assessment/model';
import { AutosaveDate, AutosaveSelect, AutosaveText, AutosaveTextarea } from '../autosave/autosave-fields';
import { REMEDIATION_LABELS, SEVERITY_LABELS, optionsOf } from '../common/labels';
import { remediationField } from '../../data';
import type { LoadedAssessment } from '../../data';

/** Each finding with its recommendation, and the remediation a facility manager tracks against it. */
export function RemediationSection({ loaded }: { loaded: LoadedAssessment }) {
  const { content } = loaded;
  return (
    <section aria-labelledby="remediation-heading">
      <h2 id="remediation-heading">Findings and remediation</h2>
      {content.findings.length === 0 ? <p>No findings were recorded.</p> : null}
      {content.findings.map((finding, index) => {
        const label = finding.title || `Finding ${index + 1}`;
        const id = (field: string) => `remediation-${finding.id}-${field}`;
        return (
          <article key={finding.id} className="finding-card" aria-labelledby={id('title')}>
            <h3 id={id('title')}>
              {label}{' '}
              <span className={`severity severity--${finding.severity}`}>
                {SEVERITY_LABELS[finding.severity]}
              </span>
            </h3>
            {finding.description ? <p>{finding.description}</p> : null}
            <p>
              <strong>Recommendation:</strong> {finding.recommendation || '—'}
            </p>
            <p>
              Practices: {finding.practiceIds.join(', ') || '—'} · Owner named by the assessor:{' '}
              {finding.owner || '—'} · Due: {finding.dueDate || '—'}
            </p>
            <div className="remediation-grid">
              <AutosaveSelect
                field={remediationField(finding, 'status')}
                label={`Remediation status of ${label}`}
                id={id('status')}
                options={optionsOf(REMEDIATION_STATUSES, REMEDIATION_LABELS)}
              />
              <AutosaveText
                field={remediationField(finding, 'owner')}
                label={`Remediation owner of ${label}`}
                id={id('owner')}
              />
              <AutosaveDate
                field={remediationField(finding, 'dueDate')}
                label={`Remediation due date of ${label}`}
                id={id('due')}
              />
            </div>
            <AutosaveTextarea
              field={remediationField(finding, 'note')}
              label={`Remediation note on ${label}`}
              id={id('note')}
            />
          </article>
        );
      })}
    </section>
  );
}
