import { Button, Checkbox, Fieldset, Label, Select } from '@trussworks/react-uswds';
import { useState } from 'react';
import type { AreaCode, RoleCode } from '../../domain/assessment/model';
import { useRecipients, useStore, useTrustedSigners } from '../../data';
import type { ExportSigner } from '../../services/export/prepare-export';
import { useApp } from '../app/app-context';
import { routeHref } from '../app/router';
import { useFramework } from '../common/framework';
import { useFocusOnSettle } from '../common/use-focus-on-settle';
import { NO_SEAL, checkedSealTarget, type SealChoice, type SealErrors } from '../wizard/export/seal-choice';
import { SealOptions } from '../wizard/export/seal-options';

function toggled<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list, value] : list.filter((item) => item !== value);
}

/** The lead's form: an assessor from the trust store, optionally some areas and roles, then the signed file. */
export function HandOutForm({ assessmentId, signer }: { assessmentId: string; signer: ExportSigner }) {
  const { platform } = useApp();
  const store = useStore();
  const { pack } = useFramework();
  const trusted = (useTrustedSigners() ?? []).filter((row) => row.fingerprint !== signer.record.fingerprint);
  const [assignee, setAssignee] = useState('');
  const [areas, setAreas] = useState<AreaCode[]>([]);
  const [roles, setRoles] = useState<RoleCode[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const { outcomeRef, buttonRef, settled } = useFocusOnSettle<HTMLParagraphElement, HTMLButtonElement>();
  const recipients = useRecipients() ?? [];
  const [seal, setSeal] = useState<SealChoice>(NO_SEAL);
  const [sealErrors, setSealErrors] = useState<SealErrors>({});

  async function submit() {
    if (!assignee) {
      setMessage({ ok: false, text: 'Choose the assessor to hand the work out to.' });
      document.getElementById('hand-out-assignee')?.focus();
      return;
    }
    const sealTarget = checkedSealTarget(seal, recipients, setSealErrors);
    if (sealTarget === undefined) return;
    setBusy(true);
    const result = await store.handOut({
      platform,
      assessmentId,
      signer,
      seal: sealTarget,
      signal: new AbortController().signal,
      onProgress: () => undefined,
      onWriting: () => undefined,
      assignee,
      scope: { areas, roles },
    });
    setBusy(false);
    if (result.ok) setMessage({ ok: true, text: `Handed out: “${result.value.name}” was saved.` });
    else if (result.code !== 'not-saved')
      setMessage({ ok: false, text: `Not handed out: ${result.message}` });
    settled();
  }

  if (trusted.length === 0)
    return (
      <p>
        Work is handed out to assessors whose certificates you trust. Add theirs on the{' '}
        <a href={routeHref('trust')}>Trust page</a> first.
      </p>
    );
  return (
    <form
      className="usa-form usa-form--large"
      aria-labelledby="hand-out-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3 id="hand-out-heading">Hand out work</h3>
      <Label htmlFor="hand-out-assignee">Assessor</Label>
      <Select
        id="hand-out-assignee"
        name="hand-out-assignee"
        value={assignee}
        onChange={(event) => setAssignee(event.target.value)}
      >
        <option value="">- Choose an assessor -</option>
        {trusted.map((row) => (
          <option key={row.fingerprint} value={row.fingerprint}>
            {row.label}
          </option>
        ))}
      </Select>
      <Fieldset legend="Areas (none chosen: all areas)">
        {pack.areas.map((area) => (
          <Checkbox
            key={area.code}
            id={`hand-out-area-${area.code}`}
            name="hand-out-area"
            label={area.name}
            checked={areas.includes(area.code)}
            onChange={(event) => setAreas(toggled(areas, area.code, event.target.checked))}
          />
        ))}
      </Fieldset>
      <Fieldset legend="Roles (none chosen: all roles)">
        {pack.roles.map((role) => (
          <Checkbox
            key={role.code}
            id={`hand-out-role-${role.code}`}
            name="hand-out-role"
            label={role.name}
            checked={roles.includes(role.code)}
            onChange={(event) => setRoles(toggled(roles, role.code, event.target.checked))}
          />
        ))}
      </Fieldset>
      <SealOptions value={seal} onChange={setSeal} recipients={recipients} errors={sealErrors} />
      <Button type="submit" disabled={busy} ref={buttonRef}>
        Hand out work
      </Button>
      {message ? (
        <p
          role={message.ok ? 'status' : 'alert'}
          data-testid="hand-out-result"
          ref={outcomeRef}
          tabIndex={-1}
        >
          {message.text}
        </p>
      ) : null}
    </form>
  );
}
