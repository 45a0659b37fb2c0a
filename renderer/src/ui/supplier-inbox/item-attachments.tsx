import { Alert, AlertText, Button } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useStore } from '../../data';
import type { SupplierAttachmentRow } from '../../storage/supplier-rows';
import { useApp } from '../app/app-context';
import { formatBytes } from '../common/format';

/** The files attached to one item's answer: add (hashed, stored on this device) and remove. */
export function ItemAttachments({
  requestId,
  itemId,
  index,
  files,
}: {
  requestId: string;
  itemId: string;
  index: number;
  files: readonly SupplierAttachmentRow[];
}) {
  const store = useStore();
  const { platform } = useApp();
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function add() {
    setProblem(null);
    const opened = await platform.openFiles({ extensions: [], multiple: true });
    if (!opened.ok) {
      setProblem(opened.message);
      return;
    }
    setBusy(true);
    for (const file of opened.value) {
      const stored = await store.attachSupplierFile(requestId, itemId, file);
      if (!stored.ok) setProblem(stored.message);
    }
    setBusy(false);
  }

  async function remove(id: string) {
    const removed = await store.removeInboxAttachment(id);
    if (!removed.ok) setProblem(removed.message);
    else document.getElementById(`item-${index}-add-file`)?.focus();
  }

  return (
    <div className="supplier-attachments">
      <h4 id={`item-${index}-files`}>Attachments</h4>
      {files.length === 0 ? <p>No files attached.</p> : null}
      {files.length > 0 ? (
        <ul aria-labelledby={`item-${index}-files`} data-testid={`item-${index}-attachments`}>
          {files.map((file) => (
            <li key={file.id}>
              {file.name} ({formatBytes(file.size)}, SHA-256 <code>{file.sha256.slice(0, 12)}…</code>){' '}
              <Button type="button" unstyled onClick={() => void remove(file.id)}>
                Remove <span className="usa-sr-only">{file.name}</span>
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {problem ? (
        <Alert type="error" slim role="alert">
          <AlertText>{problem}</AlertText>
        </Alert>
      ) : null}
      <Button type="button" outline id={`item-${index}-add-file`} onClick={() => void add()} disabled={busy}>
        {busy ? 'Attaching…' : 'Attach a file…'}
      </Button>
    </div>
  );
}
