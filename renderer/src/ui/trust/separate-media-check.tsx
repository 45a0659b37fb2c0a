/**
 * The second way to confirm a signer: the assessor hands over their certificate file on separate media (a
 * USB drive or disc), and the app compares that file's whole fingerprint with the certificate being trusted.
 * The file is parsed as strictly as any other certificate.
 */
import { useState } from 'react';
import { Alert, AlertText, Button, ErrorMessage } from '@trussworks/react-uswds';
import { sameFingerprint } from '../../domain/crypto/fingerprint';
import { useStore } from '../../data';
import { useApp } from '../app/app-context';
import { FingerprintText } from '../common/fingerprint-text';
import { CERTIFICATE_FILE_TOO_LARGE, chooseCertificateFile } from './read-certificate-file';

export function SeparateMediaCheck({
  id,
  fingerprint,
  error,
  onResult,
}: {
  id: string;
  /** The fingerprint of the certificate being trusted (64 hex). */
  fingerprint: string;
  /** A problem to show, from this check or from submitting without a matching file. */
  error: string | undefined;
  /** The matching file's fingerprint, or null with a sentence when the file does not confirm it. */
  onResult: (matched: string | null, problem?: string) => void;
}) {
  const { platform } = useApp();
  const store = useStore();
  const [matched, setMatched] = useState<string | null>(null);

  async function choose() {
    const read = await chooseCertificateFile(platform);
    if (read.kind === 'cancelled') return;
    const candidate = read.kind === 'chosen' ? await store.readTrustCandidate(read.input) : null;
    let problem: string | undefined;
    if (read.kind === 'failed') problem = read.message;
    else if (!candidate) problem = CERTIFICATE_FILE_TOO_LARGE;
    else if (!candidate.ok) problem = candidate.message;
    else if (!sameFingerprint(candidate.value.fingerprint, fingerprint))
      problem =
        'The certificate file you chose is a different certificate: its fingerprint is not this one. Do not trust this signer.';
    const found = candidate?.ok && !problem ? candidate.value.fingerprint : null;
    setMatched(found);
    onResult(found, problem);
  }

  return (
    <div className="app-confirm-method">
      <p className="usa-hint" id={`${id}-hint`}>
        Choose the certificate file the assessor gave you on a USB drive or disc. Its whole fingerprint must
        equal the one shown above.
      </p>
      {error ? <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage> : null}
      <Button
        id={id}
        type="button"
        outline
        onClick={() => void choose()}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
      >
        Choose the certificate file from separate media…
      </Button>
      {matched && !error ? (
        <Alert type="success" slim role="status">
          <AlertText>
            The file’s fingerprint is the same, all 64 characters:{' '}
            <FingerprintText fingerprint={matched} testId="media-fingerprint" />
          </AlertText>
        </Alert>
      ) : null}
    </div>
  );
}
