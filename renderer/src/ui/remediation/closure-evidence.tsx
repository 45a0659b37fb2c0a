import { useState, type ChangeEvent } from 'react';
import { Button } from '@trussworks/react-uswds';
import { useStore } from '../../data';
import { useApp } from '../app/app-context';
import { useActor } from '../common/use-actor';
import { formatBytes, formatDateTime } from '../common/format';
import { newId } from '../common/new-id';
import { saveBlob } from '../common/save-blob';
import { evidenceProblem } from '../../domain/evidence/sha256-stream';
import type { ClosureEvidence } from '../../domain/remediation/model';
import { MAX_EVIDENCE_BYTES } from '../wizard/area/evidence-panel';

/** Files proving a closure, hashed (SHA-256) at capture like assessment evidence; saved at once, journaled. */
export function ClosureEvidenceList({
  assessmentId,
  findingId,
  idPrefix,
  label,
  files,
}: {
  assessmentId: string;
  findingId: string;
  idPrefix: string;
  label: string;
  files: readonly ClosureEvidence[];
}) {
  const { platform } = useApp();
  const store = useStore();
  const actor = useActor();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const attach = async (picked: File[]) => {
    const problems: string[] = [];
    setBusy(true);
    for (const file of picked) {
      const problem = evidenceProblem(file, MAX_EVIDENCE_BYTES);
      if (problem) {
        problems.push(problem);
        continue;
      }
      try {
        const hashed = await store.hashFile(file);
        if (!hashed.ok) {
          problems.push(hashed.message);
          continue;
        }
        const { sha256 } = hashed.value;
        const row = {
          id: newId(),
          name: file.name,
          type: file.type || 'application/octet-stream',
          size: file.size,
          sha256,
          capturedAt: new Date().toISOString(),
          blob: file,
        };
        const result = await store.addClosureEvidence(assessmentId, findingId, row, actor);
        if (!result.ok) problems.push(result.message);
      } catch {
        problems.push(`“${file.name}” could not be read, so it was not attached.`);
      }
    }
    setBusy(false);
    setMessage(problems.length > 0 ? problems.join(' ') : 'Closure evidence attached and journaled.');
  };
  const onPick = (event: ChangeEvent<HTMLInputElement>) => {
    const picked = Array.from(event.target.files ?? []);
    event.target.value = '';
    void attach(picked);
  };
  const save = async (file: ClosureEvidence) => {
    const blob = await store.getClosureEvidenceBlob(assessmentId, file.id);
    if (!blob) return setMessage(`“${file.name}” is no longer stored.`);
    const saved = await saveBlob(platform, blob, file.name, []);
    if (!saved.ok) setMessage(`Not saved: ${saved.message}`);
    else setMessage(saved.value ? `Saved “${saved.value}”.` : null);
  };
  const remove = async (file: ClosureEvidence) => {
    const result = await store.removeClosureEvidence(assessmentId, findingId, file.id, actor);
    setMessage(result.ok ? `“${file.name}” removed.` : result.message);
  };
  return (
    <div className="closure-evidence">
      <label className="usa-label" htmlFor={`${idPrefix}-closure-input`}>
        Attach closure evidence to {label}
      </label>
      <input
        className="app-file-input"
        id={`${idPrefix}-closure-input`}
        type="file"
        multiple
        disabled={busy}
        onChange={onPick}
      />
      {files.length > 0 ? (
        <ul className="usa-list">
          {files.map((file) => (
            <li key={file.id}>
              {file.name} · {formatBytes(file.size)} · {formatDateTime(file.capturedAt)} · SHA-256{' '}
              <code className="fingerprint">{file.sha256}</code>{' '}
              <Button type="button" unstyled onClick={() => void save(file)}>
                Save “{file.name}”
              </Button>{' '}
              <Button type="button" unstyled onClick={() => void remove(file)}>
                Remove “{file.name}”
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {message ? <p role="status">{message}</p> : null}
    </div>
  );
}
