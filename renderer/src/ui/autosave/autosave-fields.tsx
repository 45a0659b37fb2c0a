/**
 * Form fields bound to one path of an assessment's content. Typing is saved in the background; the error
 * (if any) is shown under the field and announced.
 */
import { ErrorMessage, FormGroup, Label, Select, TextInput, Textarea } from '@trussworks/react-uswds';
import type { ReactNode } from 'react';
import type { ContentPath } from '../../storage/content-path';
import { useAutosave } from './use-autosave';
import { useChange } from './use-change';

interface FieldProps {
  assessmentId: string;
  path: ContentPath;
  stored: string;
  label: string;
  id: string;
  hint?: ReactNode;
  /** Shown instead of the save error, e.g. a validation message from the step. */
  problem?: string | null;
}

function useField({ assessmentId, path, stored }: FieldProps) {
  const change = useChange(assessmentId);
  return useAutosave(stored, (value: string) => change({ kind: 'set', path, value }));
}

function FieldShell({
  props,
  error,
  children,
}: {
  props: FieldProps;
  error: string | null;
  children: ReactNode;
}) {
  const message = props.problem ?? error;
  return (
    <FormGroup error={Boolean(message)}>
      <Label htmlFor={props.id}>{props.label}</Label>
      {props.hint ? (
        <span className="usa-hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      ) : null}
      {message ? <ErrorMessage id={`${props.id}-error`}>{message}</ErrorMessage> : null}
      {children}
    </FormGroup>
  );
}

function describedBy(props: FieldProps, error: string | null): string | undefined {
  const ids = [
    props.hint ? `${props.id}-hint` : '',
    (props.problem ?? error) ? `${props.id}-error` : '',
  ].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function AutosaveText(props: FieldProps & { type?: 'text' | 'email' }) {
  const field = useField(props);
  return (
    <FieldShell props={props} error={field.error}>
      <TextInput
        id={props.id}
        name={props.id}
        type={props.type ?? 'text'}
        value={field.value}
        onChange={(event) => field.setValue(event.target.value)}
        onBlur={field.flush}
        aria-describedby={describedBy(props, field.error)}
        validationStatus={(props.problem ?? field.error) ? 'error' : undefined}
      />
    </FieldShell>
  );
}

export function AutosaveTextarea(props: FieldProps) {
  const field = useField(props);
  return (
    <FieldShell props={props} error={field.error}>
      <Textarea
        id={props.id}
        name={props.id}
        value={field.value}
        onChange={(event) => field.setValue(event.target.value)}
        onBlur={field.flush}
        aria-describedby={describedBy(props, field.error)}
        error={Boolean(props.problem ?? field.error)}
        className="autosave-textarea"
      />
    </FieldShell>
  );
}

export function AutosaveSelect(
  props: FieldProps & { options: ReadonlyArray<{ value: string; label: string }>; placeholder?: string },
) {
  const field = useField(props);
  return (
    <FieldShell props={props} error={field.error}>
      <Select
        id={props.id}
        name={props.id}
        value={field.value}
        onChange={(event) => {
          field.setValue(event.target.value);
          field.flush();
        }}
        aria-describedby={describedBy(props, field.error)}
      >
        {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </FieldShell>
  );
}

/** A date (yyyy-mm-dd) with the browser's date control; saved when it changes. */
export function AutosaveDate(props: FieldProps) {
  const field = useField(props);
  const invalid = Boolean(props.problem ?? field.error);
  return (
    <FieldShell props={props} error={field.error}>
      <input
        className={`usa-input usa-input--small${invalid ? ' usa-input--error' : ''}`}
        id={props.id}
        name={props.id}
        type="date"
        value={field.value}
        onChange={(event) => field.setValue(event.target.value)}
        onBlur={field.flush}
        aria-describedby={describedBy(props, field.error)}
        aria-invalid={invalid || undefined}
      />
    </FieldShell>
  );
}
