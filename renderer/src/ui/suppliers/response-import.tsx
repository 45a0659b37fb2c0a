import { Alert, AlertHeading, AlertText, Button } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useStore } from '../../data';
import type { SealedKey } from '../../domain/import/open-sealed';
import { KEY_CODES } from '../../domain/import/verify-codes';
import type { OpenedFile } from '../../platform';
import type { OpenedResponse } from '../../services/supplier-requests/requester-service';
import type { AcceptOutcome } from '../../storage/supplier-response-repository';
import { useApp } from '../app/app-context';
import { useActor } from '../common/use-actor';
import { SealedKeyForm } from '../import/sealed-key-form';
import { ResponsePreviewView } from './response-preview';

type Step =
  | { step: 'idle' }
  | { step: 'checking' }
  | { step: 'key'; file: OpenedFile; error: string | null }
  | { step: 'preview'; opened: OpenedResponse }
  | { step: 'refused'; fileName: string; message: string }
  | { step: 'done'; outcome: AcceptOutcome; supplier: string };

const isKeyCode = (code: string) => (KEY_CODES as readonly string[]).includes(code);

/** "Import a supplier response": verify, bind to a sent request, preview, then accept in one step. */
export function ResponseImport() {
  const { platform } = useApp();
  const store = useStore();
  const actor = useActor();
  const [state, setState] = useState<Step>({ step: 'idle' });

  async function open(file: OpenedFile, key?: SealedKey) {
    setState({ step: 'checking' });
    const opened = await store.openSupplierResponse(file, key);
    if (opened.ok) setState({ step: 'preview', opened: opened.value });
    else if (isKeyCode(opened.code))
      setState({ step: 'key', file, error: opened.code === 'key-required' ? null : opened.message });
    else setState({ step: 'refused', fileName: file.name, message: opened.message });
  }

  async function choose() {
    const chosen = await platform.openFiles({ extensions: ['airr-response', 'age'], multiple: false });
    if (!chosen.ok) {
      setState({ step: 'refused', fileName: '', message: chosen.message });
      return;
    }
    const [file] = chosen.value;
    if (file) await open(file);
  }

  async function accept(opened: OpenedResponse) {
    const result = await store.acceptSupplierResponse(opened, actor);
    if (result.ok)
      setState({ step: 'done', outcome: result.value, supplier: opened.preview.request.supplierName });
    else setState({ step: 'refused', fileName: opened.fileName, message: result.message });
  }

  return (
    <section aria-labelledby="response-import-heading">
      <h2 id="response-import-heading">Import a supplier response</h2>
      <p>
        A response is verified first (signature, every file, its format), then it must answer a request this
        device sent, quoting exactly that request, and be signed by the supplier’s pinned key once one is
        pinned. Nothing is stored until you accept the answers.
      </p>
      {state.step === 'checking' ? <p role="status">Verifying the response…</p> : null}
      {state.step === 'key' ? (
        <SealedKeyForm
          fileName={state.file.name}
          error={state.error}
          onUnlock={(key) => open(state.file, key)}
          onCancel={() => setState({ step: 'idle' })}
        />
      ) : null}
      {state.step === 'refused' ? (
        <Alert type="error" role="alert" data-testid="response-refused">
          <AlertHeading level="h3">Response refused</AlertHeading>
          <AlertText>
            {state.fileName ? `“${state.fileName}”: ` : ''}
            {state.message} Nothing was stored.
          </AlertText>
        </Alert>
      ) : null}
      {state.step === 'done' ? (
        <Alert type="success" role="status" data-testid="response-accepted">
          <AlertHeading level="h3">Answers taken in</AlertHeading>
          <AlertText>
            {state.outcome.status === 'accepted'
              ? `${state.outcome.attestations} answer${state.outcome.attestations === 1 ? '' : 's'} from ${state.supplier} now show as supplier attestations on the practices and AI systems they concern.`
              : `This response from ${state.supplier} was already accepted: nothing changed.`}
          </AlertText>
        </Alert>
      ) : null}
      {state.step === 'preview' ? (
        <ResponsePreviewView
          opened={state.opened}
          onAccept={() => void accept(state.opened)}
          onCancel={() => setState({ step: 'idle' })}
        />
      ) : (
        <Button type="button" onClick={() => void choose()} disabled={state.step === 'checking'}>
          Import a supplier response
        </Button>
      )}
    </section>
  );
}
