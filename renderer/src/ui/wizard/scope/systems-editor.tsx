import { Button, Fieldset } from '@trussworks/react-uswds';
import {
  AUTONOMY_LEVELS,
  CONNECTIVITY_LEVELS,
  CRITICALITIES,
  type AiSystem,
} from '../../../domain/assessment/model';
import { AutosaveSelect, AutosaveText, AutosaveTextarea } from '../../autosave/autosave-fields';
import { useTrackedChange } from '../../autosave/use-change';
import { newId } from '../../common/new-id';
import { AUTONOMY_LABELS, CONNECTIVITY_LABELS, CRITICALITY_LABELS, optionsOf } from '../../common/labels';

function SystemFields({
  assessmentId,
  system,
  index,
}: {
  assessmentId: string;
  system: AiSystem;
  index: number;
}) {
  const path = (field: keyof AiSystem) => ['systems', system.id, field];
  const id = (field: string) => `system-${system.id}-${field}`;
  const name = system.name.trim() || `AI system ${index + 1}`;
  return (
    <>
      <AutosaveText
        assessmentId={assessmentId}
        path={path('name')}
        stored={system.name}
        label="Name"
        id={id('name')}
      />
      <AutosaveText
        assessmentId={assessmentId}
        path={path('supplier')}
        stored={system.supplier}
        label="Supplier"
        id={id('supplier')}
      />
      <AutosaveTextarea
        assessmentId={assessmentId}
        path={path('purpose')}
        stored={system.purpose}
        label="Purpose"
        id={id('purpose')}
      />
      <AutosaveSelect
        assessmentId={assessmentId}
        path={path('criticality')}
        stored={system.criticality}
        label="Criticality"
        id={id('criticality')}
        options={optionsOf(CRITICALITIES, CRITICALITY_LABELS)}
      />
      <AutosaveSelect
        assessmentId={assessmentId}
        path={path('autonomy')}
        stored={system.autonomy}
        label="Autonomy"
        id={id('autonomy')}
        options={optionsOf(AUTONOMY_LEVELS, AUTONOMY_LABELS)}
      />
      <AutosaveSelect
        assessmentId={assessmentId}
        path={path('connectivity')}
        stored={system.connectivity}
        label="Connectivity"
        id={id('connectivity')}
        options={optionsOf(CONNECTIVITY_LEVELS, CONNECTIVITY_LABELS)}
      />
      <AutosaveTextarea
        assessmentId={assessmentId}
        path={path('dataUsed')}
        stored={system.dataUsed}
        label="Data used"
        id={id('data')}
      />
      <AutosaveTextarea
        assessmentId={assessmentId}
        path={path('notes')}
        stored={system.notes}
        label="Notes"
        id={id('notes')}
      />
      <span className="usa-sr-only">{name}</span>
    </>
  );
}

/** The AI-system inventory: add, edit in place, remove. */
export function SystemsEditor({ assessmentId, systems }: { assessmentId: string; systems: AiSystem[] }) {
  const change = useTrackedChange(assessmentId);
  const add = async () => {
    const system: AiSystem = {
      id: newId(),
      name: '',
      supplier: '',
      purpose: '',
      criticality: 'moderate',
      autonomy: 'advisory',
      connectivity: 'isolated',
      dataUsed: '',
      notes: '',
    };
    const result = await change({ kind: 'add', path: ['systems'], item: system });
    if (result.ok) setTimeout(() => document.getElementById(`system-${system.id}-name`)?.focus(), 50);
  };
  return (
    <section aria-labelledby="systems-heading">
      <h2 id="systems-heading">AI systems in use</h2>
      {systems.length === 0 ? <p>No AI system recorded yet.</p> : null}
      {systems.map((system, index) => (
        <Fieldset
          key={system.id}
          legend={`AI system ${index + 1}${system.name.trim() ? `: ${system.name}` : ''}`}
          className="system-card"
        >
          <SystemFields assessmentId={assessmentId} system={system} index={index} />
          <Button
            type="button"
            secondary
            onClick={() => void change({ kind: 'remove', path: ['systems'], id: system.id })}
          >
            Remove {system.name.trim() || `AI system ${index + 1}`}
          </Button>
        </Fieldset>
      ))}
      <Button type="button" outline onClick={() => void add()}>
        Add an AI system
      </Button>
    </section>
  );
}
