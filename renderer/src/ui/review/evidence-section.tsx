import { useEffect, useMemo, useState } from 'react';
import { Button } from '@trussworks/react-uswds';
import { useApp } from '../app/app-context';
import { formatBytes, formatDateTime } from '../common/format';
import { saveBlob } from '../common/save-blob';
import type { EvidenceRow } from '../../storage/rows';
import type { LoadedAssessment } from '../../data';

function Preview({ row }: { row: EvidenceRow }) {
  const url = useMemo(
    () => (row.type.startsWith('image/') ? URL.createObjectURL(row.blob) : null),
    [row.type, row.blob],
  );
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  return url ? (
    <img className="evidence__preview" src={url} alt={`${row.name}, evidence for ${row.practiceId}`} />
  ) : null;
}

/** Evidence with its SHA-256: images shown inline, any file can be saved out. */
export function EvidenceSection({ loaded }: { loaded: LoadedAssessment }) {
  const { platform } = useApp();
  const [message, setMessage] = useState<string | null>(null);
  const save = async (row: EvidenceRow) => {
    const saved = await saveBlob(platform, row.blob, row.name, []);
    if (!saved.ok) setMessage(`“${row.name}” could not be saved: ${saved.message}`);
    else setMessage(saved.value ? `Saved “${saved.value}”.` : null);
  };
  return (
    <section aria-labelledby="evidence-heading">
      <h2 id="evidence-heading">Evidence ({loaded.evidence.length})</h2>
      {message ? <p role="status">{message}</p> : null}
      {loaded.evidence.length === 0 ? <p>No evidence files.</p> : null}
      <ul className="evidence__list">
        {loaded.evidence.map((row) => (
          <li key={row.id} className="evidence__item evidence__item--review">
            <Preview row={row} />
            <span>
              <strong>{row.name}</strong> · {row.practiceId} · {formatBytes(row.size)} · captured{' '}
              {formatDateTime(row.capturedAt)}
              <br />
              <code className="evidence__hash">SHA-256 {row.sha256}</code>
            </span>
            <Button type="button" outline onClick={() => void save(row)}>
              Save a copy of {row.name}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
