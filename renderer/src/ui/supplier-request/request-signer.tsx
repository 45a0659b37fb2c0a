import { FingerprintText } from '../common/fingerprint-text';
import { routeHref } from '../app/router';
import { useIdentity } from '../identity/identity-context';
import { UnlockForm } from '../identity/unlock-form';

/** Who signs the request: the unlocked identity, or how to unlock or create one. */
export function RequestSigner() {
  const { status, record } = useIdentity();
  return (
    <section aria-labelledby="request-signer-heading">
      <h2 id="request-signer-heading">Signer</h2>
      {status === 'loading' ? <p role="status">Loading your identity…</p> : null}
      {status === 'none' || status === 'corrupt' ? (
        <p>
          Requests are signed with your assessor identity, and you have none yet.{' '}
          <a href={routeHref('settings')}>Create one in Settings</a>.
        </p>
      ) : null}
      {record && status === 'locked' ? (
        <>
          <p>
            Your identity <strong>{record.name}</strong> is locked. Enter its passphrase to sign this request.
          </p>
          <UnlockForm idPrefix="request" />
        </>
      ) : null}
      {record && status === 'unlocked' ? (
        <p>
          Signed by {record.name}
          {record.organization ? `, ${record.organization}` : ''} ·{' '}
          <FingerprintText fingerprint={record.fingerprint} testId="request-signer-fingerprint" />
        </p>
      ) : null}
    </section>
  );
}
