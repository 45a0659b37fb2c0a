import { useEffect, useRef, useState } from 'react';
import type { OpenedFile } from '../../platform';
import { Alert, AlertHeading, AlertText, Button } from '@trussworks/react-uswds';
import { useStore } from '../../data';
import { useApp } from '../app/app-context';
import { routeHref } from '../app/router';
import { usePageTitle } from '../common/use-page-title';
import { useImportInbox } from './import-inbox';
import { SealedKeyForm } from './sealed-key-form';
import { useImportFlow } from './use-import-flow';
import { RejectedBanner } from './verdict-banner';
import { VerifiedView } from './verified-view';
import { WorkPackageImport } from '../team/work-package-import';

/** Import: choose a bundle, see the verdict and a preview, then accept or cancel. Nothing is stored before. */
export function ImportPage() {
  usePageTitle('Import a bundle');
  const { platform } = useApp();
  const inbox = useImportInbox();
  const { state, open, unlock, accept, reset } = useImportFlow();
  const store = useStore();
  // Not needed to show this screen; fetched now, while the user picks a file (a failure shows at verify).
  useEffect(() => void store.preloadImportCode().catch(() => undefined), [store]);
  // A file that could not even be read (too large, changed on disk, unreadable): nothing was checked.
  const [chooseProblem, setChooseProblem] = useState<string | null>(null);
  const problem = chooseProblem ?? inbox.problem ?? (state.step === 'unreadable' ? state.message : null);

  // A file the OS asked us to open (file association) is verified as if the user had chosen it here.
  // The ref keeps a file from being verified twice when the effect runs again before the inbox empties.
  const handled = useRef<OpenedFile | null>(null);
  useEffect(() => {
    const file = inbox.pending;
    if (!file || handled.current === file) return;
    handled.current = file;
    inbox.take();
    setChooseProblem(null);
    void open(file);
  }, [inbox, open]);

  async function choose() {
    setChooseProblem(null);
    inbox.dismissProblem();
    const opened = await platform.openFiles({ extensions: ['airr', 'age'], multiple: false });
    if (!opened.ok) {
      setChooseProblem(opened.message);
      return;
    }
    const [file] = opened.value;
    if (file) await open(file);
  }

  return (
    <>
      <h1>Import a bundle</h1>
      {problem ? (
        <Alert type="error" role="alert">
          <AlertHeading level="h2">The file could not be opened</AlertHeading>
          <AlertText>{problem} Nothing was checked or stored.</AlertText>
        </Alert>
      ) : null}
      {state.step === 'choose' ? (
        <>
          <p>
            Choose an assessment bundle (.airr) or a sealed bundle (.airr.age). It is checked completely
            (every file, the signature, the signer) before you decide whether to store it.
          </p>
          <Button type="button" onClick={() => void choose()}>
            Choose a bundle file…
          </Button>
        </>
      ) : (
        <p>
          File: <strong data-testid="import-file-name">{state.fileName}</strong>
        </p>
      )}
      {state.step === 'reading' ? <p role="status">Checking the bundle…</p> : null}
      {state.step === 'needs-key' ? (
        <SealedKeyForm fileName={state.fileName} error={state.error} onUnlock={unlock} onCancel={reset} />
      ) : null}
      {state.step === 'rejected' ? (
        <>
          <RejectedBanner failure={state.failure} />
          <Button type="button" onClick={reset}>
            Choose another file
          </Button>
        </>
      ) : null}
      {state.step === 'unreadable' ? (
        <Button type="button" onClick={reset}>
          Choose another file
        </Button>
      ) : null}
      {state.step === 'verified' && state.prepared.verdict.manifest.workPackage ? (
        <WorkPackageImport prepared={state.prepared} onCancel={reset} />
      ) : null}
      {state.step === 'verified' && !state.prepared.verdict.manifest.workPackage ? (
        <VerifiedView
          prepared={state.prepared}
          plan={state.plan}
          refusal={state.refusal}
          onAccept={(keep, keyChange) => void accept(keep, keyChange)}
          onCancel={reset}
        />
      ) : null}
      {state.step === 'stored' ? (
        <>
          <Alert type="success" role="status" data-testid="import-result">
            <AlertText>{state.stored.message}</AlertText>
          </Alert>
          <p className="app-actions">
            <a className="usa-button" href={routeHref('assessments', state.stored.assessmentId, 'review')}>
              Open the assessment
            </a>
            <Button type="button" outline onClick={reset}>
              Import another bundle
            </Button>
          </p>
        </>
      ) : null}
    </>
  );
}
