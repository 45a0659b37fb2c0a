import { Button, Form } from '@trussworks/react-uswds';
import { useRef, useState, type FormEvent } from 'react';
import { useIdentity } from './identity-context';
import { PassphraseField } from './passphrase-field';

/** Unlocks the identity for this session; used on Settings and inline on the export step. */
export function UnlockForm({ idPrefix }: { idPrefix: string }) {
  const identity = useIdentity();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const fieldId = `${idPrefix}-unlock-passphrase`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!passphrase) {
      setError('Enter the passphrase of this identity.');
      formRef.current?.querySelector<HTMLInputElement>(`#${fieldId}`)?.focus();
      return;
    }
    setBusy(true);
    const result = await identity.unlock(passphrase);
    setBusy(false);
    if (result.ok) return;
    setError(result.message);
    formRef.current?.querySelector<HTMLInputElement>(`#${fieldId}`)?.focus();
  }

  const why =
    identity.lockReason === 'idle'
      ? `Locked after ${identity.idleLockMinutes === 1 ? '1 minute' : `${identity.idleLockMinutes} minutes`} without activity.`
      : identity.lockReason === 'session'
        ? 'Locked because the screen was locked or the computer went to sleep.'
        : null;

  return (
    <Form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
      {why ? (
        <p role="status" className="usa-hint" data-testid={`${idPrefix}-lock-reason`}>
          {why} Enter the passphrase to sign again.
        </p>
      ) : null}
      <PassphraseField
        id={fieldId}
        label="Passphrase"
        autoComplete="current-password"
        value={passphrase}
        onChange={setPassphrase}
        error={error}
      />
      <Button type="submit" disabled={busy}>
        {busy ? 'Unlocking…' : 'Unlock'}
      </Button>
      {busy ? (
        <p role="status" className="usa-hint">
          Checking the passphrase…
        </p>
      ) : null}
    </Form>
  );
}
