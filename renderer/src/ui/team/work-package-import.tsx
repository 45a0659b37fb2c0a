import { Alert, AlertHeading, AlertText, Button } from '@trussworks/react-uswds';
import { useEffect, useState } from 'react';
import { useStore } from '../../data';
import type { PreparedImport } from '../../storage/import-repository';
import type { PreparedMerge } from '../../services/work-package/merge-return';
import { routeHref } from '../app/router';
import { AssessmentPackGate } from '../common/assessment-pack-gate';
import { MergeView } from './merge-view';

type Shown =
  { kind: 'checking' } | { kind: 'refused'; message: string } | { kind: 'merge'; merge: PreparedMerge };

/** A verified return: checked against the package this device handed out, then the merge page. */
function ReturnImport({ prepared, onCancel }: { prepared: PreparedImport; onCancel: () => void }) {
  const store = useStore();
  const [shown, setShown] = useState<Shown>({ kind: 'checking' });
  useEffect(() => {
    let live = true;
    void store.prepareReturnMerge(prepared).then((result) => {
      if (!live) return;
      setShown(
        result.ok ? { kind: 'merge', merge: result.value } : { kind: 'refused', message: result.message },
      );
    });
    return () => {
      live = false;
    };
  }, [store, prepared]);
  if (shown.kind === 'checking') return <p role="status">Preparing the merge…</p>;
  if (shown.kind === 'refused')
    return (
      <>
        <Alert type="error" role="alert">
          <AlertHeading level="h2">The return cannot be merged</AlertHeading>
          <AlertText data-testid="return-refused">{shown.message}</AlertText>
        </Alert>
        <Button type="button" onClick={onCancel}>
          Choose another file
        </Button>
      </>
    );
  // The merge page names practices by the return's own pack (the merge was computed on it), not the built-in.
  const { pack } = prepared.verdict.document;
  const missing = (
    <p role="alert">
      The framework pack {pack.id} {pack.version} is not installed, so the return cannot be merged.
    </p>
  );
  return (
    <AssessmentPackGate header={{ packId: pack.id, packVersion: pack.version }} missing={missing}>
      <MergeView prepared={shown.merge} />
    </AssessmentPackGate>
  );
}

/** A verified hand-out: opened as a working copy on the assignee's device. */
function HandOutImport({ prepared, onCancel }: { prepared: PreparedImport; onCancel: () => void }) {
  const store = useStore();
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const { document, signer } = prepared.verdict;
  async function open() {
    const stored = await store.openHandOut(prepared);
    setOutcome(
      stored.ok
        ? { ok: true, text: 'The work package is open as your working copy.' }
        : { ok: false, text: stored.message },
    );
  }
  return (
    <section aria-labelledby="hand-out-import-heading">
      <h2 id="hand-out-import-heading">Work package from {signer.subject.name}</h2>
      <p>
        “{document.content.title || 'Untitled assessment'}” ({document.content.site.name}), handed out to you
        to work on and return.
      </p>
      {outcome?.ok ? (
        <>
          <p role="status" data-testid="import-result">
            {outcome.text}
          </p>
          <p>
            <a className="usa-button" href={routeHref('assessments', document.id, 'setup')}>
              Open the working copy
            </a>
          </p>
        </>
      ) : (
        <p className="app-actions">
          <Button type="button" onClick={() => void open()}>
            Open the work package
          </Button>
          <Button type="button" outline onClick={onCancel}>
            Cancel
          </Button>
        </p>
      )}
      {outcome && !outcome.ok ? (
        <p role="alert" data-testid="hand-out-refused">
          {outcome.text}
        </p>
      ) : null}
    </section>
  );
}

/** A verified bundle that is a work package: a hand-out to open, or a return to merge. */
export function WorkPackageImport({
  prepared,
  onCancel,
}: {
  prepared: PreparedImport;
  onCancel: () => void;
}) {
  return prepared.verdict.manifest.workPackage?.role === 'return' ? (
    <ReturnImport prepared={prepared} onCancel={onCancel} />
  ) : (
    <HandOutImport prepared={prepared} onCancel={onCancel} />
  );
}
