import { useEffect, useMemo, useState, type ChangeEvent } from 'react';
import { Button } from '@trussworks/react-uswds';
import { useActor } from '../../common/use-actor';
import { formatBytes, formatDateTime } from '../../common/format';
import { newId } from '../../common/new-id';
import { evidenceProblem } from '../../../domain/evidence/sha256-stream';
import { MAX_BUNDLE_BYTES } from '../../../domain/size-limits';
import { failure } from '../../../domain/result';
import { assessorRowsOf } from '../../../domain/supplier/supplier-evidence';
import { useStore } from '../../../data';
import { useSaveTracker } from '../../autosave/save-status-context';
import type { EvidenceRow } from '../../../storage/rows';
import type { LoadedAssessment } from '../../../data';
import { HashingProgress } from './hashing-progress';

/** One evidence file may be as large as a bundle can be; bigger files belong on other media, referenced in notes. */
export const MAX_EVIDENCE_BYTES = MAX_BUNDLE_BYTES;

function Thumbnail({ row }: { row: EvidenceRow }) {
  const url = useMemo(
    () => (row.type.startsWith('image/') ? URL.createObjectURL(row.blob) : null),
    [row.type, row.blob],
  );
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  return url ? <img className="evidence__thumb" src={url} alt={`Thumbnail of ${row.name}`} /> : null;
}

/** Attach, list and remove evidence files of one practice. Each file is hashed at capture (SHA-256). */
export function EvidencePanel({ loaded, practiceId }: { loaded: LoadedAssessment; practiceId: string }) {
  const store = useStore();
  const actor = useActor();
  const { track } = useSaveTracker();
  const [messages, setMessages] = useState<string[]>([]);
  const [busy, setBusy] = useState<{ label: string; done: number; total: number } | null>(null);
  // A supplier's attachments show with its attestation, not as the assessor's evidence to remove.
  const rows = assessorRowsOf(loaded.evidence, loaded.content.supplierAttestations, practiceId);
  const inputId = `evidence-input-${practiceId}`;
  // Not needed to show the panel; fetched now, before a file is picked (a failure shows at attach).
  useEffect(() => void store.preloadHashingCode().catch(() => undefined), [store]);

  async function attach(files: File[]) {
    const problems: string[] = [];
    const accepted = files.filter((file) => {
      const problem = evidenceProblem(file, MAX_EVIDENCE_BYTES);
      if (problem) problems.push(problem);
      return problem === null;
    });
    // Files hash in workers, two at a time (store.hashFile); each is stored, in the order picked, once hashed.
    const progress = new HashingProgress(accepted, setBusy);
    const unreadable = (file: File) =>
      failure('file-unreadable', `“${file.name}” could not be read, so it was not attached.`);
    const jobs = accepted.map((file) => ({
      file,
      hashed: store
        .hashFile(file, (done) => progress.update(file, done))
        .catch(() => unreadable(file))
        .finally(() => progress.finish(file)),
    }));
    for (const { file, hashed: pending } of jobs) {
      const hashed = await pending;
      if (!hashed.ok) {
        problems.push(hashed.message);
        continue;
      }
      const { sha256, crc32 } = hashed.value;
      const row = {
        id: newId(),
        practiceId,
        name: file.name,
        type: file.type || 'application/octet-stream',
        size: file.size,
        sha256,
        crc32,
        capturedAt: new Date().toISOString(),
        blob: file,
      };
      const result = await track(() => store.addEvidence(loaded.header.id, row, actor));
      if (!result.ok) problems.push(result.message);
    }
    setBusy(null);
    setMessages(problems);
  }

  function onPick(event: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(event.target.files ?? []);
    event.target.value = '';
    void attach(files);
  }

  return (
    <div className="evidence">
      <label className="usa-label" htmlFor={inputId}>
        Attach evidence to {practiceId}
      </label>
      <span className="usa-hint" id={`${inputId}-hint`}>
        Photos, documents or any file. Each is stored on this computer with its SHA-256 fingerprint.
      </span>
      <input
        className="app-file-input evidence__input"
        id={inputId}
        type="file"
        multiple
        aria-describedby={`${inputId}-hint`}
        onChange={onPick}
        disabled={busy !== null}
      />
      {busy ? (
        <div role="status">
          <label htmlFor={`${inputId}-progress`}>Hashing {busy.label}</label>{' '}
          <progress id={`${inputId}-progress`} max={busy.total} value={busy.done} />
        </div>
      ) : null}
      {messages.length > 0 ? (
        <div className="usa-alert usa-alert--error usa-alert--slim" role="alert">
          <div className="usa-alert__body">
            {messages.map((message) => (
              <p key={message} className="usa-alert__text">
                {message}
              </p>
            ))}
          </div>
        </div>
      ) : null}
      {rows.length > 0 ? (
        <ul className="evidence__list" aria-label={`Evidence for ${practiceId}`}>
          {rows.map((row) => (
            <li key={row.id} className="evidence__item">
              <Thumbnail row={row} />
              <span>
                <strong>{row.name}</strong> · {formatBytes(row.size)} · captured{' '}
                {formatDateTime(row.capturedAt)}
                <br />
                <code className="evidence__hash" title={row.sha256}>
                  SHA-256 {row.sha256.slice(0, 16)}…
                </code>
              </span>
              <Button
                type="button"
                unstyled
                onClick={() => void track(() => store.removeEvidence(loaded.header.id, row.id, actor))}
              >
                Remove {row.name}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
