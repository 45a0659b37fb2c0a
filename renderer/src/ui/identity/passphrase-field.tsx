import { ErrorMessage, FormGroup, Label, TextInput } from '@trussworks/react-uswds';

/** A labelled password input with its error tied to it by aria-describedby. */
export function PassphraseField({
  id,
  label,
  error,
  hint,
  autoComplete,
  value,
  onChange,
}: {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string;
  autoComplete: 'new-password' | 'current-password';
  value: string;
  onChange: (value: string) => void;
}) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <FormGroup error={Boolean(error)}>
      <Label htmlFor={id}>{label}</Label>
      {hint ? (
        <span className="usa-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage> : null}
      <TextInput
        id={id}
        name={id}
        type="password"
        autoComplete={autoComplete}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        validationStatus={error ? 'error' : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
    </FormGroup>
  );
}
