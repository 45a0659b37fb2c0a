import { Checkbox, Fieldset } from '@trussworks/react-uswds';
import { ROLE_CODES, type RoleCode } from '../../../domain/assessment/model';
import { useTrackedChange } from '../../autosave/use-change';
import { contentField, setField } from '../../../data';
import { useFramework } from '../../common/framework';
import type { LoadedAssessment } from '../../../data';
import { SystemImport } from './system-import';
import { SystemsEditor } from './systems-editor';
import { SystemAttestations } from '../../common/supplier-attestation/practice-attestations';
import { AskSupplierLink } from '../../common/supplier-attestation/ask-supplier-link';

/** Which framework roles the organization holds (they decide the practices in scope) and its AI systems. */
export function ScopeStep({ loaded }: { loaded: LoadedAssessment }) {
  const { content } = loaded;
  const change = useTrackedChange();
  const toggle = (code: RoleCode, on: boolean) => {
    const roles = ROLE_CODES.filter((candidate) =>
      candidate === code ? on : content.roles.includes(candidate),
    );
    void change(setField(contentField(content, 'roles'), roles));
  };
  const { pack, practicesInScopeFor } = useFramework();
  const inScope = practicesInScopeFor(content.roles).length;
  return (
    <>
      <Fieldset legend="Framework roles the organization holds" legendStyle="large">
        <p className="usa-hint">
          An organization may hold several roles. The practices to assess are those of every role chosen.
        </p>
        {pack.roles.map((role) => (
          <Checkbox
            key={role.code}
            id={`role-${role.code}`}
            name="roles"
            value={role.code}
            label={role.name}
            labelDescription={role.description}
            tile
            checked={content.roles.includes(role.code)}
            onChange={(event) => toggle(role.code, event.target.checked)}
          />
        ))}
        <p role="status">
          {inScope} practice{inScope === 1 ? '' : 's'} in scope.
        </p>
      </Fieldset>
      <SystemsEditor
        systems={content.systems}
        extra={(system) => <SystemAttestations loaded={loaded} systemId={system.id} />}
      />
      <SystemImport systems={content.systems} />
      <AskSupplierLink assessmentId={loaded.header.id} />
    </>
  );
}
