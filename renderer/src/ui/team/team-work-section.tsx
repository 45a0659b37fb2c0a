import { Button } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useStore, useWorkPackages, type WorkPackageRow } from '../../data';
import { useApp } from '../app/app-context';
import { useIdentity } from '../identity/identity-context';
import { UnlockForm } from '../identity/unlock-form';
import { HandOutForm } from './hand-out-form';

const STATE_LABELS: Record<WorkPackageRow['state'], string> = {
  'handed-out': 'handed out',
  working: 'being worked on',
  returned: 'returned',
};

function scopeText(row: WorkPackageRow): string {
  const parts = [row.scope.areas?.join(', '), row.scope.roles?.join(', ')].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : 'the whole assessment';
}

/** On the assessor's working copy: send it back to the lead as a signed return. */
function ReturnToLead({ assessmentId }: { assessmentId: string }) {
  const { platform } = useApp();
  const store = useStore();
  const { record, signingKey } = useIdentity();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  if (!record || !signingKey) return null;
  async function send() {
    if (!record || !signingKey) return;
    const result = await store.returnToLead({
      platform,
      assessmentId,
      signer: { record, signingKey },
      seal: null,
      signal: new AbortController().signal,
      onProgress: () => undefined,
      onWriting: () => undefined,
    });
    if (result.ok)
      setMessage({ ok: true, text: `Returned: “${result.value.name}” was saved. Send it to the lead.` });
    else if (result.code !== 'not-saved') setMessage({ ok: false, text: `Not returned: ${result.message}` });
  }
  return (
    <>
      <Button type="button" onClick={() => void send()}>
        Return to lead
      </Button>
      {message ? (
        <p role={message.ok ? 'status' : 'alert'} data-testid="return-result">
          {message.text}
        </p>
      ) : null}
    </>
  );
}

/**
 * Team work on a local assessment: the lead hands parts of it out to trusted assessors; on an assessor's
 * working copy, "Return to lead". Both sign with the unlocked identity.
 */
export function TeamWorkSection({ assessmentId }: { assessmentId: string }) {
  const identity = useIdentity();
  const packages = useWorkPackages(assessmentId);
  if (packages === undefined) return null;
  const working = packages.find((row) => row.side === 'assignee');
  const handedOut = packages.filter((row) => row.side === 'lead');
  const { record, signingKey } = identity;
  const unlocked = record && signingKey ? { record, signingKey } : null;
  return (
    <section aria-labelledby="team-work-heading">
      <h2 id="team-work-heading">Team work</h2>
      {working ? (
        <p data-testid="working-copy">
          This is your working copy of a work package ({scopeText(working)}), {STATE_LABELS[working.state]}.
        </p>
      ) : null}
      {handedOut.length > 0 ? (
        <ul data-testid="handed-out-list">
          {handedOut.map((row) => (
            <li key={row.packageId}>
              {row.assigneeName}: {scopeText(row)}, {STATE_LABELS[row.state]}
              {row.mergedReturns.length > 0 ? `, ${row.mergedReturns.length} return(s) merged` : ''}
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
        <ReturnToLead assessmentId={assessmentId} />
      ) : (
        <HandOutForm assessmentId={assessmentId} signer={unlocked} />
      )}
    </section>
  );
}
