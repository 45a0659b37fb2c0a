import type { IdentityRecord } from '../../domain/crypto/identity';
import type { ParsedCertificate } from '../../domain/crypto/parse-certificate';
import { FingerprintDisplay } from '../identity/fingerprint-display';

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
          <FingerprintDisplay fingerprint={record.fingerprint} testId="identity-fingerprint" />
        </dd>
      </div>
    </dl>
  );
}
