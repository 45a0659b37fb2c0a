import { Alert, AlertText, Checkbox } from '@trussworks/react-uswds';
import type { BackupSignerInfo } from '../../data';
import { FingerprintText } from '../common/fingerprint-text';

const KIND_TEXT: Record<BackupSignerInfo['kind'], string> = {
  own: 'This is your own identity in this profile.',
  trusted: 'This signer is in your trusted signers.',
  unknown:
    'This signer is neither your identity in this profile nor one of your trusted signers, so the app cannot tell who made this backup.',
};

/** Who signed the archive and what this profile knows about them; an unknown signer must be confirmed. */
export function RestoreSigner({
  signer,
  askToConfirm,
  confirmed,
  onConfirm,
  error,
}: {
  signer: BackupSignerInfo;
  /** Only when the restore would write something. */
  askToConfirm: boolean;
  confirmed: boolean;
  onConfirm: (confirmed: boolean) => void;
  error: string | null;
}) {
  const who = [signer.name, signer.organization].filter(Boolean).join(', ');
  return (
    <div data-testid="restore-signer">
      <p>
        Signed by <strong>{who || 'an unnamed signer'}</strong>
        {signer.trustedLabel ? ` (trusted as “${signer.trustedLabel}”)` : ''}. SHA-256 fingerprint:{' '}
        <FingerprintText fingerprint={signer.fingerprint} testId="restore-signer-fingerprint" />
      </p>
      {signer.kind === 'unknown' ? (
        <Alert type="warning" slim>
          <AlertText>{KIND_TEXT.unknown}</AlertText>
          {askToConfirm ? (
            <Checkbox
              id="restore-confirm-signer"
              name="restore-confirm-signer"
              label="I know where this backup came from and want to restore it"
              checked={confirmed}
              onChange={(event) => onConfirm(event.target.checked)}
              aria-describedby={error ? 'restore-confirm-signer-error' : undefined}
            />
          ) : null}
          {error ? (
            <span className="usa-error-message" id="restore-confirm-signer-error">
              {error}
            </span>
          ) : null}
        </Alert>
      ) : (
        <p>{KIND_TEXT[signer.kind]}</p>
      )}
    </div>
  );
}
