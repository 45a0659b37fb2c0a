import { Button } from '@trussworks/react-uswds';
import { useState } from 'react';
import { useRecipients } from '../../../data';
import { useIdentity } from '../../identity/identity-context';
import type { LoadedAssessment } from '../../../data';
import { ExportOutcome } from './export-outcome';
import { ExportProgress } from './export-progress';
import { ExportSigner } from './export-signer';
import { ExportSummary } from './export-summary';
import { NO_SEAL, checkedSealTarget, type SealChoice, type SealErrors } from './seal-choice';
import { SealOptions } from './seal-options';
import { useExport } from './use-export';
import { FULL_PROFILE, profileCategories, type RedactionProfile } from '../../../domain/redaction/profiles';
import { RedactionOptions } from './redaction-options';
import { RedactionPreview } from './redaction-preview';

const NO_CATEGORY = 'Choose at least one kind of information to remove, or choose Full (no redaction).';

/** Sign and export: the signed .airr bundle (optionally sealed with age) or the signed PDF report alone. */
export function ExportStep({ loaded }: { loaded: LoadedAssessment }) {
  const identity = useIdentity();
  const recipients = useRecipients() ?? [];
  const [seal, setSeal] = useState<SealChoice>(NO_SEAL);
  const [errors, setErrors] = useState<SealErrors>({});
  const [redaction, setRedaction] = useState<RedactionProfile>(FULL_PROFILE);
  const [redactionError, setRedactionError] = useState<string | undefined>();
  const { state, exportBundle, exportReport, cancel } = useExport(loaded.header.id);
  const { record, signingKey } = identity;
  const signer = record && signingKey ? { record, signingKey } : null;
  const busy = state.phase === 'preparing' || state.phase === 'writing';

  /** A Custom profile with nothing chosen is a mistake, not a full export. */
  function redactionReady(): boolean {
    const empty = redaction.id === 'custom' && profileCategories(redaction).length === 0;
    setRedactionError(empty ? NO_CATEGORY : undefined);
    if (empty) document.getElementById('redaction-category-people')?.focus();
    return !empty;
  }

  function startReport() {
    if (signer && redactionReady()) void exportReport(signer, redaction);
  }

  function startBundle() {
    if (!signer || !redactionReady()) return;
    const sealTarget = checkedSealTarget(seal, recipients, setErrors);
    if (sealTarget === undefined) return;
    void exportBundle(signer, sealTarget, redaction);
  }

  return (
    <>
      <ExportSigner identity={identity} />
      <ExportSummary loaded={loaded} />
      {signer ? (
        <section aria-labelledby="export-actions" className="export-section">
          <h2 id="export-actions">Export</h2>
          <RedactionOptions value={redaction} onChange={setRedaction} error={redactionError} />
          <RedactionPreview loaded={loaded} profile={redaction} />
          <SealOptions value={seal} onChange={setSeal} recipients={recipients} errors={errors} />
          <div className="export-buttons">
            <Button type="button" onClick={startBundle} disabled={busy}>
              Export signed bundle
            </Button>
            <Button type="button" outline onClick={startReport} disabled={busy}>
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
