import { routeHref } from '../app/router';
import type { AssessmentHeader, SignerPinChange } from '../../storage/rows';
import { FingerprintText } from '../common/fingerprint-text';
import { formatDateTime } from '../common/format';
import { SignerBadge } from '../common/signer-badge';
import { useKeyChanges, useSignerState } from '../../data';

const PANEL_CLASS = {
  own: 'signer-panel',
  trusted: 'signer-panel signer-panel--trusted',
  unknown: 'signer-panel signer-panel--unknown',
  changed: 'signer-panel signer-panel--unknown',
} as const;

function KeyChange({ change }: { change: SignerPinChange }) {
  return (
    <li>
      {formatDateTime(change.decidedAt)}: <strong>{change.decidedBy}</strong> recorded that the assessor has a
      new key, for revision {change.revision}
      {change.kind === 'history' ? ' (kept as history)' : ''}. From {change.fromName || 'an unnamed signer'}{' '}
      <FingerprintText fingerprint={change.fromFingerprint} testId="key-change-from" /> to{' '}
      {change.toName || 'an unnamed signer'}{' '}
      <FingerprintText fingerprint={change.toFingerprint} testId="key-change-to" />.
      {change.reason ? <> Reason: “{change.reason}”</> : ' No reason given.'}
    </li>
  );
}

/**
 * Where an assessment came from and who signed it, with its trust state (looked up live, so it follows the
 * trust store) and every recorded change of signing key.
 */
export function SignerPanel({ header }: { header: AssessmentHeader }) {
  const state = useSignerState(header);
  const changes = useKeyChanges(header.id);
  if (header.source === 'local') {
    return (
      <section aria-labelledby="signer-heading" className="signer-panel">
        <h2 id="signer-heading">Origin</h2>
        <p>Made on this computer; not yet signed. Sign it on the “Sign and export” step of the wizard.</p>
      </section>
    );
  }
  if (!state) return null;
  return (
    <section aria-labelledby="signer-heading" className={PANEL_CLASS[state.kind]}>
      <h2 id="signer-heading">Imported, signature verified</h2>
      <p>
        Signed by <SignerBadge state={state} fingerprint="full" />
      </p>
      {state.kind === 'unknown' || (state.kind === 'changed' && !state.trustedLabel) ? (
        <p>
          This signer is not in your trust store (<a href={routeHref('trust')}>manage trust</a>).
        </p>
      ) : null}
      {changes && changes.length > 0 ? (
        <>
          <h3>Signing key history</h3>
          <ul data-testid="key-changes">
            {changes.map((change, index) => (
              <KeyChange key={index} change={change} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
