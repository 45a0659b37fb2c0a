import type { IdentityState } from '../../identity/identity-context';
import { FingerprintText } from '../../common/fingerprint-text';
import { UnlockForm } from '../../identity/unlock-form';
import { routeHref } from '../../app/router';

/** Who will sign: the unlocked identity, or what to do to get one. */
export function ExportSigner({ identity }: { identity: IdentityState }) {
  const { status, record } = identity;
  return (
    <section aria-labelledby="export-signer" className="export-section">
      <h2 id="export-signer">Signer</h2>
      {status === 'loading' ? <p role="status">Loading your identity…</p> : null}
      {status === 'none' || status === 'corrupt' ? (
        <p>
          Exports are signed with your assessor identity, and you have none yet.{' '}
          <a href={routeHref('settings')}>Create one in Settings</a>.
        </p>
      ) : null}
      {record && status === 'locked' ? (
        <>
          <p>
            Your identity <strong>{record.name}</strong> is locked. Enter its passphrase to sign this export,
            or manage it in <a href={routeHref('settings')}>Settings</a>.
          </p>
          <UnlockForm idPrefix="export" />
        </>
      ) : null}
      {record && status === 'unlocked' ? (
        <dl className="certificate-details">
          <div>
            <dt>Signed by</dt>
            <dd>
              {record.name}
              {record.organization ? `, ${record.organization}` : ''}
            </dd>
          </div>
          <div>
            <dt>SHA-256 fingerprint</dt>
            <dd>
              <FingerprintText fingerprint={record.fingerprint} testId="signer-fingerprint" />
            </dd>
          </div>
        </dl>
      ) : null}
    </section>
  );
}
