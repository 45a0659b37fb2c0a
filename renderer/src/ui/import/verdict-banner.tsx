import { useEffect, useRef } from 'react';
import { Alert } from '@trussworks/react-uswds';
import { VERIFY_SENTENCES } from '../../domain/import/verify-codes';
import type { PrepareFailure } from '../../storage/import-pipeline';
import type { TrustedSignerRow } from '../../storage/rows';

/** Moves focus to the verdict when it appears, so keyboard and screen-reader users land on it. */
function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

/** The verdict of a bundle that verified: trusted (success) or an unknown signer (warning). */
export function VerifiedBanner({ trusted }: { trusted: TrustedSignerRow | null }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <Alert type={trusted ? 'success' : 'warning'} data-testid="verdict">
      <h2 className="usa-alert__heading" ref={heading} tabIndex={-1}>
        {trusted ? `Verified · trusted signer ${trusted.label}` : 'Verified · unknown signer'}
      </h2>
      <p className="usa-alert__text">
        {trusted
          ? 'Every file matches the signed checksums and the signer is in your trust store.'
          : 'Every file matches the signed checksums, but the signer is not in your trust store. Compare the fingerprint with the one the assessor gave you before you trust it.'}
      </p>
    </Alert>
  );
}

/** The verdict of a bundle that failed a check: the plain sentence for its code, the code and the detail. */
export function RejectedBanner({ failure }: { failure: PrepareFailure }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <Alert type="error" data-testid="verdict">
      <h2 className="usa-alert__heading" ref={heading} tabIndex={-1}>
        Rejected: {VERIFY_SENTENCES[failure.code]}
      </h2>
      <p className="usa-alert__text">
        {failure.message} Nothing was stored. (Code: <code>{failure.code}</code>)
      </p>
    </Alert>
  );
}
