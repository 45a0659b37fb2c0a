/**
 * What accepting would do (new, same bundle, newer, older, conflict, changed signer) and the buttons for it.
 * An older revision needs its own, second action ("Keep as history"); conflicts offer nothing to accept; a
 * changed signer offers only the recorded key-change decision.
 */
import { Alert, AlertText, Button } from '@trussworks/react-uswds';
import type { ImportPlan } from '../../storage/import-plan';
import type { KeyChangeDecision } from '../../storage/signer-pin-repository';
import { SignerChangeView } from './signer-change-view';

export function ImportDecision({
  plan,
  refusal,
  trusted,
  onAccept,
  onCancel,
}: {
  plan: ImportPlan;
  refusal: string | null;
  trusted: boolean;
  onAccept: (keepOlderAsHistory: boolean, keyChange?: KeyChangeDecision) => void;
  onCancel: () => void;
}) {
  const changed = plan.kind === 'signer-changed';
  const blocked = plan.kind === 'local-conflict' || plan.kind === 'revision-conflict' || changed;
  const noticeType = blocked ? 'error' : plan.kind === 'older' ? 'warning' : 'info';
  return (
    <section aria-labelledby="decision-heading">
      <h2 id="decision-heading">Accept or cancel</h2>
      <Alert type={noticeType} slim data-testid="import-plan">
        <AlertText>{plan.message}</AlertText>
      </Alert>
      {refusal ? (
        <Alert type="error" role="alert" slim>
          <AlertText>{refusal}</AlertText>
        </Alert>
      ) : null}
      {changed ? (
        <SignerChangeView
          plan={plan}
          onAccept={(decision) => onAccept(plan.direction === 'older', decision)}
        />
      ) : null}
      {!trusted && !blocked && plan.kind !== 'already-imported' ? (
        <p>The signer is not trusted. You can still accept; the library will show who signed it.</p>
      ) : null}
      <div className="app-actions">
        {plan.kind === 'new' || plan.kind === 'newer' ? (
          <Button type="button" onClick={() => onAccept(false)}>
            Accept and store
          </Button>
        ) : null}
        {plan.kind === 'older' ? (
          <Button type="button" onClick={() => onAccept(true)}>
            Keep as history
          </Button>
        ) : null}
        <Button type="button" outline onClick={onCancel}>
          {plan.kind === 'already-imported' || (blocked && !changed) ? 'Done' : 'Cancel'}
        </Button>
      </div>
    </section>
  );
}
