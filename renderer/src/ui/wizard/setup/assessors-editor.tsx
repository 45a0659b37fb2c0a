import { Button, Fieldset } from '@trussworks/react-uswds';
import type { Assessor } from '../../../domain/assessment/model';
import { AutosaveText } from '../../autosave/autosave-fields';
import { useTrackedChange } from '../../autosave/use-change';
import { addItem, assessorField, removeItem } from '../../../data';
import { newId } from '../../common/new-id';

/** The assessment team: add, name and remove assessors; each field saves on its own. */
export function AssessorsEditor({ assessors }: { assessors: Assessor[] }) {
  const change = useTrackedChange();
  const add = () => void change(addItem('assessors', { id: newId(), name: '', organization: '' }));
  return (
    <Fieldset legend="Assessors" legendStyle="large">
      {assessors.length === 0 ? <p>No assessor named yet.</p> : null}
      <ol className="plain-list">
        {assessors.map((assessor, index) => (
          <li key={assessor.id} className="assessor-row">
            <AutosaveText
              field={assessorField(assessor, 'name')}
              label={`Assessor ${index + 1}: name`}
              id={`assessor-${assessor.id}-name`}
            />
            <AutosaveText
              field={assessorField(assessor, 'organization')}
              label={`Assessor ${index + 1}: organization`}
              id={`assessor-${assessor.id}-org`}
            />
            <Button type="button" unstyled onClick={() => void change(removeItem('assessors', assessor.id))}>
              Remove assessor {index + 1}
            </Button>
          </li>
        ))}
      </ol>
      <Button type="button" outline onClick={add}>
        Add an assessor
      </Button>
    </Fieldset>
  );
}
