/**
 * A sealed bundle (.airr.age) is opened with the age identity it was sealed to, or with a passphrase. The key
 * stays in this form's memory only: it is used once to decrypt and never stored.
 */
import { useState, type FormEvent } from 'react';
import {
  Alert,
  AlertText,
  Button,
  ErrorMessage,
  Form,
  FormGroup,
  Label,
  TextInput,
  Textarea,
} from '@trussworks/react-uswds';
import type { SealedKey } from '../../domain/import/open-sealed';
import { formText } from '../common/form-text';
import { useApp } from '../app/app-context';

const IDENTITY_PATTERN = /AGE-SECRET-KEY-1[0-9A-Z]+/;

export function SealedKeyForm({
  fileName,
  error,
  onUnlock,
  onCancel,
}: {
  fileName: string;
  error: string | null;
  onUnlock: (key: SealedKey) => Promise<void>;
  onCancel: () => void;
}) {
  const { platform } = useApp();
  const [identity, setIdentity] = useState('');
  const [missing, setMissing] = useState(false);

  async function loadIdentity() {
    const opened = await platform.openFiles({ extensions: [], multiple: false });
    const [file] = opened.ok ? opened.value : [];
    if (!file) return;
    setIdentity(IDENTITY_PATTERN.exec(await file.blob.text())?.[0] ?? '');
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const passphrase = formText(new FormData(event.currentTarget), 'passphrase');
    // Pasted key files carry age-keygen's comment lines too; only the key itself goes to the decrypter.
    const secret = IDENTITY_PATTERN.exec(identity)?.[0] ?? identity.trim();
    const key: SealedKey = { identity: secret || undefined, passphrase: passphrase || undefined };
    setMissing(!key.identity && !key.passphrase);
    if (key.identity || key.passphrase) await onUnlock(key);
  }

  return (
    <section aria-labelledby="sealed-heading">
      <h2 id="sealed-heading">Open the sealed bundle</h2>
      <p>
        “{fileName}” is sealed (age-encrypted). Give the private key it was sealed to, or the passphrase the
        assessor gave you.
      </p>
      {error ? (
        <Alert type="error" role="alert" slim>
          <AlertText>{error}</AlertText>
        </Alert>
      ) : null}
      <Form onSubmit={(event) => void submit(event)} noValidate large>
        {missing ? <ErrorMessage>Give the private key or the passphrase.</ErrorMessage> : null}
        <FormGroup>
          <Label htmlFor="sealed-identity">Age private key</Label>
          <div className="usa-hint" id="sealed-identity-hint">
            Starts with AGE-SECRET-KEY-1. Paste it or load it from a file.
          </div>
          <Textarea
            id="sealed-identity"
            name="identity"
            className="app-mono-input"
            value={identity}
            onChange={(event) => setIdentity(event.target.value)}
            spellCheck={false}
            autoComplete="off"
            aria-describedby="sealed-identity-hint"
          />
          <Button type="button" unstyled onClick={() => void loadIdentity()}>
            Load the private key from a file
          </Button>
        </FormGroup>
        <FormGroup>
          <Label htmlFor="sealed-passphrase">Or the passphrase</Label>
          <TextInput id="sealed-passphrase" name="passphrase" type="password" autoComplete="off" />
        </FormGroup>
        <div className="app-actions">
          <Button type="submit">Open and verify</Button>
          <Button type="button" outline onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </Form>
    </section>
  );
}
