import { Fieldset, FormGroup, Label, Select, Textarea, TextInput, Button } from '@trussworks/react-uswds';
import { useInboxAttachments, useInboxRequest } from '../../data';
import { ANSWER_STATUSES, type AnswerStatus } from '../../domain/assessment/answer-status';
import type { SupplierInboxRow } from '../../storage/supplier-rows';
import { useApp } from '../app/app-context';
import { routeHref } from '../app/router';
import { SaveStatusIndicator, SaveStatusProvider } from '../autosave/save-status-context';
import { STATUS_LABELS } from '../common/labels';
import { saveBlob } from '../common/save-blob';
import { usePageTitle } from '../common/use-page-title';
import { ItemAttachments } from './item-attachments';
import { RequestFacts, systemsText } from './request-facts';
import { SendResponse } from './send-response';
import { useDraft } from './use-draft';

/** Answer one received request: each item read-only with its answer, attachments and a named contact. */
export function SupplierAnswerPage({ requestId }: { requestId: string }) {
  usePageTitle('Answer a request');
  const row = useInboxRequest(requestId);
  if (row === undefined) return <p role="status">Loading…</p>;
  if (row === null) {
    return (
      <>
        <h1>Request not found</h1>
        <p>
          This request is not on this device.{' '}
          <a href={routeHref('supplier', 'inbox')}>Back to your requests</a>.
        </p>
      </>
    );
  }
  return (
    <SaveStatusProvider assessmentId={row.id}>
      <AnswerForm row={row} />
    </SaveStatusProvider>
  );
}

function AnswerForm({ row }: { row: SupplierInboxRow }) {
  const { platform } = useApp();
  const { draft, contact, answerOf, setContact, setAnswer } = useDraft(row);
  const attachments = useInboxAttachments(row.id) ?? [];
  const request = row.document;
  const flush = () => void draft.flush();

  return (
    <>
      <p>
        <a href={routeHref('supplier', 'inbox')}>Your requests</a>
      </p>
      <h1>Answer the request for {request.siteName}</h1>
      <SaveStatusIndicator />
      <RequestFacts request={request} />
      {row.pdf ? (
        <Button
          type="button"
          outline
          onClick={() => row.pdf && void saveBlob(platform, row.pdf, 'request.pdf', ['pdf'])}
        >
          Save the request as PDF
        </Button>
      ) : null}
      <Fieldset legend="Who answers for your organization" legendStyle="large">
        <Label htmlFor="contact-name">Name (required)</Label>
        <TextInput
          id="contact-name"
          name="contact-name"
          type="text"
          value={contact.name}
          onChange={(event) => setContact({ name: event.target.value })}
          onBlur={flush}
          autoComplete="name"
        />
        <Label htmlFor="contact-organization">Organization</Label>
        <TextInput
          id="contact-organization"
          name="contact-organization"
          type="text"
          value={contact.organization ?? ''}
          onChange={(event) => setContact({ organization: event.target.value })}
          onBlur={flush}
          autoComplete="organization"
        />
        <Label htmlFor="contact-contact">Email or phone</Label>
        <TextInput
          id="contact-contact"
          name="contact-contact"
          type="text"
          value={contact.contact ?? ''}
          onChange={(event) => setContact({ contact: event.target.value })}
          onBlur={flush}
        />
      </Fieldset>
      <h2>Items ({request.items.length})</h2>
      {draft.error ? (
        <p className="usa-error-message" role="alert">
          {draft.error}
        </p>
      ) : null}
      <ol className="supplier-items">
        {request.items.map((item, index) => {
          const answer = answerOf(item.id);
          return (
            <li key={item.id} aria-labelledby={`item-${index}-question`}>
              <h3 id={`item-${index}-question`}>{item.question}</h3>
              <p>
                <strong>Evidence requested:</strong> {item.evidenceRequested || 'None'}
              </p>
              <p>
                <strong>Systems:</strong> {systemsText(request, item)}
              </p>
              <FormGroup>
                <Label htmlFor={`item-${index}-status`}>Status</Label>
                <Select
                  id={`item-${index}-status`}
                  name={`item-${index}-status`}
                  value={answer.status}
                  onChange={(event) => setAnswer(item.id, { status: event.target.value as AnswerStatus })}
                  onBlur={flush}
                >
                  {ANSWER_STATUSES.map((status) => (
                    <option key={status} value={status}>
                      {status === 'not-assessed' ? 'Not answered yet' : STATUS_LABELS[status]}
                    </option>
                  ))}
                </Select>
              </FormGroup>
              <FormGroup>
                <Label htmlFor={`item-${index}-narrative`}>Your answer</Label>
                <Textarea
                  id={`item-${index}-narrative`}
                  name={`item-${index}-narrative`}
                  value={answer.narrative}
                  onChange={(event) => setAnswer(item.id, { narrative: event.target.value })}
                  onBlur={flush}
                  className="autosave-textarea"
                />
              </FormGroup>
              <ItemAttachments
                requestId={row.id}
                itemId={item.id}
                index={index}
                files={attachments.filter((file) => file.itemId === item.id)}
              />
            </li>
          );
        })}
      </ol>
      <SendResponse requestId={row.id} respondedAt={row.respondedAt} />
    </>
  );
}
