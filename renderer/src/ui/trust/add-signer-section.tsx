/**
 * Adding a signer from a certificate the assessor handed over (.pem/.crt/.cer) or pasted PEM. The certificate
 * is parsed first and its subject and fingerprint shown; only the confirmation form adds it.
 */
import { useState, type FormEvent } from 'react';
import { Alert, Button, Form, FormGroup, Label, Textarea } from '@trussworks/react-uswds';
import { useStore } from '../../data';
import type { TrustCandidate } from '../../storage/trust-repository';
import { useApp } from '../app/app-context';
import { ConfirmSignerForm } from './confirm-signer-form';

export function AddSignerSection() {
  const { platform } = useApp();
  const store = useStore();
  const [pem, setPem] = useState('');
  const [candidate, setCandidate] = useState<TrustCandidate | null>(null);
  const [message, setMessage] = useState<{ type: 'error' | 'success'; text: string } | null>(null);

  async function read(input: string | Uint8Array) {
    const result = await store.readTrustCandidate(input);
    setCandidate(result.ok ? result.candidate : null);
    setMessage(result.ok ? null : { type: 'error', text: result.message });
  }

  async function chooseFile() {
    const opened = await platform.openFiles({ extensions: ['pem', 'crt', 'cer'], multiple: false });
    if (!opened.ok) {
      setMessage({ type: 'error', text: opened.message });
      return;
    }
    const [file] = opened.value;
    if (!file) return;
    const bytes = new Uint8Array(await file.blob.arrayBuffer());
    // .cer/.crt files are PEM or DER; PEM text starts with the armor line.
    const text = new TextDecoder().decode(bytes);
    await read(text.includes('-----BEGIN CERTIFICATE-----') ? text : bytes);
  }

  function submitPasted(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void read(pem);
  }

  if (candidate)
    return (
      <section aria-labelledby="confirm-heading" className="app-panel">
        <h2 id="confirm-heading">Confirm the signer</h2>
        <p>
          Certificate of <strong>{candidate.subject.name || '(no name)'}</strong>
          {candidate.subject.organization ? `, ${candidate.subject.organization}` : ''}
          {candidate.subject.email ? ` <${candidate.subject.email}>` : ''}.
        </p>
        <ConfirmSignerForm
          fingerprint={candidate.fingerprint}
          subject={candidate.subject}
          onCancel={() => setCandidate(null)}
          onConfirm={async (label) => {
            const added = await store.addTrustedSigner(candidate.certificatePem, label);
            if (!added.ok) return added.message;
            setCandidate(null);
            setPem('');
            setMessage({ type: 'success', text: `${added.signer.label} is now trusted.` });
            return null;
          }}
        />
      </section>
    );

  return (
    <section aria-labelledby="add-heading">
      <h2 id="add-heading">Add a signer</h2>
      {message ? (
        <Alert type={message.type} slim role={message.type === 'error' ? 'alert' : 'status'}>
          {message.text}
        </Alert>
      ) : null}
      <p>
        <Button type="button" onClick={() => void chooseFile()}>
          Choose a certificate file…
        </Button>
      </p>
      <Form onSubmit={submitPasted} noValidate large>
        <FormGroup>
          <Label htmlFor="trust-pem">Or paste the certificate (PEM)</Label>
          <div className="usa-hint" id="trust-pem-hint">
            From -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----.
          </div>
          <Textarea
            id="trust-pem"
            name="pem"
            className="app-mono-input"
            value={pem}
            onChange={(event) => setPem(event.target.value)}
            spellCheck={false}
            aria-describedby="trust-pem-hint"
          />
        </FormGroup>
        <Button type="submit" outline>
          Read the certificate
        </Button>
      </Form>
    </section>
  );
}
