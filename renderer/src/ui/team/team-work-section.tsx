import { useEffect, useRef } from 'react';
import { useWorkPackages, type WorkPackageRow } from '../../data';
import { useFramework, type FrameworkPack } from '../common/framework';
import { useIdentity } from '../identity/identity-context';
import { UnlockForm } from '../identity/unlock-form';
import { HandOutForm } from './hand-out-form';
import { ReturnToLeadForm } from './return-to-lead-form';

const STATE_LABELS: Record<WorkPackageRow['state'], string> = {
  'handed-out': 'handed out',
  working: 'being worked on',
  returned: 'returned',
};

/** A package's scope by the names the wizard shows (the assessment's own pack), not by codes. */
function scopeText(row: WorkPackageRow, pack: FrameworkPack): string {
  const areaName = (code: string) => pack.areas.find((area) => area.code === code)?.name ?? code;
  const roleName = (code: string) => pack.roles.find((role) => role.code === code)?.name ?? code;
  const parts = [row.scope.areas?.map(areaName).join(', '), row.scope.roles?.map(roleName).join(', ')].filter(
    Boolean,
  );
  return parts.length > 0 ? parts.join(' · ') : 'the whole assessment';
}

function mergedText(count: number): string {
  if (count === 0) return '';
  return count === 1 ? ', 1 return merged' : `, ${count} returns merged`;
}

/**
 * Team work on a local assessment: the lead hands parts of it out to trusted assessors; on an assessor's
 * working copy, "Return to lead". Both sign with the unlocked identity.
 */
export function TeamWorkSection({
  assessmentId,
  focusOnShow = false,
}: {
  assessmentId: string;
  /** Move focus to the section once it shows (arriving from the wizard's "Hand out work"). */
  focusOnShow?: boolean;
}) {
  const identity = useIdentity();
  // Inside the review page's pack gate: areas and roles by the assessment's own pack.
  const { pack } = useFramework();
  const packages = useWorkPackages(assessmentId);
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = packages !== undefined;
  useEffect(() => {
    if (!shown || !focusOnShow) return;
    heading.current?.focus();
    heading.current?.scrollIntoView({ block: 'start' });
  }, [shown, focusOnShow]);
  if (packages === undefined) return null;
  const working = packages.find((row) => row.side === 'assignee');
  const handedOut = packages.filter((row) => row.side === 'lead');
  const { record, signingKey } = identity;
  const unlocked = record && signingKey ? { record, signingKey } : null;
  return (
    <section aria-labelledby="team-work-heading">
      <h2 id="team-work-heading" ref={heading} tabIndex={-1}>
        Team work
      </h2>
      {working ? (
        <p data-testid="working-copy">
          This is your working copy of a work package ({scopeText(working, pack)}),{' '}
          {STATE_LABELS[working.state]}.
        </p>
      ) : null}
      {handedOut.length > 0 ? (
        <ul data-testid="handed-out-list">
          {handedOut.map((row) => (
            <li key={row.packageId}>
              {row.assigneeName}: {scopeText(row, pack)}, {STATE_LABELS[row.state]}
              {mergedText(row.mergedReturns.length)}
            </li>
          ))}
        </ul>
      ) : null}
      {!unlocked ? (
        record ? (
          <>
            <p>Unlock your identity to hand out or return work: both are signed.</p>
            <UnlockForm idPrefix="team" />
          </>
        ) : (
          <p>Handing out and returning work needs an assessor identity (Settings).</p>
        )
      ) : working ? (
        <ReturnToLeadForm assessmentId={assessmentId} signer={unlocked} />
      ) : (
        <HandOutForm assessmentId={assessmentId} signer={unlocked} />
      )}
    </section>
  );
}
