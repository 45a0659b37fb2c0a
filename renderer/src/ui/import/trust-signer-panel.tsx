import { useState } from 'react';
import { Button } from '@trussworks/react-uswds';
import type { SignerInfo } from '../../domain/import/verify-types';
import { useStore } from '../../data';
import { ConfirmSignerForm } from '../trust/confirm-signer-form';

/** For an unknown signer: trust them from the certificate in this bundle, after the fingerprint check. */
export function TrustSignerPanel({ signer }: { signer: SignerInfo }) {
  const store = useStore();
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <Button type="button" secondary onClick={() => setOpen(true)}>
        Trust this signer…
      </Button>
    );
  return (
    <section aria-labelledby="trust-signer-heading" className="app-panel">
      <h2 id="trust-signer-heading">Trust this signer</h2>
      <ConfirmSignerForm
        fingerprint={signer.fingerprintHex}
        subject={signer.subject}
        source="bundle"
        onCancel={() => setOpen(false)}
        onConfirm={async (label, confirmed) => {
          const added = await store.addTrustedSigner(signer.certificatePem, label, confirmed);
          return added.ok ? null : added.message;
        }}
      />
    </section>
  );
}
