import { useState } from 'react';
import { Alert, AlertText, Button } from '@trussworks/react-uswds';
import type { TrustedSignerRow } from '../../storage/rows';
import { useStore } from '../../data';
import { formatDateTime } from '../common/format';
import { FingerprintText } from '../common/fingerprint-text';

/** Distrust asks once more in place, naming the signer, because it changes every verdict for them. */
function RemoveButton({ signer, onError }: { signer: TrustedSignerRow; onError: (m: string) => void }) {
  const store = useStore();
  const [confirming, setConfirming] = useState(false);
  if (!confirming)
    return (
      <Button type="button" unstyled onClick={() => setConfirming(true)}>
        Remove {signer.label}
      </Button>
    );
  return (
    <span className="app-actions">
      <Button
        type="button"
        secondary
        onClick={() =>
          void store
            .removeTrustedSigner(signer.fingerprint)
            .then((r) => (r.ok ? undefined : onError(r.message)))
        }
      >
        Distrust {signer.label}
      </Button>
      <Button type="button" outline onClick={() => setConfirming(false)}>
        Keep
      </Button>
    </span>
  );
}

export function TrustedSignersTable({ signers }: { signers: TrustedSignerRow[] }) {
  const [error, setError] = useState<string | null>(null);
  if (signers.length === 0) return <p>No signers are trusted yet.</p>;
  return (
    <>
      {error ? (
        <Alert type="error" role="alert" slim>
          <AlertText>{error}</AlertText>
        </Alert>
      ) : null}
      <table className="usa-table usa-table--borderless app-trust-table">
        <caption>Trusted signers</caption>
        <thead>
          <tr>
            <th scope="col">Label</th>
            <th scope="col">Certificate subject</th>
            <th scope="col">SHA-256 fingerprint</th>
            <th scope="col">Added</th>
            <th scope="col">
              <span className="usa-sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {signers.map((signer) => (
            <tr key={signer.fingerprint}>
              <th scope="row">{signer.label}</th>
              <td>{signer.subjectName}</td>
              <td>
                <FingerprintText fingerprint={signer.fingerprint} />
              </td>
              <td>{formatDateTime(signer.addedAt)}</td>
              <td>
                <RemoveButton signer={signer} onError={setError} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
