/**
 * A revision signed by another certificate than the one its assessment is bound to: both signers side by
 * side, by full fingerprint and trust state, then the one way through. Accepting needs the new signer to be
 * trusted first (by their full fingerprint, in the trust panel above) and an explicit, recorded decision that
 * the assessor has a new key; names alone prove nothing, since anyone can put any name in a certificate.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import {
  Button,
  Checkbox,
  ErrorMessage,
  Fieldset,
  Form,
  FormGroup,
  Label,
  Textarea,
  TextInput,
} from '@trussworks/react-uswds';
import type { ImportPlan, SignerRef } from '../../storage/import-plan';
import type { KeyChangeDecision } from '../../storage/signer-pin-repository';
import { MAX_DECIDED_BY_LENGTH, MAX_DECISION_REASON_LENGTH, useTrustedSigner } from '../../data';
import { formText } from '../common/form-text';
import { useActor } from '../common/use-actor';
import { FingerprintText } from '../common/fingerprint-text';

export type SignerChangedPlan = Extract<ImportPlan, { kind: 'signer-changed' }>;

function TrustCell({ signer }: { signer: SignerRef }) {
  const trusted = useTrustedSigner(signer.fingerprint);
  if (trusted === undefined) return <>…</>;
  return trusted ? <>Trusted as “{trusted.label}”</> : <>Not trusted</>;
}

function SignersSideBySide({ plan }: { plan: SignerChangedPlan }) {
  return (
    <table className="usa-table usa-table--borderless" data-testid="signer-change">
      <caption>Both signers, side by side</caption>
      <thead>
        <tr>
          <td />
          <th scope="col">Bound to (signed the accepted revisions)</th>
          <th scope="col">Signed this bundle</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">Name</th>
          <td data-testid="pinned-signer-name">{plan.pinned.name || '—'}</td>
          <td data-testid="incoming-signer-name">{plan.incoming.name || '—'}</td>
        </tr>
        <tr>
          <th scope="row">SHA-256 fingerprint</th>
          <td data-testid="pinned-signer-fingerprint">
            <FingerprintText fingerprint={plan.pinned.fingerprint} />
          </td>
          <td data-testid="incoming-signer-fingerprint">
            <FingerprintText fingerprint={plan.incoming.fingerprint} />
          </td>
        </tr>
        <tr>
          <th scope="row">Trust</th>
          <td data-testid="pinned-signer-trust">
            <TrustCell signer={plan.pinned} />
          </td>
          <td data-testid="incoming-signer-trust">
            <TrustCell signer={plan.incoming} />
          </td>
        </tr>
      </tbody>
    </table>
  );
}

function KeyChangeForm({
  plan,
  onAccept,
}: {
  plan: SignerChangedPlan;
  onAccept: (decision: KeyChangeDecision) => void;
}) {
  const id = useId();
  const actor = useActor();
  const [errors, setErrors] = useState<{ confirm?: string; who?: string; reason?: string }>({});
  const confirmRef = useRef<HTMLInputElement>(null);
  const whoRef = useRef<HTMLInputElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const decidedBy = formText(data, 'decidedBy').trim();
    const reason = formText(data, 'reason').trim();
    const found: typeof errors = {};
    if (data.get('confirm') !== 'yes')
      found.confirm = 'Confirm that the assessor told you, outside this app, that they have a new key.';
    if (!decidedBy || decidedBy.length > MAX_DECIDED_BY_LENGTH)
      found.who = `Say who decides, in 1 to ${MAX_DECIDED_BY_LENGTH} characters.`;
    if (reason.length > MAX_DECISION_REASON_LENGTH)
      found.reason = `Keep the reason to ${MAX_DECISION_REASON_LENGTH} characters.`;
    setErrors(found);
    if (found.confirm) return confirmRef.current?.focus();
    if (found.who) return whoRef.current?.focus();
    if (found.reason) return reasonRef.current?.focus();
    onAccept({
      pinnedFingerprint: plan.pinned.fingerprint,
      newFingerprint: plan.incoming.fingerprint,
      decidedBy,
      reason,
    });
  }

  return (
    <Form onSubmit={submit} noValidate large>
      <Fieldset legend="The assessor has a new key">
        <FormGroup error={Boolean(errors.confirm)}>
          {errors.confirm ? <ErrorMessage id={`${id}-confirm-error`}>{errors.confirm}</ErrorMessage> : null}
          <Checkbox
            id={`${id}-confirm`}
            name="confirm"
            value="yes"
            inputRef={confirmRef}
            aria-describedby={errors.confirm ? `${id}-confirm-error` : undefined}
            label="The assessor has a new key: they confirmed to me, outside this app, that they now sign with the certificate on the right."
          />
        </FormGroup>
        <FormGroup error={Boolean(errors.who)}>
          <Label htmlFor={`${id}-who`}>Decided by</Label>
          {errors.who ? <ErrorMessage id={`${id}-who-error`}>{errors.who}</ErrorMessage> : null}
          <TextInput
            id={`${id}-who`}
            name="decidedBy"
            type="text"
            defaultValue={actor}
            maxLength={MAX_DECIDED_BY_LENGTH}
            inputRef={whoRef}
            aria-describedby={errors.who ? `${id}-who-error` : undefined}
          />
        </FormGroup>
        <FormGroup error={Boolean(errors.reason)}>
          <Label htmlFor={`${id}-reason`} hint=" (optional)">
            Reason
          </Label>
          {errors.reason ? <ErrorMessage id={`${id}-reason-error`}>{errors.reason}</ErrorMessage> : null}
          <Textarea
            id={`${id}-reason`}
            name="reason"
            inputRef={reasonRef}
            aria-describedby={errors.reason ? `${id}-reason-error` : undefined}
          />
        </FormGroup>
        <Button type="submit">
          {plan.direction === 'newer'
            ? 'Record the key change and accept'
            : 'Record the key change and keep as history'}
        </Button>
      </Fieldset>
    </Form>
  );
}

/** Both signers, and the decision form once the new signer is trusted. */
export function SignerChangeView({
  plan,
  onAccept,
}: {
  plan: SignerChangedPlan;
  onAccept: (decision: KeyChangeDecision) => void;
}) {
  const newTrusted = useTrustedSigner(plan.incoming.fingerprint);
  return (
    <section aria-labelledby="signer-change-heading">
      <h3 id="signer-change-heading">The signer has changed</h3>
      <p>
        This assessment is bound to the certificate that signed its first accepted revision. This bundle is
        signed by another certificate{plan.pinned.name === plan.incoming.name ? ' with the same name' : ''}. A
        matching name proves nothing: compare the fingerprints.
      </p>
      <SignersSideBySide plan={plan} />
      {newTrusted === undefined ? null : newTrusted ? (
        <KeyChangeForm plan={plan} onAccept={onAccept} />
      ) : (
        <p data-testid="signer-change-untrusted">
          To accept this revision anyway, first trust the new signer by their full fingerprint (confirm it
          with the assessor by phone or in person), then record that the assessor has a new key.
        </p>
      )}
    </section>
  );
}
