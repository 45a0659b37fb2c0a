import type { AiSystem } from '../../../domain/assessment/model';
import { AutosaveText, AutosaveTextarea } from '../../autosave/autosave-fields';
import { systemInventoryField } from '../../../data';

/** The inventory fields a CycloneDX model card carries: model and version, use, limits, oversight, contact. */
export function SystemInventoryFields({ system }: { system: AiSystem }) {
  const id = (field: string) => `system-${system.id}-${field}`;
  return (
    <>
      <AutosaveText field={systemInventoryField(system, 'model')} label="Model" id={id('model')} />
      <AutosaveText
        field={systemInventoryField(system, 'modelVersion')}
        label="Model version"
        id={id('model-version')}
      />
      <AutosaveText
        field={systemInventoryField(system, 'supplierContact')}
        label="Supplier contact"
        hint="An email address, or a name or phone number."
        id={id('supplier-contact')}
      />
      <AutosaveTextarea
        field={systemInventoryField(system, 'intendedUse')}
        label="Intended use"
        id={id('intended-use')}
      />
      <AutosaveTextarea
        field={systemInventoryField(system, 'limitations')}
        label="Known limitations"
        id={id('limitations')}
      />
      <AutosaveTextarea
        field={systemInventoryField(system, 'humanOversight')}
        label="Human oversight"
        hint="Who watches, overrides or stops the system, and how."
        id={id('human-oversight')}
      />
    </>
  );
}
