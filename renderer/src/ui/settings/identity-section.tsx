import { Alert, AlertText, Button } from '@trussworks/react-uswds';
import { useIdentity } from '../identity/identity-context';
import { IdleLockSetting } from '../identity/idle-lock-setting';
import { UnlockForm } from '../identity/unlock-form';
import { CertificateDetails } from './certificate-details';
import { ChangePassphraseForm } from './change-passphrase-form';
import { CreateIdentityForm } from './create-identity-form';
import { ExportCertificateButton } from './export-certificate-button';

/** The assessor identity: create it once, then unlock it each session to sign exports. */
export function IdentitySection() {
  const identity = useIdentity();
  const { record, status } = identity;
  return (
    <section aria-labelledby="identity-heading" className="settings-section">
      <h2 id="identity-heading">Assessor identity</h2>
      {status === 'loading' ? <p role="status">Loading the identity…</p> : null}
      {status === 'corrupt' ? (
        <Alert type="error" role="alert">
          <AlertText>{identity.problem}</AlertText>
        </Alert>
      ) : null}
      {status === 'none' || status === 'corrupt' ? (
        <>
          <p>
            Exports are signed with a key made on this device. Its certificate names you, and its fingerprint
            is how security teams recognize your bundles.
          </p>
          <CreateIdentityForm />
        </>
      ) : null}
      {record && (status === 'locked' || status === 'unlocked') ? (
        <>
          <CertificateDetails record={record} certificate={identity.certificate} />
          <ExportCertificateButton certificatePem={record.certificatePem} />
          <h3>{status === 'unlocked' ? 'Unlocked for this session' : 'Locked'}</h3>
          {status === 'unlocked' ? (
            <>
              <p>
                You can sign exports until you lock the identity, close the app, or leave it unused for the
                time below.
              </p>
              <Button type="button" secondary onClick={identity.lock}>
                Lock
              </Button>
            </>
          ) : (
            <>
              <p>Enter the passphrase to sign exports in this session.</p>
              <UnlockForm idPrefix="settings" />
            </>
          )}
          <IdleLockSetting />
          <h3>Change passphrase</h3>
          <ChangePassphraseForm />
        </>
      ) : null}
    </section>
  );
}
