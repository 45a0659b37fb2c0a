/**
 * Who signed something and what this device knows about them, in one place for every screen: a name is never
 * shown without its trust state and fingerprint context, since a name is whatever the certificate's maker chose.
 */
import type { SignerState, SignerStateKind } from '../../storage/signer-state';
import { fingerprintStart, groupedFingerprint } from '../../domain/crypto/fingerprint';
import './signer-badge.css';

export const SIGNER_STATE_LABELS: Record<SignerStateKind, string> = {
  own: 'Own (made on this device)',
  trusted: 'Trusted signer',
  unknown: 'Unknown signer (not trusted)',
  changed: 'Changed signer (new key accepted)',
};

function trustNote(state: SignerState): string | null {
  if (state.kind === 'trusted') return `trusted as “${state.trustedLabel ?? ''}”`;
  if (state.kind === 'changed')
    return state.trustedLabel ? `new key trusted as “${state.trustedLabel}”` : 'new key no longer trusted';
  return null;
}

/**
 * `compact` (tables) shows the start of the fingerprint, labelled; `full` (headers) all 16 groups.
 * The state is in words and in `data-state`, so neither colour nor a test has to guess it.
 */
export function SignerBadge({
  state,
  fingerprint = 'compact',
}: {
  state: SignerState;
  fingerprint?: 'compact' | 'full';
}) {
  if (state.kind === 'own')
    return (
      <span className="signer-badge" data-testid="signer-state" data-state="own">
        <span className="signer-badge__state signer-badge__state--own">{SIGNER_STATE_LABELS.own}</span>
      </span>
    );
  const note = trustNote(state);
  return (
    <span
      className={`signer-badge${fingerprint === 'compact' ? ' signer-badge--stacked' : ''}`}
      data-testid="signer-state"
      data-state={state.kind}
    >
      <strong>{state.name || 'Unnamed signer'}</strong>{' '}
      <span className={`signer-badge__state signer-badge__state--${state.kind}`}>
        {SIGNER_STATE_LABELS[state.kind]}
      </span>
      {note ? <span> {note}</span> : null}{' '}
      {fingerprint === 'compact' ? (
        <span className="signer-badge__fingerprint">
          SHA-256 begins {fingerprintStart(state.fingerprint)}
        </span>
      ) : (
        <span>
          SHA-256{' '}
          <code className="signer-badge__fingerprint" data-testid="signer-state-fingerprint">
            {groupedFingerprint(state.fingerprint)}
          </code>
        </span>
      )}
      {state.first && fingerprint === 'full' ? (
        <span>
          {' '}
          · first signed by {state.first.name || 'an unnamed signer'}, SHA-256{' '}
          <code className="signer-badge__fingerprint">{groupedFingerprint(state.first.fingerprint)}</code>
        </span>
      ) : null}
    </span>
  );
}
