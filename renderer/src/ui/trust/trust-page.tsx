import { usePageTitle } from '../common/use-page-title';
import { AddSignerSection } from './add-signer-section';
import { TrustedSignersTable } from './trusted-signers-table';
import { useTrustedSigners } from '../../data';

/** The trust store: whose signatures make a bundle "trusted" on this device. */
export function TrustPage() {
  usePageTitle('Trusted signers');
  const signers = useTrustedSigners();
  return (
    <>
      <h1>Trusted signers</h1>
      <p>
        A bundle from a signer listed here is shown as trusted. Add an assessor only after comparing the whole
        certificate fingerprint (all 16 groups) with the one they gave you in person, by phone or on paper, or
        with their certificate file brought on separate media. Remove a signer to distrust them.
      </p>
      {signers ? <TrustedSignersTable signers={signers} /> : null}
      <AddSignerSection />
    </>
  );
}
