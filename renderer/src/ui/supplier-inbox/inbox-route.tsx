import { NotFoundPage } from '../app/not-found-page';
import { SupplierAnswerPage } from './answer-page';
import { SupplierInboxPage } from './inbox-page';

/** "#/supplier/inbox" and "#/supplier/inbox/<request id>". */
export function SupplierInboxRoute({ parts: [second, third] }: { parts: [string?, string?] }) {
  if (second !== 'inbox') return <NotFoundPage />;
  return third ? <SupplierAnswerPage key={third} requestId={third} /> : <SupplierInboxPage />;
}
