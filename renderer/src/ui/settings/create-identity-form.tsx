import { Alert, AlertText, Button, Form } from '@trussworks/react-uswds';
import { useRef, useState, type FormEvent } from 'react';
import { useIdentity } from '../identity/identity-context';
import { PassphraseField } from '../identity/passphrase-field';
import { MIN_PASSPHRASE, newPassphraseErrors } from '../identity/passphrase-rules';
import { TextField } from './text-field';

type Values = { name: string; organization: string; email: string; passphrase: string; confirm: string };
type Errors = Partial<Record<keyof Values, string>>;
const ORDER: ReadonlyArray<keyof Values> = ['name', 'organization', 'email', 'passphrase', 'confirm'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function validate(values: Values): Errors {
  const errors: Errors = {};
  if (!values.name.trim()) errors.name = 'Enter your name as the certificate should show it.';
  if (values.email.trim() && !EMAIL.test(values.email.trim()))
    errors.email = 'Enter an email address like name@example.org, or leave it empty.';
  return { ...errors, ...newPassphraseErrors(values.passphrase, values.confirm) };
}

/** Makes the key pair and certificate; the PBKDF2 wrapping takes a few seconds, so progress is shown. */
export function CreateIdentityForm() {
  const identity = useIdentity();
  const [values, setValues] = useState<Values>({
    name: '',
    organization: '',
    email: '',
    passphrase: '',
    confirm: '',
  });
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const set = (key: keyof Values) => (value: string) => setValues((old) => ({ ...old, [key]: value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = validate(values);
    setErrors(found);
    const first = ORDER.find((key) => found[key]);
    if (first) {
      formRef.current?.querySelector<HTMLElement>(`#identity-${first}`)?.focus();
      return;
    }
    setBusy(true);
    setFailure(null);
    const result = await identity.create({
      name: values.name.trim(),
      organization: values.organization.trim(),
      email: values.email.trim(),
      passphrase: values.passphrase,
    });
    setBusy(false);
    if (!result.ok) setFailure(result.message);
  }

  return (
    <Form ref={formRef} onSubmit={(event) => void submit(event)} noValidate large>
      {failure ? (
        <Alert type="error" role="alert">
          <AlertText>{failure}</AlertText>
        </Alert>
      ) : null}
      <TextField
        id="identity-name"
        label="Your name"
        value={values.name}
        onChange={set('name')}
        error={errors.name}
        autoComplete="name"
      />
      <TextField
        id="identity-organization"
        label="Organization (optional)"
        value={values.organization}
        onChange={set('organization')}
        autoComplete="organization"
      />
      <TextField
        id="identity-email"
        label="Email (optional)"
        type="email"
        value={values.email}
        onChange={set('email')}
        error={errors.email}
        autoComplete="email"
      />
      <PassphraseField
        id="identity-passphrase"
        label="Passphrase"
        hint={`At least ${MIN_PASSPHRASE} characters. It protects your signing key on this device and cannot be recovered.`}
        autoComplete="new-password"
        value={values.passphrase}
        onChange={set('passphrase')}
        error={errors.passphrase}
      />
      <PassphraseField
        id="identity-confirm"
        label="Confirm passphrase"
        autoComplete="new-password"
        value={values.confirm}
        onChange={set('confirm')}
        error={errors.confirm}
      />
      <Button type="submit" disabled={busy}>
        {busy ? 'Creating identity…' : 'Create identity'}
      </Button>
      {busy ? (
        <div role="status" className="identity-progress">
          <progress aria-label="Creating identity" />
          <span>Making your key and protecting it with the passphrase. This takes a few seconds.</span>
        </div>
      ) : null}
    </Form>
  );
}
