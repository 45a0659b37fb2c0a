import type { PlanCounts } from '../../domain/remediation/due';

/** "2 open · 1 overdue" for a table cell; an em dash while loading. */
export function RemediationCount({ counts }: { counts: PlanCounts | undefined }) {
  if (!counts) return <>—</>;
  return (
    <span className="remediation-count">
      {counts.open} open
      {counts.overdue > 0 ? (
        <>
          {' · '}
          <strong className="remediation-count--overdue">{counts.overdue} overdue</strong>
        </>
      ) : null}
    </span>
  );
}
