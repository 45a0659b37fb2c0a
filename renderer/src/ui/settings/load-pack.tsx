import { useEffect, useRef, useState } from 'react';
import { Alert, Button, ButtonGroup } from '@trussworks/react-uswds';
import { useStore, type PackTrust, type ReadPack } from '../../data';
import { MAX_PACK_FILE_BYTES } from '../../domain/framework/pack-file';
import { useApp } from '../app/app-context';
import { packTrustText } from '../common/pack-trust-text';

type Step =
  | { at: 'idle' }
  | { at: 'preview'; fileName: string; read: ReadPack; trust: PackTrust; refusal: string | null }
  | { at: 'done'; title: string; version: string };

/** Choose a pack file, see what it is and who signed it, then install or cancel; a refusal stores nothing. */
export function LoadPack() {
  const store = useStore();
  const { platform } = useApp();
  const [step, setStep] = useState<Step>({ at: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const at = step.at;
  useEffect(() => {
    if (at === 'preview') document.getElementById('pack-preview-heading')?.focus();
  }, [at]);

  async function trustOf(read: ReadPack): Promise<PackTrust> {
    const signature = read.signature;
    if (signature.kind === 'unsigned') return { kind: 'unsigned' };
    const signerName = [signature.name, signature.organization].filter(Boolean).join(', ');
    const trusted = await store.findTrustedSigner(signature.fingerprint);
    return trusted
      ? { kind: 'signed-trusted', fingerprint: signature.fingerprint, signerName, trustedAs: trusted.label }
      : { kind: 'signed-untrusted', fingerprint: signature.fingerprint, signerName };
  }

  async function choose() {
    setError(null);
    const opened = await platform.openFiles({ extensions: ['airrpack', 'json'], multiple: false });
    if (!opened.ok) return setError(`The file could not be opened: ${opened.message}`);
    const [file] = opened.value;
    if (!file) return;
    setBusy(true);
    // One byte past the cap is enough to refuse an oversized file without reading it whole.
    const bytes = new Uint8Array(await file.blob.slice(0, MAX_PACK_FILE_BYTES + 1).arrayBuffer());
    const read = await store.readPackFile(bytes);
    if (!read.ok) {
      setBusy(false);
      return setError(`Nothing was installed. ${read.message}`);
    }
    const [trust, refused] = await Promise.all([
      trustOf(read.value),
      store.installRefusal({ id: read.value.pack.id, version: read.value.pack.version }),
    ]);
    setBusy(false);
    setStep({
      at: 'preview',
      fileName: file.name,
      read: read.value,
      trust,
      refusal: refused?.message ?? null,
    });
  }

  async function install(read: ReadPack) {
    setBusy(true);
    const installed = await store.installPack(read);
    setBusy(false);
    if (!installed.ok) return setError(`Nothing was installed. ${installed.message}`);
    setError(null);
    setStep({ at: 'done', title: read.pack.title, version: read.pack.version });
    heading.current?.focus();
  }

  function cancel() {
    setStep({ at: 'idle' });
    setError(null);
    heading.current?.focus();
  }

  return (
    <>
      <h3 id="load-pack-heading" ref={heading} tabIndex={-1}>
        Load a pack file
      </h3>
      <p>
        A pack file (.airrpack) is checked against the pack schema and its signature before anything is
        stored.
      </p>
      {error ? (
        <Alert type="error" role="alert" slim data-testid="pack-error">
          {error}
        </Alert>
      ) : null}
      {step.at === 'done' ? (
        <Alert type="success" role="status" slim>
          Installed {step.title} version {step.version}.
        </Alert>
      ) : null}
      {step.at === 'preview' ? (
        <div data-testid="pack-preview">
          <h4 id="pack-preview-heading" tabIndex={-1}>
            “{step.fileName}”
          </h4>
          <dl className="review-figures">
            <div>
              <dt>Title</dt>
              <dd>{step.read.pack.title}</dd>
            </div>
            <div>
              <dt>Id and version</dt>
              <dd>
                {step.read.pack.id} {step.read.pack.version}
              </dd>
            </div>
            <div>
              <dt>Practices</dt>
              <dd>{step.read.pack.practices.length}</dd>
            </div>
            <div>
              <dt>Signature</dt>
              <dd data-testid="pack-preview-signature">{packTrustText(step.trust)}</dd>
            </div>
          </dl>
          {step.trust.kind === 'unsigned' ? (
            <Alert type="warning" slim>
              This pack is unsigned: nothing shows who published it or that it is unchanged. Install it only
              if you got it from its publisher directly.
            </Alert>
          ) : null}
          {step.refusal ? (
            <Alert type="error" role="alert" slim>
              {step.refusal}
            </Alert>
          ) : null}
          <ButtonGroup>
            <Button
              type="button"
              disabled={busy || step.refusal !== null}
              onClick={() => void install(step.read)}
            >
              Install
            </Button>
            <Button type="button" outline onClick={cancel}>
              Cancel
            </Button>
          </ButtonGroup>
        </div>
      ) : (
        <Button type="button" disabled={busy} onClick={() => void choose()}>
          Choose a pack file
        </Button>
      )}
    </>
  );
}
