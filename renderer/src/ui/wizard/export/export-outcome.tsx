import { Alert, AlertHeading, AlertText } from '@trussworks/react-uswds';
import { useEffect, useRef, useState } from 'react';
import { FingerprintText } from '../../common/fingerprint-text';
import type { ExportPhase } from './use-export';

type Digest = { state: 'done'; hex: string } | { state: 'failed'; message: string };

/**
 * The saved file's SHA-256, which a worker may still be computing after the file is saved (it reads the
 * stored evidence itself): "Computing…" until then, so the user is not kept waiting for the confirmation.
 */
function FileDigest({ digest }: { digest: Promise<string> }) {
  const [settled, setSettled] = useState<{ of: Promise<string>; shown: Digest } | null>(null);
  useEffect(() => {
    let current = true;
    digest.then(
      (hex) => current && setSettled({ of: digest, shown: { state: 'done', hex } }),
      (error: unknown) =>
        current &&
        setSettled({
          of: digest,
          shown: { state: 'failed', message: error instanceof Error ? error.message : String(error) },
        }),
    );
    return () => {
      current = false;
    };
  }, [digest]);
  const shown = settled?.of === digest ? settled.shown : null;
  if (shown?.state === 'done')
    return (
      <code className="fingerprint" data-testid="export-file-sha256">
        {shown.hex}
      </code>
    );
  if (shown?.state === 'failed') return <span data-testid="export-file-sha256-failed">{shown.message}</span>;
  return <span data-testid="export-file-sha256-computing">Computing… (the file is already saved)</span>;
}

/** The confirmation after a save, or why it failed; focus moves here so keyboard users hear the outcome. */
export function ExportOutcome({ state, fingerprint }: { state: ExportPhase; fingerprint: string }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.phase === 'done' || state.phase === 'failed' || state.phase === 'cancelled')
      box.current?.focus();
  }, [state.phase]);
  return (
    <div ref={box} tabIndex={-1} className="export-outcome" aria-live="polite">
      {state.phase === 'done' ? (
        <Alert type="success">
          <AlertHeading level="h3">
            {state.what === 'bundle' ? 'Bundle exported' : 'Report saved'}
          </AlertHeading>
          <dl className="certificate-details">
            <div>
              <dt>File</dt>
              <dd data-testid="export-file-name">{state.result.name}</dd>
            </div>
            <div>
              <dt>SHA-256 of the file</dt>
              <dd>
                <FileDigest digest={state.result.sha256} />
              </dd>
            </div>
            <div>
              <dt>Signed by (SHA-256 fingerprint)</dt>
              <dd>
                <FingerprintText fingerprint={fingerprint} />
              </dd>
            </div>
          </dl>
        </Alert>
      ) : null}
      {state.phase === 'failed' ? (
        <Alert type="error">
          <AlertHeading level="h3">The export did not complete</AlertHeading>
          <AlertText>{state.message} Nothing was saved.</AlertText>
        </Alert>
      ) : null}
      {state.phase === 'cancelled' ? (
        <Alert type="info" slim>
          <AlertText>The export was canceled. Nothing was saved.</AlertText>
        </Alert>
      ) : null}
    </div>
  );
}
