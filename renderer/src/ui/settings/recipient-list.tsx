import { Button } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useStore } from '../../data';
import type { RecipientRow } from '../../storage/rows';
import { formatDateTime } from '../common/format';

/** The saved recipients with a remove button each; focus returns to the section after a removal. */
export function RecipientList({
  recipients,
  onRemoved,
}: {
  recipients: RecipientRow[];
  onRemoved: () => void;
}) {
  const store = useStore();
  const [message, setMessage] = useState('');

  async function remove(row: RecipientRow) {
    const result = await store.removeRecipient(row.id);
    setMessage(result.ok ? `Removed “${row.label}”.` : result.message);
    onRemoved();
  }

  return (
    <>
      {recipients.length === 0 ? (
        <p>No recipients yet.</p>
      ) : (
        <table className="usa-table usa-table--compact recipient-table">
          <caption className="usa-sr-only">Saved age recipients</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Recipient</th>
              <th scope="col">Added</th>
              <th scope="col">
                <span className="usa-sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {recipients.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.label}</th>
                <td>
                  <code className="fingerprint">{row.recipient}</code>
                </td>
                <td>{formatDateTime(row.addedAt)}</td>
                <td>
                  <Button
                    type="button"
                    unstyled
                    onClick={() => void remove(row)}
                    aria-label={`Remove ${row.label}`}
                  >
                    Remove
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p role="status" className="usa-hint">
        {message}
      </p>
    </>
  );
}
