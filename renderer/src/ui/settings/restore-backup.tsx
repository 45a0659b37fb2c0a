import {
  Alert,
  AlertText,
  Button,
  Form,
  FormGroup,
  Label,
  Table,
  Textarea,
  TextInput,
} from '@trussworks/react-uswds';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useStore } from '../../data';
import type { OpenedFile } from '../../platform';
import { useApp } from '../app/app-context';
import { formText } from '../common/form-text';
import { RestoreSigner } from './restore-signer';

/** What each table holds, in the words the plan summary uses; an unknown table shows its own name. */
const TABLE_LABELS: Record<string, string> = {
  assessments: 'Assessments',
  contents: 'Assessment contents',
  evidence: 'Evidence files',
  journal: 'Change journal entries',
  identities: 'Assessor identities',
  recipients: 'Sealing recipients',
  trustedSigners: 'Trusted signers',
  revisions: 'Imported revisions',
  reports: 'Signed reports',
  remediation: 'Remediation plans',
  remediationJournal: 'Remediation journal entries',
  remediationEvidence: 'Remediation evidence files',
  signerPins: 'Signer pins',
  packs: 'Framework packs',
};

const IDENTITY_PATTERN = /AGE-SECRET-KEY-1[0-9A-Z]+/;

type Preview = Awaited<ReturnType<ReturnType<typeof useStore>['previewRestore']>>;
type Plan = Extract<Preview, { ok: true }>['value'];
type Step =
  | { at: 'idle' }
  | { at: 'key'; file: OpenedFile }
  | { at: 'plan'; file: OpenedFile; preview: Plan }
  | { at: 'done'; restored: number };

const records = (n: number) => `${n} ${n === 1 ? 'record' : 'records'}`;

/** Choose an archive, open it, see what it would add, then confirm; a refusal changes nothing. */
export function RestoreBackup() {
  const store = useStore();
  const { platform } = useApp();
  const [step, setStep] = useState<Step>({ at: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [signerConfirmed, setSignerConfirmed] = useState(false);
  const [signerError, setSignerError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const stepAt = step.at;
  // The button that led here is gone: focus moves to what the step asks for next.
  useEffect(() => {
    if (stepAt === 'key') document.getElementById('restore-passphrase')?.focus();
    if (stepAt === 'plan') document.getElementById('restore-plan-heading')?.focus();
  }, [stepAt]);

  function reset(next: Step = { at: 'idle' }) {
    setStep(next);
    setError(null);
    setSignerConfirmed(false);
    setSignerError(null);
    heading.current?.focus();
  }

  async function choose() {
    setError(null);
    const opened = await platform.openFiles({ extensions: ['age'], multiple: false });
    if (!opened.ok) return setError(`The file could not be opened: ${opened.message}`);
    const [file] = opened.value;
    if (file) setStep({ at: 'key', file });
  }

  async function unlock(event: FormEvent<HTMLFormElement>, file: OpenedFile) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const passphrase = formText(data, 'passphrase');
    const identity = IDENTITY_PATTERN.exec(formText(data, 'identity'))?.[0];
    if (!passphrase && !identity) return setError('Give the backup passphrase or the age private key.');
    setBusy(true);
    setError(null);
    const preview = await store.previewRestore(file, {
      passphrase: passphrase || undefined,
      identity,
    });
    setBusy(false);
    if (!preview.ok) return setError(`Nothing was restored. ${preview.message}`);
    setStep({ at: 'plan', file, preview: preview.value });
  }

  async function confirm(preview: Plan) {
    if (preview.signer.kind === 'unknown' && !signerConfirmed) {
      setSignerError('Confirm that you know where this backup came from, or cancel.');
      document.getElementById('restore-confirm-signer')?.focus();
      return;
    }
    setSignerError(null);
    setBusy(true);
    const restored = await store.confirmRestore(preview.plan);
    setBusy(false);
    if (!restored.ok) return setError(restored.message);
    reset({ at: 'done', restored: restored.value });
  }

  return (
    <>
      <h3 id="restore-heading" ref={heading} tabIndex={-1}>
        Restore from a backup
      </h3>
      <p>
        Restoring adds only what this library lacks. Records that are already here are skipped, and where a
        record differs from the backup, the one here is kept.
      </p>
      {step.at === 'idle' || step.at === 'done' ? (
        <Button type="button" onClick={() => void choose()}>
          Choose a backup file
        </Button>
      ) : null}
      {step.at === 'key' ? (
        <Form onSubmit={(event) => void unlock(event, step.file)} noValidate>
          <p>Open “{step.file.name}” with the passphrase it was backed up with, or its age private key.</p>
          <FormGroup>
            <Label htmlFor="restore-passphrase">Passphrase of the backup</Label>
            <TextInput id="restore-passphrase" name="passphrase" type="password" autoComplete="off" />
          </FormGroup>
          <FormGroup>
            <Label htmlFor="restore-identity">Or the age private key</Label>
            <span className="usa-hint" id="restore-identity-hint">
              Starts with AGE-SECRET-KEY-1; only for a backup sealed to a key.
            </span>
            <Textarea
              id="restore-identity"
              name="identity"
              className="app-mono-input"
              spellCheck={false}
              autoComplete="off"
              aria-describedby="restore-identity-hint"
            />
          </FormGroup>
          <div className="app-actions">
            <Button type="submit" disabled={busy}>
              {busy ? 'Opening and checking…' : 'Open and check the backup'}
            </Button>
            <Button type="button" outline onClick={() => reset()}>
              Cancel
            </Button>
          </div>
        </Form>
      ) : null}
      {step.at === 'plan' ? <PlanSummary preview={step.preview} /> : null}
      {step.at === 'plan' ? (
        <RestoreSigner
          signer={step.preview.signer}
          askToConfirm={step.preview.plan.added > 0}
          confirmed={signerConfirmed}
          onConfirm={(checked) => {
            setSignerConfirmed(checked);
            if (checked) setSignerError(null);
          }}
          error={signerError}
        />
      ) : null}
      {step.at === 'plan' ? (
        <div className="app-actions">
          {step.preview.plan.added > 0 ? (
            <Button type="button" disabled={busy} onClick={() => void confirm(step.preview)}>
              {busy ? 'Restoring…' : `Restore ${records(step.preview.plan.added)}`}
            </Button>
          ) : null}
          <Button type="button" outline onClick={() => reset()}>
            Cancel
          </Button>
        </div>
      ) : null}
      <div role="status">
        {step.at === 'done' ? (
          <Alert type="success" slim>
            <AlertText>{`Restored ${records(step.restored)} from the backup.`}</AlertText>
          </Alert>
        ) : null}
      </div>
      <div role="alert">
        {error ? (
          <Alert type="error" slim>
            <AlertText>{error}</AlertText>
          </Alert>
        ) : null}
      </div>
    </>
  );
}

function PlanSummary({ preview }: { preview: Plan }) {
  const { plan } = preview;
  const conflicts = plan.tables.flatMap((t) =>
    t.conflicts.map((c) => ({ table: TABLE_LABELS[t.name] ?? t.name, key: c.key })),
  );
  return (
    <section aria-labelledby="restore-plan-heading">
      <h4 id="restore-plan-heading" tabIndex={-1}>
        What the restore would do
      </h4>
      <p>
        The backup was made {new Date(preview.created).toLocaleString('en-US')}. It would add{' '}
        {records(plan.added)}; {records(plan.identical)} are already here and {records(plan.conflicts)}{' '}
        {plan.conflicts === 1 ? 'differs' : 'differ'} from this library (the local ones are kept).
      </p>
      <Table bordered compact>
        <caption>Records per kind</caption>
        <thead>
          <tr>
            <th scope="col">Kind</th>
            <th scope="col">New</th>
            <th scope="col">Already here</th>
            <th scope="col">Kept local</th>
          </tr>
        </thead>
        <tbody>
          {plan.tables.map((t) => (
            <tr key={t.name}>
              <th scope="row">{TABLE_LABELS[t.name] ?? t.name}</th>
              <td>{t.added.length}</td>
              <td>{t.identical}</td>
              <td>{t.conflicts.length}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      {conflicts.length > 0 ? (
        <>
          <h5>Records kept as they are here</h5>
          <ul>
            {conflicts.map((c) => (
              <li key={`${c.table} ${c.key}`}>
                {c.table}: <code>{c.key}</code>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
