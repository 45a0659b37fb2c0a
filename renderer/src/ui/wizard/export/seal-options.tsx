import { ErrorMessage, Fieldset, FormGroup, Label, Radio, Select } from '@trussworks/react-uswds';
import type { RecipientRow } from '../../../storage/rows';
import { routeHref } from '../../app/router';
import { PassphraseField } from '../../identity/passphrase-field';
import type { SealChoice, SealErrors, SealKind } from './seal-choice';

const KINDS: ReadonlyArray<{ kind: SealKind; label: string }> = [
  { kind: 'none', label: 'Do not seal (the bundle is signed, not encrypted)' },
  { kind: 'recipient', label: 'Seal to a named age recipient' },
  { kind: 'passphrase', label: 'Seal with a passphrase' },
];

/** Optional age sealing for transport: none, to a saved recipient, or with a passphrase. */
export function SealOptions({
  value,
  onChange,
  recipients,
  errors,
}: {
  value: SealChoice;
  onChange: (next: SealChoice) => void;
  recipients: readonly RecipientRow[];
  errors: SealErrors;
}) {
  const set = (patch: Partial<SealChoice>) => onChange({ ...value, ...patch });
  return (
    <Fieldset legend="Sealing for transport" legendStyle="large">
      {KINDS.map(({ kind, label }) => (
        <Radio
          key={kind}
          id={`seal-kind-${kind}`}
          name="seal"
          label={label}
          checked={value.kind === kind}
          onChange={() => set({ kind })}
        />
      ))}
      {value.kind === 'recipient' && recipients.length === 0 ? (
        <p>
          No recipients are saved yet. <a href={routeHref('settings')}>Add one in Settings</a>.
        </p>
      ) : null}
      {value.kind === 'recipient' && recipients.length > 0 ? (
        <FormGroup error={Boolean(errors.recipientId)}>
          <Label htmlFor="seal-recipient">Recipient</Label>
          {errors.recipientId ? (
            <ErrorMessage id="seal-recipient-error">{errors.recipientId}</ErrorMessage>
          ) : null}
          <Select
            id="seal-recipient"
            name="seal-recipient"
            value={value.recipientId}
            onChange={(event) => set({ recipientId: event.target.value })}
            validationStatus={errors.recipientId ? 'error' : undefined}
            aria-describedby={errors.recipientId ? 'seal-recipient-error' : undefined}
          >
            <option value="">- Select a recipient -</option>
            {recipients.map((row) => (
              <option key={row.id} value={row.id}>
                {row.label}
              </option>
            ))}
          </Select>
        </FormGroup>
      ) : null}
      {value.kind === 'passphrase' ? (
        <>
          <PassphraseField
            id="seal-passphrase"
            label="Sealing passphrase"
            hint="Give it to the recipient through another channel than the file."
            autoComplete="new-password"
            value={value.passphrase}
            onChange={(passphrase) => set({ passphrase })}
            error={errors.passphrase}
          />
          <PassphraseField
            id="seal-confirm"
            label="Confirm sealing passphrase"
            autoComplete="new-password"
            value={value.confirm}
            onChange={(confirm) => set({ confirm })}
            error={errors.confirm}
          />
        </>
      ) : null}
    </Fieldset>
  );
}
