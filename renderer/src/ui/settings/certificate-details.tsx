import type { IdentityRecord } from '../../domain/crypto/identity';
import type { ParsedCertificate } from '../../domain/crypto/parse-certificate';
import { FingerprintText } from '../common/fingerprint-text';

function day(date: Date): string {
  return date.toLocaleDateString(undefined, { dateStyle: 'medium' });
}

/** Who the certificate names, how long it is valid and the fingerprint others compare against. */
export function CertificateDetails({
  record,
  certificate,
}: {
  record: IdentityRecord;
  certificate: ParsedCertificate | null;
}) {
  const subject = certificate?.subject ?? record;
  return (
    <dl className="certificate-details">
      <div>
        <dt>Name</dt>
        <dd>{subject.name}</dd>
      </div>
      <div>
        <dt>Organization</dt>
        <dd>{subject.organization || '—'}</dd>
      </div>
      <div>
        <dt>Email</dt>
        <dd>{subject.email || '—'}</dd>
      </div>
      {certificate ? (
        <div>
          <dt>Valid</dt>
          <dd>
            from {day(certificate.notBefore)} until {day(certificate.notAfter)}
          </dd>
        </div>
      ) : null}
      <div>
        <dt>SHA-256 fingerprint</dt>
        <dd>
          <FingerprintText fingerprint={record.fingerprint} testId="identity-fingerprint" />
          <p className="usa-hint">
            Read all 16 groups to the security team (or hand them your certificate file on a USB drive) so
            they can trust your bundles. Part of it is not enough.
          </p>
        </dd>
      </div>
    </dl>
  );
}
