import { useEffect, useRef, useState } from 'react';
import { Alert, AlertHeading, AlertText, Button, ButtonGroup } from '@trussworks/react-uswds';
import type { AiSystem } from '../../../domain/assessment/model';
import { parseCycloneDxSystems } from '../../../domain/handoff/cyclonedx-import';
import { planSystemImport, type SystemImportPlan } from '../../../domain/handoff/system-import-plan';
import { MAX_CYCLONEDX_BYTES } from '../../../domain/size-limits';
import { addItems } from '../../../data';
import { useApp } from '../../app/app-context';
import { useTrackedChange } from '../../autosave/use-change';
import { newId } from '../../common/new-id';

type State =
  | { step: 'idle'; added?: string }
  | { step: 'problem'; message: string }
  | { step: 'preview'; fileName: string; plan: SystemImportPlan };

const systemsCount = (count: number) => `${count} AI system${count === 1 ? '' : 's'}`;

/**
 * Seeds the AI-system inventory from a supplier's CycloneDX BOM: choose the file, see which systems would be
 * added and which are skipped as duplicates, then add them all in one change or cancel. Nothing is stored
 * before "Add"; a file that cannot be read changes nothing.
 */
export function SystemImport({ systems }: { systems: AiSystem[] }) {
  const { platform } = useApp();
  const change = useTrackedChange();
  const [state, setState] = useState<State>({ step: 'idle' });
  const previewHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (state.step === 'preview') previewHeading.current?.focus();
  }, [state.step]);

  async function choose() {
    const opened = await platform.openFiles({ extensions: ['json'], multiple: false });
    if (!opened.ok) {
      setState({ step: 'problem', message: opened.message });
      return;
    }
    const [file] = opened.value;
    if (!file) return;
    // One byte past the bound is enough for the parser to refuse a larger file without reading all of it.
    const bytes = new Uint8Array(await file.blob.slice(0, MAX_CYCLONEDX_BYTES + 1).arrayBuffer());
    const parsed = parseCycloneDxSystems(bytes);
    if (!parsed.ok) {
      setState({ step: 'problem', message: `“${file.name}”: ${parsed.message}` });
      return;
    }
    setState({ step: 'preview', fileName: file.name, plan: planSystemImport(systems, parsed.value) });
  }

  async function accept(plan: SystemImportPlan, fileName: string) {
    const result = await change(
      addItems(
        'systems',
        plan.toAdd.map((system) => ({ ...system, id: newId() })),
      ),
    );
    if (!result.ok) {
      setState({ step: 'problem', message: result.message });
      return;
    }
    setState({ step: 'idle', added: `Added ${systemsCount(plan.toAdd.length)} from “${fileName}”.` });
  }

  return (
    <section aria-labelledby="system-import-heading" className="margin-top-4">
      <h3 id="system-import-heading">Import AI systems from a CycloneDX BOM</h3>
      <p className="usa-hint">
        A supplier&apos;s CycloneDX 1.5 or 1.6 BOM (JSON): each machine-learning model in it becomes an AI
        system. You see what would be added before anything changes.
      </p>
      {state.step === 'problem' ? (
        <Alert type="error" role="alert">
          <AlertHeading level="h4">The BOM could not be imported</AlertHeading>
          <AlertText>{state.message} Nothing was changed.</AlertText>
        </Alert>
      ) : null}
      {state.step === 'idle' && state.added ? <p role="status">{state.added}</p> : null}
      {state.step === 'preview' ? (
        <ImportPreview
          state={state}
          heading={previewHeading}
          onAccept={() => void accept(state.plan, state.fileName)}
          onCancel={() => setState({ step: 'idle' })}
        />
      ) : (
        <Button type="button" outline onClick={() => void choose()}>
          Import AI systems from a CycloneDX BOM…
        </Button>
      )}
    </section>
  );
}

function ImportPreview({
  state,
  heading,
  onAccept,
  onCancel,
}: {
  state: Extract<State, { step: 'preview' }>;
  heading: React.RefObject<HTMLHeadingElement | null>;
  onAccept: () => void;
  onCancel: () => void;
}) {
  const { toAdd, skipped } = state.plan;
  return (
    <div className="usa-summary-box" data-testid="system-import-preview">
      <h4 ref={heading} tabIndex={-1} className="usa-summary-box__heading">
        From “{state.fileName}”:{' '}
        {toAdd.length === 0 ? 'nothing to add' : `${systemsCount(toAdd.length)} to add`}
      </h4>
      {toAdd.length > 0 ? (
        <ul aria-label="AI systems to add">
          {toAdd.map((system, index) => (
            <li key={index}>
              <strong>{system.name || 'Unnamed system'}</strong>
              {system.modelVersion ? `, version ${system.modelVersion}` : ''}
              {system.supplier ? ` (${system.supplier})` : ''}
            </li>
          ))}
        </ul>
      ) : null}
      {skipped.length > 0 ? (
        <>
          <p>Skipped as duplicates:</p>
          <ul aria-label="AI systems skipped">
            {skipped.map((entry, index) => (
              <li key={index}>{entry.reason}</li>
            ))}
          </ul>
        </>
      ) : null}
      {toAdd.length === 0 && skipped.length === 0 ? <p>The BOM lists no machine-learning model.</p> : null}
      <ButtonGroup>
        {toAdd.length > 0 ? (
          <Button type="button" onClick={onAccept}>
            Add {systemsCount(toAdd.length)}
          </Button>
        ) : null}
        <Button type="button" secondary onClick={onCancel}>
          Cancel
        </Button>
      </ButtonGroup>
    </div>
  );
}
