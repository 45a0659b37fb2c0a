import { TextField } from '../settings/text-field';

/** A labelled password input with its error tied to it by aria-describedby. */
export function PassphraseField(props: {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string;
  autoComplete: 'new-password' | 'current-password';
  value: string;
  onChange: (value: string) => void;
}) {
  return <TextField {...props} type="password" />;
}
