import { useState } from 'react';
import { Button, Checkbox, Label, TextInput } from '@trussworks/react-uswds';
import { MAX_MILESTONES, type Milestone } from '../../domain/remediation/model';
import { newId } from '../common/new-id';

/** The planned milestones of one plan: date, description, done; added and removed in the draft. */
export function MilestonesEditor({
  idPrefix,
  label,
  milestones,
  onChange,
}: {
  idPrefix: string;
  label: string;
  milestones: readonly Milestone[];
  onChange: (next: Milestone[]) => void;
}) {
  const [date, setDate] = useState('');
  const [description, setDescription] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const add = () => {
    if (description.trim() === '') return setProblem('Describe the milestone before adding it.');
    if (milestones.length >= MAX_MILESTONES)
      return setProblem(`A plan holds at most ${MAX_MILESTONES} milestones.`);
    onChange([...milestones, { id: newId(), date, description: description.trim(), done: false }]);
    setDate('');
    setDescription('');
    setProblem(null);
  };
  return (
    <fieldset className="usa-fieldset milestones">
      <legend className="usa-legend">Milestones of {label}</legend>
      {milestones.length === 0 ? <p>No milestones planned yet.</p> : null}
      <ul className="usa-list usa-list--unstyled">
        {milestones.map((milestone) => (
          <li key={milestone.id} className="milestones__item">
            <Checkbox
              id={`${idPrefix}-m-${milestone.id}`}
              name={`${idPrefix}-m-${milestone.id}`}
              label={`${milestone.date || 'No date'}: ${milestone.description}`}
              checked={milestone.done}
              onChange={(event) =>
                onChange(
                  milestones.map((m) => (m.id === milestone.id ? { ...m, done: event.target.checked } : m)),
                )
              }
            />
            <Button
              type="button"
              unstyled
              onClick={() => onChange(milestones.filter((m) => m.id !== milestone.id))}
            >
              Remove milestone “{milestone.description}”
            </Button>
          </li>
        ))}
      </ul>
      <div className="milestones__new">
        <Label htmlFor={`${idPrefix}-new-date`}>New milestone date for {label}</Label>
        <input
          className="usa-input usa-input--small"
          id={`${idPrefix}-new-date`}
          type="date"
          value={date}
          onChange={(event) => setDate(event.target.value)}
        />
        <Label htmlFor={`${idPrefix}-new-description`}>New milestone description for {label}</Label>
        <TextInput
          id={`${idPrefix}-new-description`}
          name={`${idPrefix}-new-description`}
          type="text"
          value={description}
          onChange={(event) => setDescription(event.target.value)}
          maxLength={500}
        />
        {problem ? (
          <p className="usa-error-message" role="alert">
            {problem}
          </p>
        ) : null}
        <Button type="button" outline onClick={add}>
          Add milestone to {label}
        </Button>
      </div>
    </fieldset>
  );
}
