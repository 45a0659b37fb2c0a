import { Button } from '@trussworks/react-uswds';
import type { SupplierAttestation } from '../../../domain/supplier/supplier-attestation';
import type { EvidenceRow } from '../../../storage/rows';
import { FingerprintText } from '../fingerprint-text';
import { formatDateTime } from '../format';
import { STATUS_LABELS } from '../labels';
import './supplier-attestation.css';

const ROLE_NAMES = { CCP: 'cloud/compute provider', AID: 'AI developer' } as const;

/** Trust as the trust store says now; otherwise how the signer stood when the response was accepted. */
function trustWords(attestation: SupplierAttestation, trusted: boolean): string {
  if (trusted) return 'trusted signer';
  return attestation.trust === 'unknown' ? 'unknown signer (pinned at this response)' : 'pinned signer';
}

/**
 * One supplier attestation: what the supplier said about a practice or system, with who signed it, visibly
 * apart from the assessor's answer. `onUse` offers to copy its status into the assessor's own answer.
 */
export function AttestationBlock({
  attestation,
  evidence,
  trusted,
  onUse,
}: {
  attestation: SupplierAttestation;
  evidence: readonly EvidenceRow[];
  trusted: boolean;
  onUse?: () => void;
}) {
  const files = evidence.filter((row) => attestation.evidenceIds.includes(row.id));
  const supplier = attestation.supplier.name;
  return (
    <div
      className="supplier-attestation"
      role="group"
      aria-label={`Supplier attestation from ${supplier}`}
      data-testid="supplier-attestation"
    >
      <p className="supplier-attestation__label">
        <span className="usa-tag supplier-attestation__tag">Supplier attestation</span>
        {supplier} ({ROLE_NAMES[attestation.role]}) — the supplier’s answer, not yours
      </p>
      <dl>
        <dt>Status</dt>
        <dd data-testid="attestation-status">{STATUS_LABELS[attestation.status]}</dd>
        <dt>Question</dt>
        <dd>{attestation.question}</dd>
        <dt>Answer</dt>
        <dd>{attestation.narrative || '—'}</dd>
        <dt>Attachments</dt>
        <dd>{files.length === 0 ? '—' : files.map((file) => file.name).join(', ')}</dd>
        <dt>Signed by</dt>
        <dd>
          {attestation.signer.name || 'Unnamed signer'} · <strong>{trustWords(attestation, trusted)}</strong>
          <br />
          <FingerprintText fingerprint={attestation.signer.fingerprint} testId="attestation-fingerprint" />
        </dd>
        <dt>Contact</dt>
        <dd>{attestation.contact || '—'}</dd>
        <dt>Answered</dt>
        <dd>
          {formatDateTime(attestation.respondedAt)} (taken in {formatDateTime(attestation.acceptedAt)})
        </dd>
      </dl>
      {onUse ? (
        <Button type="button" outline onClick={onUse}>
          Use the supplier’s status ({STATUS_LABELS[attestation.status]}) as my answer
          {attestation.practiceId ? ` for ${attestation.practiceId}` : ''}
        </Button>
      ) : null}
    </div>
  );
}
