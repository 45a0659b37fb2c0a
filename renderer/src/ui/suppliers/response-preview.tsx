import { Button } from '@trussworks/react-uswds';
import { useEffect, useRef } from 'react';
import { useTrustedSigner } from '../../data';
import type { OpenedResponse } from '../../services/supplier-requests/requester-service';
import { FingerprintText } from '../common/fingerprint-text';
import { formatDateTime } from '../common/format';

/** What accepting a verified, bound response would add, and the one button that writes it. */
export function ResponsePreviewView({
  opened,
  onAccept,
  onCancel,
}: {
  opened: OpenedResponse;
  onAccept: () => void;
  onCancel: () => void;
}) {
  const { bundle, preview } = opened;
  const { document, signer } = bundle;
  const trusted = useTrustedSigner(signer.fingerprint);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const answered = document.answers.filter((answer) => answer.status !== 'not-assessed').length;
  const supplier = preview.request.supplierName;
  const trustWords = trusted ? `trusted (${trusted.label})` : preview.firstResponse ? 'unknown' : 'pinned';
  return (
    <div data-testid="response-preview">
      <h3 ref={heading} tabIndex={-1}>
        Verified response from {supplier}
      </h3>
      <dl className="certificate-details">
        <div>
          <dt>Signed by</dt>
          <dd>
            {signer.name}
            {signer.organization ? `, ${signer.organization}` : ''} · trust: <strong>{trustWords}</strong>
          </dd>
        </div>
        <div>
          <dt>SHA-256 fingerprint</dt>
          <dd>
            <FingerprintText fingerprint={signer.fingerprint} testId="response-signer-fingerprint" />
          </dd>
        </div>
        <div>
          <dt>Signer continuity</dt>
          <dd data-testid="response-pin">
            {preview.firstResponse
              ? `First response from ${supplier}: accepting pins this key, and later responses from ${supplier} must be signed by it.`
              : `Signed by the key pinned for ${supplier} since ${formatDateTime(preview.pin?.pinnedAt ?? '')}.`}
          </dd>
        </div>
        <div>
          <dt>Answers</dt>
          <dd data-testid="response-counts">
            {answered} of {preview.request.document.items.length} questions answered,{' '}
            {document.attachments.length} attachment{document.attachments.length === 1 ? '' : 's'}
          </dd>
        </div>
        <div>
          <dt>Contact</dt>
          <dd>
            {[document.contact.name, document.contact.organization, document.contact.contact]
              .filter(Boolean)
              .join(', ')}
          </dd>
        </div>
        <div>
          <dt>Answers the request</dt>
          <dd>
            sent {formatDateTime(preview.request.createdAt)}, due {preview.request.dueDate}
          </dd>
        </div>
      </dl>
      {bundle.warnings.map((warning) => (
        <p key={warning} className="usa-alert__text">
          Warning: {warning}
        </p>
      ))}
      {preview.alreadyAcceptedAt ? (
        <p role="status" data-testid="response-already">
          This response was already accepted on {formatDateTime(preview.alreadyAcceptedAt)}: accepting it
          again changes nothing.
        </p>
      ) : null}
      <div className="app-actions">
        <Button type="button" onClick={onAccept}>
          Accept the answers
        </Button>
        <Button type="button" outline onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
