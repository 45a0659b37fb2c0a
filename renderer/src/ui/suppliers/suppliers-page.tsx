import { routeHref } from '../app/router';
import { usePageTitle } from '../common/use-page-title';
import { ResponseImport } from './response-import';
import { SentRequestsTable } from './sent-requests-table';

/** Requester side of the supplier hand-off: the requests sent, and taking a supplier's response in. */
export function SuppliersPage() {
  usePageTitle('Suppliers');
  return (
    <>
      <h1>Suppliers</h1>
      <p>
        Requests you sent to cloud/compute providers and AI developers, and their signed responses. To ask a
        supplier, open an assessment and choose <strong>Ask a supplier</strong>.{' '}
        <a href={routeHref('supplier', 'inbox')}>Answer a request you received</a>
      </p>
      <SentRequestsTable />
      <ResponseImport />
    </>
  );
}
