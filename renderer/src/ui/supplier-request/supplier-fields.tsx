import { Checkbox, Fieldset, Label, Radio, Select, TextInput } from '@trussworks/react-uswds';
import type { AiSystem } from '../../domain/assessment/model';
import { SUPPLIER_ROLES, type SupplierRole } from '../../domain/supplier/supplier-documents';

export const NEW_SUPPLIER = '';

export const ROLE_CHOICES: Record<SupplierRole, string> = {
  CCP: 'Cloud/compute provider (CCP)',
  AID: 'AI developer (AID)',
};

/** Who is asked, in which role, about which systems. */
export function SupplierFields({
  names,
  chosen,
  newName,
  contact,
  role,
  systems,
  systemIds,
  onChoose,
  onNewName,
  onContact,
  onRole,
  onSystems,
}: {
  names: string[];
  chosen: string;
  newName: string;
  contact: string;
  role: SupplierRole;
  systems: AiSystem[];
  systemIds: string[];
  onChoose: (name: string) => void;
  onNewName: (name: string) => void;
  onContact: (contact: string) => void;
  onRole: (role: SupplierRole) => void;
  onSystems: (ids: string[]) => void;
}) {
  const toggle = (id: string, on: boolean) =>
    onSystems(
      systems
        .map((system) => system.id)
        .filter((candidate) => (candidate === id ? on : systemIds.includes(candidate))),
    );
  return (
    <>
      <section aria-labelledby="request-supplier-heading">
        <h2 id="request-supplier-heading">Supplier</h2>
        <Label htmlFor="request-supplier">Supplier to ask</Label>
        <Select
          id="request-supplier"
          name="request-supplier"
          value={chosen}
          onChange={(event) => onChoose(event.target.value)}
        >
          {names.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
          <option value={NEW_SUPPLIER}>A new supplier…</option>
        </Select>
        {chosen === NEW_SUPPLIER ? (
          <>
            <Label htmlFor="request-supplier-name">Name of the new supplier</Label>
            <TextInput
              id="request-supplier-name"
              name="request-supplier-name"
              type="text"
              value={newName}
              onChange={(event) => onNewName(event.target.value)}
            />
          </>
        ) : null}
        <Label htmlFor="request-supplier-contact">Supplier contact (optional)</Label>
        <TextInput
          id="request-supplier-contact"
          name="request-supplier-contact"
          type="text"
          value={contact}
          onChange={(event) => onContact(event.target.value)}
        />
      </section>
      <Fieldset legend="The supplier’s role for these systems" legendStyle="large">
        {SUPPLIER_ROLES.map((code) => (
          <Radio
            key={code}
            id={`request-role-${code}`}
            name="request-role"
            value={code}
            label={ROLE_CHOICES[code]}
            checked={role === code}
            onChange={() => onRole(code)}
          />
        ))}
      </Fieldset>
      <Fieldset legend="AI systems the request is about" legendStyle="large">
        {systems.length === 0 ? <p>No AI system is recorded in this assessment.</p> : null}
        {systems.map((system, index) => (
          <Checkbox
            key={system.id}
            id={`request-system-${system.id}`}
            name="request-systems"
            label={`${system.name || `AI system ${index + 1}`}${system.supplier ? ` — ${system.supplier}` : ''}`}
            checked={systemIds.includes(system.id)}
            onChange={(event) => toggle(system.id, event.target.checked)}
          />
        ))}
      </Fieldset>
    </>
  );
}
