import type { SignerInfo } from '../../domain/import/verify-types';
import { formatDateTime } from '../common/format';
import { FingerprintText } from '../common/fingerprint-text';

/** Who signed, as the certificate in the bundle says; the fingerprint is what ties it to a person. */
export function SignerDetails({ signer }: { signer: SignerInfo }) {
  return (
    <section aria-labelledby="signer-heading">
      <h2 id="signer-heading">Signer</h2>
      <dl className="app-details">
        <dt>Name</dt>
        <dd data-testid="signer-name">{signer.subject.name || '—'}</dd>
        <dt>Organization</dt>
        <dd>{signer.subject.organization || '—'}</dd>
        <dt>Email</dt>
        <dd>{signer.subject.email || '—'}</dd>
        <dt>SHA-256 fingerprint</dt>
        <dd>
          <FingerprintText fingerprint={signer.fingerprintHex} />
        </dd>
        <dt>Certificate valid</dt>
        <dd>
          {formatDateTime(signer.notBefore)} to {formatDateTime(signer.notAfter)}
        </dd>
      </dl>
    </section>
  );
}
