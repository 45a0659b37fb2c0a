import { useEffect, useRef, useState } from 'react';
import { Alert, Button, ButtonGroup } from '@trussworks/react-uswds';
import { useStore, useUpgradeTarget, type UpgradeSummary } from '../../data';
import type { PackRef } from '../../domain/assessment/model';
import type { AssessmentHeader } from '../../storage/rows';
import { inOrder } from '../autosave/in-order';
import { flushPendingSaves } from '../autosave/pending-saves';
import { useActor } from '../common/use-actor';
import { UpgradeSummaryList } from './upgrade-summary-list';

type Step =
  | { kind: 'idle' }
  | { kind: 'preview'; to: PackRef; summary: UpgradeSummary }
  | { kind: 'done'; to: PackRef; summary: UpgradeSummary };

/**
 * Offered on an assessment made here when a newer installed version of its pack maps from its version:
 * "Upgrade to <version>" shows what would change, and only "Confirm upgrade" writes it (one journaled write).
 */
export function PackUpgradeSection({ header }: { header: AssessmentHeader }) {
  const store = useStore();
  const actor = useActor();
  const target = useUpgradeTarget({ id: header.packId, version: header.packVersion });
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = step.kind;
  // The button that led to the next step is gone: focus moves to the section's heading, above what changed.
  useEffect(() => {
    if (shown !== 'idle') heading.current?.focus();
  }, [shown]);
  if (step.kind !== 'done' && !target) return null;

  const preview = async (to: PackRef) => {
    setBusy(true);
    const result = await store.previewUpgrade(header.id, to);
    setBusy(false);
    if (!result.ok) return setProblem(result.message);
    setProblem(null);
    setStep({ kind: 'preview', to, summary: result.value });
  };
  const confirm = async (to: PackRef) => {
    setBusy(true);
    // Edits still being saved go first and in order; any the log holds are applied inside the upgrade.
    await flushPendingSaves();
    const result = await inOrder(header.id, () => store.upgradeToPack(header.id, to, actor));
    setBusy(false);
    if (!result.ok) return setProblem(result.message);
    setProblem(null);
    setStep({ kind: 'done', to, summary: result.value });
  };

  return (
    <section aria-labelledby="pack-upgrade-heading">
      <h2 id="pack-upgrade-heading" ref={heading} tabIndex={-1}>
        Framework pack version
      </h2>
      {problem ? (
        <Alert type="error" role="alert" slim>
          {problem}
        </Alert>
      ) : null}
      {step.kind === 'done' ? (
        <Alert type="success" role="status">
          <strong>
            Upgraded to {step.to.id} {step.to.version}.
          </strong>
          <p>The change is journaled; the next export is a new revision on this pack version.</p>
          <UpgradeSummaryList summary={step.summary} />
        </Alert>
      ) : step.kind === 'preview' ? (
        <>
          <p>
            Upgrading from {header.packId} {header.packVersion} to {step.to.version} would make these changes.
            Practices without a carried answer become “Not yet assessed”.
          </p>
          <UpgradeSummaryList summary={step.summary} />
          <ButtonGroup>
            <Button type="button" disabled={busy} onClick={() => void confirm(step.to)}>
              Confirm upgrade
            </Button>
            <Button
              type="button"
              outline
              onClick={() => {
                setStep({ kind: 'idle' });
                heading.current?.focus();
              }}
            >
              Cancel
            </Button>
          </ButtonGroup>
        </>
      ) : target ? (
        <>
          <p>
            This assessment is on {header.packId} {header.packVersion}. A newer version of its pack is
            installed: {target.version}. It stays on its version unless you upgrade it.
          </p>
          <Button type="button" disabled={busy} onClick={() => void preview(target)}>
            Upgrade to {target.version}
          </Button>
        </>
      ) : null}
    </section>
  );
}
