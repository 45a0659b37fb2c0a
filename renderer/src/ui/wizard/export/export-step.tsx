import { Button } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useRecipients } from '../../../data';
import { useIdentity } from '../../identity/identity-context';
import type { LoadedAssessment } from '../../../data';
import { ExportOutcome } from './export-outcome';
import { ExportProgress } from './export-progress';
import { ExportSigner } from './export-signer';
import { ExportSummary } from './export-summary';
import { NO_SEAL, sealTargetOf, type SealChoice, type SealErrors } from './seal-choice';
import { SealOptions } from './seal-options';
import { useExport } from './use-export';

/** Sign and export: the signed .airr bundle (optionally sealed with age) or the signed PDF report alone. */
export function ExportStep({ loaded }: { loaded: LoadedAssessment }) {
  const identity = useIdentity();
  const recipients = useRecipients() ?? [];
  const [seal, setSeal] = useState<SealChoice>(NO_SEAL);
  const [errors, setErrors] = useState<SealErrors>({});
  const { state, exportBundle, exportReport, cancel } = useExport(loaded.header.id);
  const { record, signingKey } = identity;
  const signer = record && signingKey ? { record, signingKey } : null;
  const busy = state.phase === 'preparing' || state.phase === 'writing';

  function startBundle() {
    if (!signer) return;
    const target = sealTargetOf(seal, recipients);
    setErrors(target.ok ? {} : target.errors);
    if (!target.ok) {
      const first = Object.keys(target.errors)[0];
      document.getElementById(first === 'recipientId' ? 'seal-recipient' : `seal-${first ?? ''}`)?.focus();
      return;
    }
    void exportBundle(signer, target.value);
  }

  return (
    <>
      <ExportSigner identity={identity} />
      <ExportSummary loaded={loaded} />
      {signer ? (
        <section aria-labelledby="export-actions" className="export-section">
          <h2 id="export-actions">Export</h2>
          <SealOptions value={seal} onChange={setSeal} recipients={recipients} errors={errors} />
          <div className="export-buttons">
            <Button type="button" onClick={startBundle} disabled={busy}>
              Export signed bundle
            </Button>
            <Button type="button" outline onClick={() => void exportReport(signer)} disabled={busy}>
              Save the signed PDF report only
            </Button>
          </div>
          {busy ? (
            <ExportProgress percent={state.phase === 'writing' ? state.percent : null} onCancel={cancel} />
          ) : null}
          <ExportOutcome state={state} fingerprint={signer.record.fingerprint} />
        </section>
      ) : null}
    </>
  );
}
