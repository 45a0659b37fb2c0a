import { Alert } from '@trussworks/react-uswds';
import type { ImportPlan } from '../../storage/import-plan';
import type { PreparedImport } from '../../storage/import-repository';
import type { KeyChangeDecision } from '../../storage/signer-pin-repository';
import { routeHref } from '../app/router';
import { useTrustedSigner } from '../../data';
import { BundlePreview } from './bundle-preview';
import { ImportDecision } from './import-decision';
import { SignerDetails } from './signer-details';
import { TrustSignerPanel } from './trust-signer-panel';
import { VerifiedBanner } from './verdict-banner';

/** A bundle that passed every check: verdict, warnings, signer, preview, then the decision. */
export function VerifiedView({
  prepared,
  plan,
  refusal,
  onAccept,
  onCancel,
}: {
  prepared: PreparedImport;
  plan: ImportPlan;
  refusal: string | null;
  onAccept: (keepOlderAsHistory: boolean, keyChange?: KeyChangeDecision) => void;
  onCancel: () => void;
}) {
  const { verdict } = prepared;
  // The trust store decides, live; verdict.status was only true at the moment of verification.
  const trusted = useTrustedSigner(verdict.signer.fingerprintHex);
  if (trusted === undefined) return null;
  return (
    <>
      <VerifiedBanner trusted={trusted} />
      {verdict.warnings.length > 0 ? (
        <Alert type="warning" slim data-testid="verdict-warnings">
          <ul className="app-warning-list">
            {verdict.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      <SignerDetails signer={verdict.signer} />
      <p data-testid="journal-status">
        Journal intact, {verdict.journal.entries} {verdict.journal.entries === 1 ? 'entry' : 'entries'}
      </p>
      {trusted ? null : <TrustSignerPanel signer={verdict.signer} />}
      <BundlePreview document={verdict.document} packKnown={verdict.packKnown} />
      {plan.kind === 'already-imported' ? (
        <p>
          <a href={routeHref('assessments', verdict.document.id, 'review')}>Open the stored assessment</a>
        </p>
      ) : null}
      <ImportDecision
        plan={plan}
        refusal={refusal}
        trusted={trusted !== null}
        onAccept={onAccept}
        onCancel={onCancel}
      />
    </>
  );
}
