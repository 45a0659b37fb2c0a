import type { RequestItem, SupplierRequestDocument } from '../../domain/supplier/supplier-documents';

const ROLE_NAMES = { CCP: 'Cloud and compute infrastructure provider', AID: 'AI developer' } as const;

/** The due date as people read it ("March 31, 2026"), computed in UTC so it never shifts a day. */
export function dueDateText(date: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime())
    ? date
    : parsed.toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

export function systemsText(request: SupplierRequestDocument, item: RequestItem): string {
  if (item.systemIds.length === 0) return 'All systems in this request';
  const names = new Map(request.systems.map((system) => [system.id, system.name || system.id]));
  return item.systemIds.map((id) => names.get(id) ?? id).join(', ');
}

/** Who asks, of whom, for which site and by when. */
export function RequestFacts({ request }: { request: SupplierRequestDocument }) {
  const requester = [request.requester.name, request.requester.organization, request.requester.contact]
    .filter((part) => part.trim() !== '')
    .join(', ');
  return (
    <dl className="certificate-details" data-testid="request-facts">
      <div>
        <dt>Site</dt>
        <dd>{request.siteName}</dd>
      </div>
      <div>
        <dt>Requested by</dt>
        <dd>{requester}</dd>
      </div>
      <div>
        <dt>Your role</dt>
        <dd>{ROLE_NAMES[request.role]}</dd>
      </div>
      <div>
        <dt>Due date</dt>
        <dd>{dueDateText(request.dueDate)}</dd>
      </div>
      <div>
        <dt>Marking</dt>
        <dd>{[request.marking.tlp, request.marking.text].filter(Boolean).join(' ')}</dd>
      </div>
      {request.instructions.trim() ? (
        <div>
          <dt>Instructions</dt>
          <dd className="pre-line">{request.instructions}</dd>
        </div>
      ) : null}
    </dl>
  );
}

/** The items a request asks, read-only. */
export function RequestItems({ request }: { request: SupplierRequestDocument }) {
  return (
    <>
      <h3>Items to answer ({request.items.length})</h3>
      <ol className="supplier-items">
        {request.items.map((item) => (
          <li key={item.id}>
            <p>{item.question}</p>
            <p>
              <strong>Evidence requested:</strong> {item.evidenceRequested || 'None'}
            </p>
            <p>
              <strong>Systems:</strong> {systemsText(request, item)}
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
