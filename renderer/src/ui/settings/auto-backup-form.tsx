import {
  Alert,
  AlertText,
  Button,
  Checkbox,
  ErrorMessage,
  Form,
  FormGroup,
  Label,
  Select,
} from '@trussworks/react-uswds';
import { useRef, useState, type FormEvent } from 'react';
import { useRecipients } from '../../data';
import type { AutoBackupPlatform, AutoBackupStatus } from '../../platform';
import { useApp } from '../app/app-context';
import { useAutoBackup } from '../auto-backup/auto-backup-context';
import { TextField } from './text-field';
import { lastSkipText, lastSuccessText } from './auto-backup-text';
import { OutcomeAlerts, type FormOutcome } from '../common/outcome-alerts';

type Errors = { folder?: string; keep?: string; recipient?: string };
type Outcome = FormOutcome;

/** Settings → Backups, automatic part: only the desktop app can write to a folder unasked. */
export function AutoBackupSettings() {
  const backups = useApp().platform.autoBackup;
  return (
    <>
      <h3>Automatic backups</h3>
      {backups ? (
        <AutoBackupForm backups={backups} />
      ) : (
        <p>Automatic backups need the desktop app: a browser cannot write to a folder on its own.</p>
      )}
    </>
  );
}

function keepErrors(keep: string): string | undefined {
  const value = Number(keep.trim());
  return /^\d+$/.test(keep.trim()) && value >= 1 && value <= 100
    ? undefined
    : 'Enter a whole number of backups to keep, from 1 to 100.';
}

function AutoBackupForm({ backups }: { backups: AutoBackupPlatform }) {
  const { status, setStatus } = useAutoBackup();
  const recipients = useRecipients();
  if (!status || !recipients) return <p role="status">Loading the automatic backup settings…</p>;
  return (
    <LoadedAutoBackupForm backups={backups} status={status} setStatus={setStatus} recipients={recipients} />
  );
}

/**
 * The form, shown once main's settings are read. Its fields start from them as it mounts (state initializers,
 * not an effect after the first paint, which could undo a box ticked in between); later status updates only
 * refresh the lines and the folder.
 */
function LoadedAutoBackupForm({
  backups,
  status,
  setStatus,
  recipients,
}: {
  backups: AutoBackupPlatform;
  status: AutoBackupStatus;
  setStatus: (status: AutoBackupStatus) => void;
  recipients: { id: string; label: string; recipient: string }[];
}) {
  const [enabled, setEnabled] = useState(status.enabled);
  const [keep, setKeep] = useState(String(status.keep));
  const [recipient, setRecipient] = useState(status.recipient ?? '');
  const [errors, setErrors] = useState<Errors>({});
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const focus = (id: string) => formRef.current?.querySelector<HTMLElement>(`#${id}`)?.focus();

  async function chooseFolder() {
    setOutcome(null);
    const chosen = await backups.chooseFolder();
    if (!chosen.ok) return setOutcome({ kind: 'failed', text: chosen.message });
    if (chosen.value) {
      setStatus(chosen.value);
      setErrors((now) => ({ ...now, folder: undefined }));
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setOutcome(null);
    const found: Errors = { keep: keepErrors(keep) };
    if (enabled && !status.folder) found.folder = 'Choose a folder for the automatic backups.';
    if (enabled && !recipient) found.recipient = 'Choose the recipient that seals the automatic backups.';
    setErrors(found);
    if (found.folder) return focus('auto-backup-folder');
    if (found.keep) return focus('auto-backup-keep');
    if (found.recipient) return focus('auto-backup-recipient');
    setBusy(true);
    const saved = await backups.configure({ enabled, keep: Number(keep), recipient: recipient || null });
    setBusy(false);
    if (!saved.ok)
      return setOutcome({ kind: 'failed', text: `The settings were not saved: ${saved.message}` });
    setStatus(saved.value);
    setOutcome({
      kind: 'saved',
      text: enabled ? 'Automatic backups are on.' : 'Automatic backups are off.',
    });
  }

  return (
    <>
      <p>
        The desktop app writes a backup into a folder you choose once a day and when it quits, keeping the
        newest ones. It cannot ask for a passphrase then, so each backup is sealed to one of your saved
        recipients (whose secret key opens it) and signed with your identity; while your identity is locked,
        no backup is made.
      </p>
      <StatusLines status={status} />
      <Form ref={formRef} onSubmit={(event) => void submit(event)} noValidate className="maxw-tablet">
        <FormGroup error={Boolean(errors.folder)}>
          {/* Not a <label>: it would become the button's name instead of "Choose a folder…". */}
          <span className="usa-label" id="auto-backup-folder-label">
            Backup folder
          </span>
          {errors.folder ? <ErrorMessage id="auto-backup-folder-error">{errors.folder}</ErrorMessage> : null}
          <p id="auto-backup-folder-value">{status.folder ?? 'No folder chosen yet.'}</p>
          <Button
            type="button"
            outline
            id="auto-backup-folder"
            aria-describedby={[
              'auto-backup-folder-label',
              'auto-backup-folder-value',
              errors.folder ? 'auto-backup-folder-error' : '',
            ]
              .filter(Boolean)
              .join(' ')}
            onClick={() => void chooseFolder()}
          >
            {status.folder ? 'Choose another folder…' : 'Choose a folder…'}
          </Button>
        </FormGroup>
        <TextField
          id="auto-backup-keep"
          label="Backups to keep"
          hint="From 1 to 100; the oldest automatic backups in the folder are removed beyond this."
          value={keep}
          onChange={setKeep}
          error={errors.keep}
        />
        <RecipientSelect
          value={recipient}
          onChange={setRecipient}
          error={errors.recipient}
          options={recipients}
        />
        <Checkbox
          id="auto-backup-enabled"
          name="auto-backup-enabled"
          label="Back up automatically, daily and when the app quits"
          checked={enabled}
          onChange={(event) => setEnabled(event.target.checked)}
        />
        <Button type="submit" disabled={busy}>
          Save automatic backup settings
        </Button>
      </Form>
      <OutcomeAlerts outcome={outcome} />
    </>
  );
}

function StatusLines({ status }: { status: AutoBackupStatus }) {
  const skipped = lastSkipText(status);
  return (
    <div aria-live="polite">
      <p>{lastSuccessText(status)}</p>
      {skipped ? (
        <Alert type="warning" slim>
          <AlertText>{skipped}</AlertText>
        </Alert>
      ) : null}
    </div>
  );
}

function RecipientSelect({
  value,
  onChange,
  error,
  options,
}: {
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  options: { id: string; label: string; recipient: string }[];
}) {
  const known = options.some((row) => row.recipient === value);
  return (
    <FormGroup error={Boolean(error)}>
      <Label htmlFor="auto-backup-recipient">Seal automatic backups to</Label>
      <span className="usa-hint" id="auto-backup-recipient-hint">
        {options.length === 0 ? 'Add a recipient under Recipients first.' : 'One of your saved recipients.'}
      </span>
      {error ? <ErrorMessage id="auto-backup-recipient-error">{error}</ErrorMessage> : null}
      <Select
        id="auto-backup-recipient"
        name="auto-backup-recipient"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        validationStatus={error ? 'error' : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={['auto-backup-recipient-hint', error ? 'auto-backup-recipient-error' : '']
          .filter(Boolean)
          .join(' ')}
      >
        <option value="">Choose a recipient</option>
        {value && !known ? <option value={value}>A removed recipient ({value.slice(0, 12)}…)</option> : null}
        {options.map((row) => (
          <option key={row.id} value={row.recipient}>
            {row.label}
          </option>
        ))}
      </Select>
    </FormGroup>
  );
}
