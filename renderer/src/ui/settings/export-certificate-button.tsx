import { Button } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useApp } from '../app/app-context';
import { saveBlob } from '../common/save-blob';

/** Saves the certificate (public, safe to share) so the security team can add it to their trust store. */
export function ExportCertificateButton({ certificatePem }: { certificatePem: string }) {
  const { platform } = useApp();
  const [message, setMessage] = useState('');

  async function save() {
    setMessage('');
    const saved = await saveBlob(
      platform,
      new Blob([certificatePem], { type: 'application/x-pem-file' }),
      'assessor.pem',
      ['pem'],
    );
    if (!saved.ok) setMessage(`The certificate could not be saved. ${saved.message}`);
    else if (saved.value) setMessage(`Saved the certificate as ${saved.value}.`);
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
