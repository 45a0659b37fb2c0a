import { Alert, AlertText, Button, Form } from '@trussworks/react-uswds';
import { useRef, useState, type FormEvent } from 'react';
import { useIdentity } from '../identity/identity-context';
import { PassphraseField } from '../identity/passphrase-field';
import { newPassphraseErrors } from '../identity/passphrase-rules';

type Errors = { current?: string; passphrase?: string; confirm?: string };

/** Re-wraps the stored key under a new passphrase; the key pair and certificate stay the same. */
export function ChangePassphraseForm() {
  const identity = useIdentity();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const focus = (id: string) => formRef.current?.querySelector<HTMLElement>(`#${id}`)?.focus();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    const found: Errors = current
      ? newPassphraseErrors(next, confirm)
      : { current: 'Enter the current passphrase.' };
    setErrors(found);
    if (found.current) return focus('change-current');
    if (found.passphrase) return focus('change-new');
    if (found.confirm) return focus('change-confirm');
    setBusy(true);
    const result = await identity.changePassphrase(current, next);
    setBusy(false);
    if (!result.ok) {
      setErrors({ current: result.message });
      focus('change-current');
      return;
    }
    setCurrent('');
    setNext('');
    setConfirm('');
    setDone(true);
  }

  return (
    <Form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
      <PassphraseField
        id="change-current"
        label="Current passphrase"
        autoComplete="current-password"
        value={current}
        onChange={setCurrent}
        error={errors.current}
      />
      <PassphraseField
        id="change-new"
        label="New passphrase"
        autoComplete="new-password"
        value={next}
        onChange={setNext}
        error={errors.passphrase}
      />
      <PassphraseField
        id="change-confirm"
        label="Confirm new passphrase"
        autoComplete="new-password"
        value={confirm}
        onChange={setConfirm}
        error={errors.confirm}
      />
      <Button type="submit" disabled={busy}>
        {busy ? 'Changing passphrase…' : 'Change passphrase'}
      </Button>
      <div role="status">
        {done ? (
          <Alert type="success" slim>
            <AlertText>The passphrase was changed. Use the new one from now on.</AlertText>
          </Alert>
        ) : null}
      </div>
    </Form>
  );
}
