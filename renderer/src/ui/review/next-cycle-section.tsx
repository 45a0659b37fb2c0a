import { useState } from 'react';
import { Alert, Button, Fieldset, Radio } from '@trussworks/react-uswds';
import { useStore } from '../../data';
import type { CycleMode } from '../../domain/assessment/next-cycle';
import type { AssessmentHeader } from '../../storage/rows';
import { useRoute } from '../app/router';
import { useActor } from '../common/use-actor';

const MODES: ReadonlyArray<{ mode: CycleMode; label: string; hint: string }> = [
  {
    mode: 'carry',
    label: 'Carry the answers over',
    hint: 'Every answer is copied and tagged “Carried over — re-check” until someone edits or confirms it.',
  },
  {
    mode: 'reset',
    label: 'Start the answers afresh',
    hint: 'Every practice starts unanswered; the site profile, scope and AI systems are still copied.',
  },
];

/**
 * Starts the site's next assessment from this one. Both modes copy the profile, scope and AI inventory and
 * carry the findings still open with their remediation plans; the new assessment is local and editable,
 * even when this one is a signed import.
 */
export function NextCycleSection({ header }: { header: AssessmentHeader }) {
  const store = useStore();
  const actor = useActor();
  const { navigate } = useRoute();
  const [mode, setMode] = useState<CycleMode>('carry');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const start = async () => {
    setBusy(true);
    const result = await store.startNextCycle(header.id, mode, actor);
    setBusy(false);
    if (!result.ok) setProblem(result.message);
    else navigate('assessments', result.value, 'setup');
  };
  return (
    <section aria-labelledby="next-cycle-heading">
      <h2 id="next-cycle-heading">Next cycle</h2>
      <p>
        Start this site’s next assessment from this one. Open findings and their remediation plans come along;
        closed findings and evidence files stay with this assessment.
      </p>
      {problem ? (
        <Alert type="error" role="alert" slim>
          {problem}
        </Alert>
      ) : null}
      <Fieldset legend="What to do with the answers">
        {MODES.map((item) => (
          <Radio
            key={item.mode}
            id={`next-cycle-${item.mode}`}
            name="next-cycle-mode"
            value={item.mode}
            label={item.label}
            labelDescription={item.hint}
            checked={mode === item.mode}
            onChange={() => setMode(item.mode)}
          />
        ))}
      </Fieldset>
      <Button type="button" disabled={busy} onClick={() => void start()}>
        Start next cycle
      </Button>
    </section>
  );
}
