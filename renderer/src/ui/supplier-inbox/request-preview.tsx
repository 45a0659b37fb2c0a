import { Alert, AlertText, Button } from '@trussworks/react-uswds';
import type { RequestPreview } from '../../services/supplier/supplier-inbox-service';
import { FingerprintText } from '../common/fingerprint-text';
import { routeHref } from '../app/router';
import { RequestFacts, RequestItems } from './request-facts';

/** A verified request before it is added: who signed it, whether this device trusts them, what it asks. */
export function RequestPreviewView({
  preview,
  problem,
  onAdd,
  onCancel,
}: {
  preview: RequestPreview;
  problem: string | null;
  onAdd: () => void;
  onCancel: () => void;
}) {
  const { verified, trusted, trustedLabel, alreadyReceived } = preview;
  const { document, signer, warnings } = verified;
  return (
    <section aria-labelledby="preview-heading">
      <h2 id="preview-heading">Verified request from {document.requester.name}</h2>
      <Alert type={trusted ? 'success' : 'warning'} slim data-testid="request-trust">
        <AlertText>
          {trusted
            ? `The signature is valid and the signer is in your trusted signers as “${trustedLabel ?? signer.name}”.`
            : `The signature is valid, but ${signer.name} is not in your trusted signers. Compare the fingerprint below with the one the requester gave you before you answer.`}
        </AlertText>
      </Alert>
      <dl className="certificate-details">
        <div>
          <dt>Signed by</dt>
          <dd>
            {signer.name}
            {signer.organization ? `, ${signer.organization}` : ''}
          </dd>
        </div>
        <div>
          <dt>SHA-256 fingerprint</dt>
          <dd>
            <FingerprintText fingerprint={signer.fingerprint} testId="request-signer-fingerprint" />
          </dd>
        </div>
      </dl>
      {warnings.map((warning) => (
        <p key={warning}>{warning}</p>
      ))}
      <RequestFacts request={document} />
      <RequestItems request={document} />
      {alreadyReceived ? (
        <Alert type="info" slim>
          <AlertText>
            This request is already in your requests.{' '}
            <a href={routeHref('supplier', 'inbox', document.id)}>Open it to answer</a>.
          </AlertText>
        </Alert>
      ) : null}
      {problem ? (
        <Alert type="error" slim role="alert">
          <AlertText>{problem}</AlertText>
        </Alert>
      ) : null}
      <p className="app-actions">
        {alreadyReceived ? null : (
          <Button type="button" onClick={onAdd}>
            Add to my requests
          </Button>
        )}
        <Button type="button" outline onClick={onCancel}>
          Cancel
        </Button>
      </p>
    </section>
  );
}
