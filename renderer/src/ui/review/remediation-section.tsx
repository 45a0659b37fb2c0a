import { REMEDIATION_STATUSES } from '../../domain/assessment/model';
import { AutosaveDate, AutosaveSelect, AutosaveText, AutosaveTextarea } from '../autosave/autosave-fields';
import { REMEDIATION_LABELS, SEVERITY_LABELS, optionsOf } from '../common/labels';
import type { LoadedAssessment } from '../../data';

/** Each finding with its recommendation, and the remediation a facility manager tracks against it. */
export function RemediationSection({ loaded }: { loaded: LoadedAssessment }) {
  const { content, header } = loaded;
  return (
    <section aria-labelledby="remediation-heading">
      <h2 id="remediation-heading">Findings and remediation</h2>
      {content.findings.length === 0 ? <p>No findings were recorded.</p> : null}
      {content.findings.map((finding, index) => {
        const label = finding.title || `Finding ${index + 1}`;
        const path = (field: string) => ['findings', finding.id, 'remediation', field];
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
                assessmentId={header.id}
                path={path('status')}
                stored={finding.remediation.status}
                label={`Remediation status of ${label}`}
                id={id('status')}
                options={optionsOf(REMEDIATION_STATUSES, REMEDIATION_LABELS)}
              />
              <AutosaveText
                assessmentId={header.id}
                path={path('owner')}
                stored={finding.remediation.owner}
                label={`Remediation owner of ${label}`}
                id={id('owner')}
              />
              <AutosaveDate
                assessmentId={header.id}
                path={path('dueDate')}
                stored={finding.remediation.dueDate}
                label={`Remediation due date of ${label}`}
                id={id('due')}
              />
            </div>
            <AutosaveTextarea
              assessmentId={header.id}
              path={path('note')}
              stored={finding.remediation.note}
              label={`Remediation note on ${label}`}
              id={id('note')}
            />
          </article>
        );
      })}
    </section>
  );
}
