import { Button, Form } from '@trussworks/react-uswds';
import { useRef, useState, type FormEvent } from 'react';
import { useStore } from '../../data';
import { useApp } from '../app/app-context';
import { useIdentity } from '../identity/identity-context';
import { PassphraseField } from '../identity/passphrase-field';
import { newPassphraseErrors } from '../identity/passphrase-rules';
import { AutoBackupSettings } from './auto-backup-form';
import { RestoreBackup } from './restore-backup';
import { OutcomeAlerts, type FormOutcome } from '../common/outcome-alerts';

type Errors = { passphrase?: string; confirm?: string };
type Outcome = FormOutcome;

/** A sealed archive of the whole library, and its restore into this library (only what is missing). */
export function BackupSection() {
  return (
    <section aria-labelledby="backup-heading" className="settings-section">
      <h2 id="backup-heading">Backups</h2>
      <p>
        A backup is one file holding every assessment, its evidence, your identity, recipients and trusted
        signers, signed with your identity and sealed with a passphrase. Keep it somewhere other than this
        computer.
      </p>
      <BackupForm />
      <AutoBackupSettings />
      <RestoreBackup />
    </section>
  );
}

function BackupForm() {
  const store = useStore();
  const { platform } = useApp();
  const { record, signingKey } = useIdentity();
  const signer = record && signingKey ? { signingKey, certificatePem: record.certificatePem } : null;
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const focus = (id: string) => formRef.current?.querySelector<HTMLElement>(`#${id}`)?.focus();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setOutcome(null);
    const found = newPassphraseErrors(passphrase, confirm);
    setErrors(found);
    if (found.passphrase) return focus('backup-passphrase');
    if (found.confirm) return focus('backup-confirm');
    if (!signer) return;
    setBusy(true);
    const chosen = await platform.saveFile({
      suggestedName: await store.backupFileName(new Date()),
      mimeType: 'application/octet-stream',
      extensions: ['airr-backup.age'],
    });
    if (!chosen.ok || !chosen.value) {
      setBusy(false);
      if (!chosen.ok) setOutcome({ kind: 'failed', text: `No backup was saved: ${chosen.message}` });
      return;
    }
    const saved = await store.saveBackup(chosen.value, { passphrase }, signer);
    setBusy(false);
    if (!saved.ok) {
      setOutcome({ kind: 'failed', text: `No backup was saved: ${saved.message}` });
      return;
    }
    setPassphrase('');
    setConfirm('');
    setOutcome({
      kind: 'saved',
      text: `The library was backed up to “${saved.value.name}”. Keep the passphrase: without it the backup cannot be opened.`,
    });
  }

  if (!signer) {
    return (
      <>
        <h3>Back up the library</h3>
        <p>
          {record
            ? 'Unlock your identity above to back up: every backup is signed with it, so a restore can tell it was not changed.'
            : 'Create an identity above to back up: every backup is signed with it, so a restore can tell it was not changed.'}
        </p>
      </>
    );
  }

  return (
    <>
      <h3>Back up the library</h3>
      <Form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
        <PassphraseField
          id="backup-passphrase"
          label="Backup passphrase"
          hint="At least 12 characters. It is needed to restore the backup and is not stored anywhere."
          autoComplete="new-password"
          value={passphrase}
          onChange={setPassphrase}
          error={errors.passphrase}
        />
        <PassphraseField
          id="backup-confirm"
          label="Confirm backup passphrase"
          autoComplete="new-password"
          value={confirm}
          onChange={setConfirm}
          error={errors.confirm}
        />
        <Button type="submit" disabled={busy}>
          {busy ? 'Backing up…' : 'Back up the library'}
        </Button>
      </Form>
      <OutcomeAlerts outcome={outcome} />
    </>
  );
}
