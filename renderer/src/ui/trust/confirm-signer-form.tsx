/**
 * Trusting a signer is the one decision that makes every later bundle from them "trusted", so it asks for
 * proof of an out-of-band comparison of the WHOLE fingerprint (all 256 bits): either the person types or
 * pastes the full fingerprint the assessor gave them (read aloud, on paper), or they compare with the
 * assessor's certificate file brought on separate media. A part of a fingerprint is never enough: a chosen
 * 8-character ending can be ground in minutes (the "short key id" attack).
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import {
  Button,
  Checkbox,
  ErrorMessage,
  Fieldset,
  Form,
  FormGroup,
  Label,
  Radio,
  TextInput,
} from '@trussworks/react-uswds';
import { checkTypedFingerprint } from '../../domain/crypto/fingerprint';
import { defaultLabel, MAX_LABEL_LENGTH } from '../../data';
import { FingerprintText } from '../common/fingerprint-text';
import { formText } from '../common/form-text';
import { SeparateMediaCheck } from './separate-media-check';

type Subject = { name: string; organization: string; email: string };

/** Where the certificate being trusted came from; a file chosen on the Trust page can be the media copy. */
export type CertificateSource = 'file' | 'text' | 'bundle';

type Method = 'typed' | 'media';
type Errors = { typed?: string; media?: string; label?: string; save?: string };

export function ConfirmSignerForm({
  fingerprint,
  subject,
  source,
  onConfirm,
  onCancel,
}: {
  /** The certificate's fingerprint, 64 hex. */
  fingerprint: string;
  subject: Subject;
  source: CertificateSource;
  /** Gets the label and the full fingerprint that was confirmed; resolves to an error sentence, or null. */
  onConfirm: (label: string, confirmedFingerprint: string) => Promise<string | null>;
  onCancel: () => void;
}) {
  const id = useId();
  const [method, setMethod] = useState<Method>('typed');
  const [mediaMatch, setMediaMatch] = useState<string | null>(null);
  const [errors, setErrors] = useState<Errors>({});
  const typedRef = useRef<HTMLInputElement>(null);
  const labelRef = useRef<HTMLInputElement>(null);

  function confirmation(data: FormData): { confirmed: string } | { problem: Errors } {
    if (method === 'typed') {
      const typed = formText(data, 'fingerprint');
      const check = checkTypedFingerprint(fingerprint, typed);
      return check.ok ? { confirmed: typed } : { problem: { typed: check.message } };
    }
    if (source === 'file')
      return data.get('from-media') === 'yes'
        ? { confirmed: fingerprint }
        : {
            problem: {
              media: 'Confirm that this file came to you on separate media, or type the fingerprint.',
            },
          };
    return mediaMatch
      ? { confirmed: mediaMatch }
      : {
          problem: { media: 'Choose the certificate file from the separate media, or type the fingerprint.' },
        };
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const label = formText(data, 'label').trim();
    const confirmed = confirmation(data);
    const found: Errors = 'problem' in confirmed ? { ...confirmed.problem } : {};
    if (!label || label.length > MAX_LABEL_LENGTH)
      found.label = `Give the signer a label of 1 to ${MAX_LABEL_LENGTH} characters.`;
    setErrors(found);
    if (found.typed) return typedRef.current?.focus();
    if (found.media) return document.getElementById(`${id}-media`)?.focus();
    if (found.label) return labelRef.current?.focus();
    if ('problem' in confirmed) return;
    const problem = await onConfirm(label, confirmed.confirmed);
    if (problem) setErrors({ save: problem });
  }

  return (
    <Form onSubmit={(event) => void submit(event)} noValidate large className="app-confirm-signer">
      <p>Fingerprint of this signer&apos;s certificate (SHA-256, 16 groups of 4):</p>
      <p>
        <FingerprintText fingerprint={fingerprint} />
      </p>
      {errors.save ? <ErrorMessage>{errors.save}</ErrorMessage> : null}
      <Fieldset legend="How do you confirm it is the assessor’s?">
        <Radio
          id={`${id}-method-typed`}
          name="method"
          label="The assessor gave me the fingerprint (read aloud, in person or on paper)"
          checked={method === 'typed'}
          onChange={() => setMethod('typed')}
        />
        <Radio
          id={`${id}-method-media`}
          name="method"
          label="The assessor gave me their certificate file on separate media (USB drive or disc)"
          checked={method === 'media'}
          onChange={() => setMethod('media')}
        />
      </Fieldset>
      {method === 'typed' ? (
        <FormGroup error={Boolean(errors.typed)}>
          <Label htmlFor={`${id}-typed`}>Whole fingerprint as the assessor gave it to you</Label>
          <div className="usa-hint" id={`${id}-typed-hint`}>
            All 64 characters (16 groups of 4), from what the assessor gave you, not from this screen. Spaces,
            colons and either case are fine.
          </div>
          {errors.typed ? <ErrorMessage id={`${id}-typed-error`}>{errors.typed}</ErrorMessage> : null}
          <TextInput
            id={`${id}-typed`}
            name="fingerprint"
            type="text"
            ref={typedRef}
            autoComplete="off"
            spellCheck={false}
            className="app-mono-input app-fingerprint-input"
            validationStatus={errors.typed ? 'error' : undefined}
            aria-describedby={`${id}-typed-hint${errors.typed ? ` ${id}-typed-error` : ''}`}
          />
        </FormGroup>
      ) : source === 'file' ? (
        <FormGroup error={Boolean(errors.media)}>
          {errors.media ? <ErrorMessage id={`${id}-media-error`}>{errors.media}</ErrorMessage> : null}
          <Checkbox
            id={`${id}-media`}
            name="from-media"
            value="yes"
            label="The file I chose is the one the assessor handed me on separate media, not one sent by email or downloaded"
            aria-describedby={errors.media ? `${id}-media-error` : undefined}
          />
        </FormGroup>
      ) : (
        <SeparateMediaCheck
          id={`${id}-media`}
          fingerprint={fingerprint}
          error={errors.media}
          onResult={(matched, problem) => {
            setMediaMatch(matched);
            setErrors((current) => ({ ...current, media: problem }));
          }}
        />
      )}
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
