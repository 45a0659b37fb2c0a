import { Alert, AlertHeading, AlertText, Button, Table } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useSupplierInbox } from '../../data';
import { useApp } from '../app/app-context';
import { routeHref } from '../app/router';
import { usePageTitle } from '../common/use-page-title';
import { formatDateTime } from '../common/format';
import { SealedKeyForm } from '../import/sealed-key-form';
import { dueDateText } from './request-facts';
import { RequestPreviewView } from './request-preview';
import { useOpenRequest } from './use-open-request';

/** The supplier side: open a request file (verified first), and the requests received so far. */
export function SupplierInboxPage() {
  usePageTitle('Requests you received');
  const { platform } = useApp();
  const rows = useSupplierInbox();
  const { state, verify, add, reset } = useOpenRequest();
  const [chooseProblem, setChooseProblem] = useState<string | null>(null);

  async function choose() {
    setChooseProblem(null);
    const opened = await platform.openFiles({ extensions: ['airr-request', 'age'], multiple: false });
    if (!opened.ok) {
      setChooseProblem(opened.message);
      return;
    }
    const [file] = opened.value;
    if (file) await verify(file);
  }

  return (
    <>
      <h1>Requests you received</h1>
      <p>
        An assessor asks you, as a supplier, to answer questions about the AI systems you provide. Open the
        request file they sent (.airr-request, or .airr-request.age when sealed); it is checked completely
        before you add it. <a href={routeHref('suppliers')}>Requests you sent</a> are under Suppliers.
      </p>
      {chooseProblem ? (
        <Alert type="error" role="alert">
          <AlertText>{chooseProblem}</AlertText>
        </Alert>
      ) : null}
      {state.step === 'choose' ? (
        <Button type="button" onClick={() => void choose()}>
          Open a request file…
        </Button>
      ) : (
        <p>
          File: <strong data-testid="request-file-name">{state.fileName}</strong>
        </p>
      )}
      {state.step === 'reading' ? <p role="status">Checking the request…</p> : null}
      {state.step === 'needs-key' ? (
        <SealedKeyForm
          fileName={state.fileName}
          error={state.error}
          onUnlock={(key) => verify(state.file, key)}
          onCancel={reset}
        />
      ) : null}
      {state.step === 'rejected' ? (
        <>
          <Alert type="error" role="alert" data-testid="request-refused">
            <AlertHeading level="h2">This request was refused</AlertHeading>
            <AlertText>{state.message} Nothing was stored.</AlertText>
          </Alert>
          <Button type="button" onClick={reset}>
            Choose another file
          </Button>
        </>
      ) : null}
      {state.step === 'preview' ? (
        <RequestPreviewView
          preview={state.preview}
          problem={state.problem}
          onAdd={() => void add()}
          onCancel={reset}
        />
      ) : null}
      {state.step === 'added' ? (
        <>
          <Alert type="success" role="status" data-testid="request-added">
            <AlertText>The request was added to your requests.</AlertText>
          </Alert>
          <p className="app-actions">
            <a className="usa-button" href={routeHref('supplier', 'inbox', state.requestId)}>
              Answer it now
            </a>
            <Button type="button" outline onClick={reset}>
              Open another request
            </Button>
          </p>
        </>
      ) : null}
      <h2>Your requests</h2>
      {rows === undefined ? <p role="status">Loading…</p> : null}
      {rows?.length === 0 ? <p>No requests yet.</p> : null}
      {rows && rows.length > 0 ? (
        <Table bordered fullWidth>
          <caption className="usa-sr-only">Requests you received</caption>
          <thead>
            <tr>
              <th scope="col">Request</th>
              <th scope="col">From</th>
              <th scope="col">Due date</th>
              <th scope="col">Answered</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">
                  <a href={routeHref('supplier', 'inbox', row.id)}>
                    {row.document.siteName} ({row.document.items.length} items)
                  </a>
                </th>
                <td>
                  {row.document.requester.name}
                  {row.document.requester.organization ? `, ${row.document.requester.organization}` : ''}
                </td>
                <td>{dueDateText(row.document.dueDate)}</td>
                <td>{row.respondedAt ? `Sent ${formatDateTime(row.respondedAt)}` : 'Not yet'}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
    </>
  );
}
