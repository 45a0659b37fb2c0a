import { Button } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useApp } from '../app/app-context';

/** Saves the certificate (public, safe to share) so the security team can add it to their trust store. */
export function ExportCertificateButton({ certificatePem }: { certificatePem: string }) {
  const { platform } = useApp();
  const [message, setMessage] = useState('');

  async function save() {
    setMessage('');
    const target = await platform.saveFile({
      suggestedName: 'assessor.pem',
      mimeType: 'application/x-pem-file',
      extensions: ['pem'],
    });
    if (!target) return;
    try {
      await target.write(new TextEncoder().encode(certificatePem));
      const name = await target.commit();
      setMessage(`Saved the certificate as ${name}.`);
    } catch (error) {
      await target.abort();
      setMessage(`The certificate could not be saved. ${error instanceof Error ? error.message : ''}`.trim());
    }
  }

  return (
    <>
      <Button type="button" outline onClick={() => void save()}>
        Save certificate (PEM)
      </Button>
      <p role="status" className="usa-hint">
        {message}
      </p>
    </>
  );
}
