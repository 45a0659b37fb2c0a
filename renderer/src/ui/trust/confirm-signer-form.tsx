/**
 * Trusting a signer is the one decision that makes every later bundle from them "trusted", so it asks for
 * proof of an out-of-band comparison: the user types the last 8 characters of the fingerprint as the assessor
 * gave them (by phone, in person). Copying from the screen is possible, but the form says plainly what is asked.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { Button, ErrorMessage, Form, FormGroup, Label, TextInput } from '@trussworks/react-uswds';
import { defaultLabel, MAX_LABEL_LENGTH } from '../../data';
import { formText } from '../common/form-text';
import { FingerprintText } from './fingerprint-text';

export const CONFIRM_CHARS = 8;

type Subject = { name: string; organization: string; email: string };

export function fingerprintTailMatches(fingerprintHex: string, typed: string): boolean {
  const clean = typed.replace(/[\s:]/g, '').toLowerCase();
  return clean.length === CONFIRM_CHARS && fingerprintHex.toLowerCase().endsWith(clean);
}

export function ConfirmSignerForm({
  fingerprint,
  subject,
  onConfirm,
  onCancel,
}: {
  fingerprint: string;
  subject: Subject;
  /** Resolves to an error sentence, or null when the signer was added. */
  onConfirm: (label: string) => Promise<string | null>;
  onCancel: () => void;
}) {
  const id = useId();
  const [errors, setErrors] = useState<{ tail?: string; label?: string; save?: string }>({});
  const tailRef = useRef<HTMLInputElement>(null);
  const labelRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const tail = formText(data, 'tail');
    const label = formText(data, 'label').trim();
    const found: typeof errors = {};
    if (!fingerprintTailMatches(fingerprint, tail))
      found.tail = `These are not the last ${CONFIRM_CHARS} characters of this fingerprint. Do not trust the signer until the assessor confirms the fingerprint.`;
    if (!label || label.length > MAX_LABEL_LENGTH)
      found.label = `Give the signer a label of 1 to ${MAX_LABEL_LENGTH} characters.`;
    setErrors(found);
    if (found.tail) return tailRef.current?.focus();
    if (found.label) return labelRef.current?.focus();
    const problem = await onConfirm(label);
    if (problem) setErrors({ save: problem });
  }

  return (
    <Form onSubmit={(event) => void submit(event)} noValidate large>
      <p>Fingerprint of this signer&apos;s certificate (SHA-256):</p>
      <FingerprintText fingerprint={fingerprint} />
      {errors.save ? <ErrorMessage>{errors.save}</ErrorMessage> : null}
      <FormGroup error={Boolean(errors.tail)}>
        <Label htmlFor={`${id}-tail`}>Last {CONFIRM_CHARS} characters of the fingerprint</Label>
        <div className="usa-hint" id={`${id}-tail-hint`}>
          Type them as the assessor gave them to you by phone or in person, not from this screen.
        </div>
        {errors.tail ? <ErrorMessage id={`${id}-tail-error`}>{errors.tail}</ErrorMessage> : null}
        <TextInput
          id={`${id}-tail`}
          name="tail"
          type="text"
          ref={tailRef}
          autoComplete="off"
          spellCheck={false}
          className="app-mono-input"
          validationStatus={errors.tail ? 'error' : undefined}
          aria-describedby={`${id}-tail-hint${errors.tail ? ` ${id}-tail-error` : ''}`}
        />
      </FormGroup>
      <FormGroup error={Boolean(errors.label)}>
        <Label htmlFor={`${id}-label`}>Label for this signer</Label>
        {errors.label ? <ErrorMessage id={`${id}-label-error`}>{errors.label}</ErrorMessage> : null}
        <TextInput
          id={`${id}-label`}
          name="label"
          type="text"
          ref={labelRef}
          defaultValue={defaultLabel(subject)}
          maxLength={MAX_LABEL_LENGTH}
          validationStatus={errors.label ? 'error' : undefined}
          aria-describedby={errors.label ? `${id}-label-error` : undefined}
        />
      </FormGroup>
      <div className="app-actions">
        <Button type="submit">Trust this signer</Button>
        <Button type="button" outline onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </Form>
  );
}
