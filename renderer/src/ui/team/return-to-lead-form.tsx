import { Button } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useRecipients, useStore } from '../../data';
import type { ExportSigner } from '../../services/export/prepare-export';
import { useApp } from '../app/app-context';
import { useFocusOnSettle } from '../common/use-focus-on-settle';
import { NO_SEAL, checkedSealTarget, type SealChoice, type SealErrors } from '../wizard/export/seal-choice';
import { SealOptions } from '../wizard/export/seal-options';

/**
 * On the assessor's working copy: send it back to the lead as a signed return, optionally sealed for transport
 * (to the lead's age recipient from Settings, or with a passphrase), with the same control the export uses.
 */
export function ReturnToLeadForm({ assessmentId, signer }: { assessmentId: string; signer: ExportSigner }) {
  const { platform } = useApp();
  const store = useStore();
  const recipients = useRecipients() ?? [];
  const [seal, setSeal] = useState<SealChoice>(NO_SEAL);
  const [sealErrors, setSealErrors] = useState<SealErrors>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const { outcomeRef, buttonRef, settled } = useFocusOnSettle<HTMLParagraphElement, HTMLButtonElement>();

  async function send() {
    const sealTarget = checkedSealTarget(seal, recipients, setSealErrors);
    if (sealTarget === undefined) return;
    setBusy(true);
    const result = await store.returnToLead({
      platform,
      assessmentId,
      signer,
      seal: sealTarget,
      signal: new AbortController().signal,
      onProgress: () => undefined,
      onWriting: () => undefined,
    });
    setBusy(false);
    if (result.ok)
      setMessage({ ok: true, text: `Returned: “${result.value.name}” was saved. Send it to the lead.` });
    else if (result.code !== 'not-saved') setMessage({ ok: false, text: `Not returned: ${result.message}` });
    settled();
  }

  return (
    <form
      className="usa-form usa-form--large"
      aria-labelledby="return-to-lead-heading"
      onSubmit={(event) => {
        event.preventDefault();
        void send();
      }}
    >
      <h3 id="return-to-lead-heading">Return to lead</h3>
      <SealOptions value={seal} onChange={setSeal} recipients={recipients} errors={sealErrors} />
      <Button type="submit" disabled={busy} ref={buttonRef}>
        Return to lead
      </Button>
      {message ? (
        <p role={message.ok ? 'status' : 'alert'} data-testid="return-result" ref={outcomeRef} tabIndex={-1}>
          {message.text}
        </p>
      ) : null}
    </form>
  );
}
