import { Alert, AlertText, Button } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useRecipients, useStore } from '../../data';
import type { SentResponse } from '../../services/supplier/supplier-inbox-service';
import { useApp } from '../app/app-context';
import { flushPendingSaves } from '../autosave/pending-saves';
import { useIdentity } from '../identity/identity-context';
import { ExportSigner } from '../wizard/export/export-signer';
import { NO_SEAL, sealTargetOf, type SealChoice, type SealErrors } from '../wizard/export/seal-choice';
import { SealOptions } from '../wizard/export/seal-options';

type SendState =
  | { phase: 'idle' }
  | { phase: 'sending' }
  | { phase: 'sent'; sent: SentResponse }
  | { phase: 'failed'; message: string };

/** "Sign and save the response": the unlocked identity signs; optionally sealed; can be done again later. */
export function SendResponse({ requestId, respondedAt }: { requestId: string; respondedAt?: string }) {
  const identity = useIdentity();
  const store = useStore();
  const { platform } = useApp();
  const recipients = useRecipients() ?? [];
  const [seal, setSeal] = useState<SealChoice>(NO_SEAL);
  const [errors, setErrors] = useState<SealErrors>({});
  const [state, setState] = useState<SendState>({ phase: 'idle' });
  const { record, signingKey } = identity;
  const signer = record && signingKey ? { record, signingKey } : null;

  async function send() {
    if (!signer) return;
    const target = sealTargetOf(seal, recipients);
    setErrors(target.ok ? {} : target.errors);
    if (!target.ok) {
      const first = Object.keys(target.errors)[0];
      document.getElementById(first === 'recipientId' ? 'seal-recipient' : `seal-${first ?? ''}`)?.focus();
      return;
    }
    setState({ phase: 'sending' });
    // What was typed last is in the response: every pending field save commits first.
    await flushPendingSaves();
    const result = await store.sendSupplierResponse({ platform, requestId, signer, seal: target.value });
    if (result.ok) setState({ phase: 'sent', sent: result.value });
    else if (result.code === 'not-saved') setState({ phase: 'idle' });
    else setState({ phase: 'failed', message: result.message });
  }

  return (
    <section aria-labelledby="send-heading" className="export-section">
      <h2 id="send-heading">Sign and save the response</h2>
      <p>
        {respondedAt
          ? 'You saved a response before. You can change your answers and save a new one; send the requester the newest file.'
          : 'The response is signed with your identity and bound to this request, so the requester can check it came from you and answers exactly what they asked.'}
      </p>
      <ExportSigner identity={identity} />
      {signer ? (
        <>
          <SealOptions value={seal} onChange={setSeal} recipients={recipients} errors={errors} />
          <Button type="button" onClick={() => void send()} disabled={state.phase === 'sending'}>
            Sign and save the response
          </Button>
        </>
      ) : null}
      {state.phase === 'sending' ? <p role="status">Signing the response…</p> : null}
      {state.phase === 'sent' ? (
        <Alert type="success" slim role="status" data-testid="response-saved">
          <AlertText>
            Saved {state.sent.name}. Its SHA-256 is <code>{state.sent.sha256}</code>. Send this file to the
            requester.
          </AlertText>
        </Alert>
      ) : null}
      {state.phase === 'failed' ? (
        <Alert type="error" slim role="alert" data-testid="response-failed">
          <AlertText>{state.message}</AlertText>
        </Alert>
      ) : null}
    </section>
  );
}
