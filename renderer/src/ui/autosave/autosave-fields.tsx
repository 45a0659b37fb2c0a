/**
 * Form fields bound to one field of the assessment being edited (see storage/content-binding.ts): the
 * binding says where and what is stored, the surrounding SaveStatusProvider which assessment. Typing is
 * saved in the background; the error (if any) is shown under the field and announced.
 */
import { ErrorMessage, FormGroup, Label, Select, TextInput, Textarea } from '@trussworks/react-uswds';
import type { ReactNode } from 'react';
import { setField, type FieldBinding } from '../../data';
import { useAutosave, type Autosave } from './use-autosave';
import { useChange, useNotePendingEdit } from './use-change';

export interface FieldProps<V extends string> {
  field: FieldBinding<V>;
  label: string;
  id: string;
  hint?: ReactNode;
  /** Shown instead of the save error, e.g. a validation message from the step. */
  problem?: string | null;
}

/** The autosave of one bound field, for a screen that drives the field itself (e.g. fills in a draft). */
export function useFieldAutosave<V extends string>(field: FieldBinding<V>): Autosave<V> {
  const change = useChange();
  const note = useNotePendingEdit();
  return useAutosave<V>(
    field.stored,
    (value) => change(setField(field, value)),
    (value) => note(setField(field, value)),
  );
}

function useField<V extends string>({ field }: FieldProps<V>): Autosave<V> {
  return useFieldAutosave(field);
}

function FieldShell<V extends string>({
  props,
  error,
  children,
}: {
  props: FieldProps<V>;
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

function describedBy<V extends string>(props: FieldProps<V>, error: string | null): string | undefined {
  const ids = [
    props.hint ? `${props.id}-hint` : '',
    (props.problem ?? error) ? `${props.id}-error` : '',
  ].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function AutosaveText(props: FieldProps<string> & { type?: 'text' | 'email' }) {
  const field = useField(props);
  return (
    <FieldShell props={props} error={field.error}>
      <TextInput
        id={props.id}
        name={props.id}
        type={props.type ?? 'text'}
        value={field.value}
        onChange={(event) => field.setValue(event.target.value)}
        onBlur={() => void field.flush()}
        aria-describedby={describedBy(props, field.error)}
        validationStatus={(props.problem ?? field.error) ? 'error' : undefined}
      />
    </FieldShell>
  );
}

export function AutosaveTextarea(props: FieldProps<string>) {
  return <TextareaOf props={props} field={useField(props)} />;
}

/** A text area over an autosave the caller holds (see useFieldAutosave). */
export function TextareaOf({ props, field }: { props: FieldProps<string>; field: Autosave<string> }) {
  return (
    <FieldShell props={props} error={field.error}>
      <Textarea
        id={props.id}
        name={props.id}
        value={field.value}
        onChange={(event) => field.setValue(event.target.value)}
        onBlur={() => void field.flush()}
        aria-describedby={describedBy(props, field.error)}
        error={Boolean(props.problem ?? field.error)}
        className="autosave-textarea"
      />
    </FieldShell>
  );
}

/** A choice among `options`, whose values are exactly the values the bound field accepts. */
export function AutosaveSelect<V extends string>(
  props: FieldProps<V> & { options: ReadonlyArray<{ value: V; label: string }>; placeholder?: string },
) {
  const field = useField(props);
  const choose = (raw: string) => {
    const option = props.options.find((candidate) => candidate.value === raw);
    // The placeholder's empty value is only ever offered when '' is one of the field's values.
    field.setValue(option ? option.value : (raw as V));
    void field.flush();
  };
  return (
    <FieldShell props={props} error={field.error}>
      <Select
        id={props.id}
        name={props.id}
        value={field.value}
        onChange={(event) => choose(event.target.value)}
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
export function AutosaveDate(props: FieldProps<string>) {
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
        onBlur={() => void field.flush()}
        aria-describedby={describedBy(props, field.error)}
        aria-invalid={invalid || undefined}
      />
    </FieldShell>
  );
}
