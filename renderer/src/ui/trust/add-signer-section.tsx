/**
 * Adding a signer from a certificate the assessor handed over (.pem/.crt/.cer) or pasted PEM. The certificate
 * is parsed first and its subject and fingerprint shown; only the confirmation form adds it.
 */
import { useState, type FormEvent } from 'react';
import { Alert, AlertText, Button, Form, FormGroup, Label, Textarea } from '@trussworks/react-uswds';
import { useStore } from '../../data';
import type { TrustCandidate } from '../../storage/trust-repository';
import { useApp } from '../app/app-context';
import { ConfirmSignerForm, type CertificateSource } from './confirm-signer-form';
import { CERTIFICATE_FILE_TOO_LARGE, chooseCertificateFile } from './read-certificate-file';

export function AddSignerSection() {
  const { platform } = useApp();
  const store = useStore();
  const [pem, setPem] = useState('');
  const [candidate, setCandidate] = useState<{ read: TrustCandidate; source: CertificateSource } | null>(
    null,
  );
  const [message, setMessage] = useState<{ type: 'error' | 'success'; text: string } | null>(null);

  async function read(input: string | Uint8Array, source: CertificateSource) {
    const result = await store.readTrustCandidate(input);
    setCandidate(result.ok ? { read: result.value, source } : null);
    setMessage(result.ok ? null : { type: 'error', text: result.message });
  }

  async function chooseFile() {
    const file = await chooseCertificateFile(platform);
    if (file.kind === 'failed') setMessage({ type: 'error', text: file.message });
    if (file.kind === 'too-large') setMessage({ type: 'error', text: CERTIFICATE_FILE_TOO_LARGE });
    if (file.kind === 'chosen') await read(file.input, 'file');
  }

  function submitPasted(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void read(pem, 'text');
  }

  if (candidate) {
    const { read: certificate, source } = candidate;
    return (
      <section aria-labelledby="confirm-heading" className="app-panel">
        <h2 id="confirm-heading">Confirm the signer</h2>
        <p>
          Certificate of <strong>{certificate.subject.name || '(no name)'}</strong>
          {certificate.subject.organization ? `, ${certificate.subject.organization}` : ''}
          {certificate.subject.email ? ` <${certificate.subject.email}>` : ''}.
        </p>
        <ConfirmSignerForm
          fingerprint={certificate.fingerprint}
          subject={certificate.subject}
          source={source}
          onCancel={() => setCandidate(null)}
          onConfirm={async (label, confirmed) => {
            const added = await store.addTrustedSigner(certificate.certificatePem, label, confirmed);
            if (!added.ok) return added.message;
            setCandidate(null);
            setPem('');
            setMessage({ type: 'success', text: `${added.value.label} is now trusted.` });
            return null;
          }}
        />
      </section>
    );
  }

  return (
    <section aria-labelledby="add-heading">
      <h2 id="add-heading">Add a signer</h2>
      {message ? (
        <Alert type={message.type} slim role={message.type === 'error' ? 'alert' : 'status'}>
          <AlertText>{message.text}</AlertText>
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
