import { useTrustedSigner } from '../../data';
import { routeHref } from '../app/router';
import type { AssessmentHeader } from '../../storage/rows';
import { FingerprintText } from '../common/fingerprint-text';

/** Where an assessment came from and who signed it; trust is looked up live, so it follows the trust store. */
export function SignerPanel({ header }: { header: AssessmentHeader }) {
  const trusted = useTrustedSigner(header.signerFingerprint);
  if (header.source === 'local') {
    return (
      <section aria-labelledby="signer-heading" className="signer-panel">
        <h2 id="signer-heading">Origin</h2>
        <p>Made on this computer; not yet signed. Sign it on the “Sign and export” step of the wizard.</p>
      </section>
    );
  }
  return (
    <section
      aria-labelledby="signer-heading"
      className={`signer-panel ${trusted ? 'signer-panel--trusted' : 'signer-panel--unknown'}`}
    >
      <h2 id="signer-heading">Imported, signature verified</h2>
      <p>
        Signed by <strong>{header.signerName || 'an unnamed signer'}</strong> ·{' '}
        {trusted ? (
          <>trusted as “{trusted.label}”</>
        ) : (
          <>
            this signer is not in your trust store (<a href={routeHref('trust')}>manage trust</a>)
          </>
        )}
      </p>
      <p>
        SHA-256 fingerprint: <FingerprintText fingerprint={header.signerFingerprint} />
      </p>
    </section>
  );
}
