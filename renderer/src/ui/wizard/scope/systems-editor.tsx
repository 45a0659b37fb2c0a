import { Button, Fieldset } from '@trussworks/react-uswds';
import type { ReactNode } from 'react';
import {
  AUTONOMY_LEVELS,
  CONNECTIVITY_LEVELS,
  CRITICALITIES,
  type AiSystem,
} from '../../../domain/assessment/model';
import { AutosaveSelect, AutosaveText, AutosaveTextarea } from '../../autosave/autosave-fields';
import { useTrackedChange } from '../../autosave/use-change';
import { addItem, removeItem, systemField } from '../../../data';
import { newId } from '../../common/new-id';
import { SystemInventoryFields } from './system-inventory-fields';
import { AUTONOMY_LABELS, CONNECTIVITY_LABELS, CRITICALITY_LABELS, optionsOf } from '../../common/labels';

function SystemFields({ system, index }: { system: AiSystem; index: number }) {
  const id = (field: string) => `system-${system.id}-${field}`;
  const name = system.name.trim() || `AI system ${index + 1}`;
  return (
    <>
      <AutosaveText field={systemField(system, 'name')} label="Name" id={id('name')} />
      <AutosaveText field={systemField(system, 'supplier')} label="Supplier" id={id('supplier')} />
      <AutosaveTextarea field={systemField(system, 'purpose')} label="Purpose" id={id('purpose')} />
      <SystemInventoryFields system={system} />
      <AutosaveSelect
        field={systemField(system, 'criticality')}
        label="Criticality"
        id={id('criticality')}
        options={optionsOf(CRITICALITIES, CRITICALITY_LABELS)}
      />
      <AutosaveSelect
        field={systemField(system, 'autonomy')}
        label="Autonomy"
        id={id('autonomy')}
        options={optionsOf(AUTONOMY_LEVELS, AUTONOMY_LABELS)}
      />
      <AutosaveSelect
        field={systemField(system, 'connectivity')}
        label="Connectivity"
        id={id('connectivity')}
        options={optionsOf(CONNECTIVITY_LEVELS, CONNECTIVITY_LABELS)}
      />
      <AutosaveTextarea field={systemField(system, 'dataUsed')} label="Data used" id={id('data')} />
      <AutosaveTextarea field={systemField(system, 'notes')} label="Notes" id={id('notes')} />
      <span className="usa-sr-only">{name}</span>
    </>
  );
}

/** The AI-system inventory: add, edit in place, remove. */
export function SystemsEditor({
  systems,
  extra,
}: {
  systems: AiSystem[];
  /** Shown in each system's card after its fields (the supplier attestations about it). */
  extra?: (system: AiSystem) => ReactNode;
}) {
  const change = useTrackedChange();
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
    const from = document.activeElement;
    const result = await change(addItem('systems', system));
    // Focus goes to the new system's name once it is drawn, unless the user has already moved on: a field
    // they are typing in must not lose its keystrokes to the name.
    if (result.ok)
      setTimeout(() => {
        const active = document.activeElement;
        if (active === from || active === document.body || active === null)
          document.getElementById(`system-${system.id}-name`)?.focus();
      }, 50);
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
          <SystemFields system={system} index={index} />
          {extra?.(system)}
          <Button type="button" secondary onClick={() => void change(removeItem('systems', system.id))}>
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
