import { Alert, AlertText } from '@trussworks/react-uswds';

/** What a form's last action came to: saved (announced politely) or failed (announced at once). */
export type FormOutcome = { kind: 'saved' | 'failed'; text: string } | null;

/**
 * The live regions a form reports its outcome in. Both stay mounted, so a screen reader announces the text
 * the moment it appears: a success in the status region, a failure in the alert region.
 */
export function OutcomeAlerts({ outcome }: { outcome: FormOutcome }) {
  return (
    <>
      <div role="status">
        {outcome?.kind === 'saved' ? (
          <Alert type="success" slim>
            <AlertText>{outcome.text}</AlertText>
          </Alert>
        ) : null}
      </div>
      <div role="alert">
        {outcome?.kind === 'failed' ? (
          <Alert type="error" slim>
            <AlertText>{outcome.text}</AlertText>
          </Alert>
        ) : null}
      </div>
    </>
  );
}
