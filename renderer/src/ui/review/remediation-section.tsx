import { SEVERITY_LABELS } from '../common/labels';
import { PlanEditor } from '../remediation/plan-editor';
import { PLAN_STATUS_LABELS } from '../../domain/remediation/plan-labels';
import { RemediationCount } from '../remediation/remediation-count';
import { useRemediation, useRemediationJournal, type LoadedAssessment } from '../../data';
import { JournalList } from './journal-list';

/**
 * Each finding as the assessor recorded it (read-only), beside the site's own remediation plan for it. The
 * plan lives in its own tables, so it is kept when the assessor's next revision arrives; a plan whose finding
 * the assessor removed is listed as closed, with the revision that removed it.
 */
export function RemediationSection({ loaded }: { loaded: LoadedAssessment }) {
  const { header } = loaded;
  const view = useRemediation(header.id);
  const journal = useRemediationJournal(header.id);
  return (
    <section aria-labelledby="remediation-heading">
      <h2 id="remediation-heading">Findings and remediation</h2>
      <p>
        The findings are the assessor’s and read-only. The remediation plan (owner, status, due dates,
        milestones, closure evidence) is this site’s own record, kept apart from the assessment and carried
        over to the assessor’s next revision.{' '}
        {view ? (
          <span data-testid="remediation-counts">
            <RemediationCount counts={view.counts} />
          </span>
        ) : null}
      </p>
      {view === undefined ? <p role="status">Loading the remediation plan…</p> : null}
      {view && view.planned.length === 0 ? <p>No findings were recorded.</p> : null}
      {view?.planned.map(({ finding, plan }, index) => {
        const label = finding.title || `Finding ${index + 1}`;
        const headingId = `remediation-${finding.id}-title`;
        return (
          <article key={finding.id} className="finding-card" aria-labelledby={headingId}>
            <h3 id={headingId}>
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
              Practices: {finding.practiceIds.join(', ') || '—'} · Owner recommended by the assessor:{' '}
              {finding.owner || '—'} · Recommended due date: {finding.dueDate || '—'}
            </p>
            <PlanEditor assessmentId={header.id} plan={plan} label={label} />
          </article>
        );
      })}
      {view && view.closed.length > 0 ? (
        <section aria-labelledby="remediation-closed-heading">
          <h3 id="remediation-closed-heading">Findings no longer in the assessment</h3>
          <ul className="usa-list" data-testid="closed-findings">
            {view.closed.map(({ plan, title, closedInRevision }) => (
              <li key={plan.findingId}>
                <strong>{title || plan.findingId}</strong>:{' '}
                {closedInRevision === null
                  ? 'removed from the assessment'
                  : `closed in revision ${closedInRevision} by the assessor`}
                . The site’s plan is kept: {PLAN_STATUS_LABELS[plan.status]}
                {plan.owner ? `, owner ${plan.owner}` : ''}.
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {journal ? (
        <JournalList
          id="remediation-journal"
          title="Remediation journal"
          entries={journal}
          content={loaded.content}
        />
      ) : null}
    </section>
  );
}
