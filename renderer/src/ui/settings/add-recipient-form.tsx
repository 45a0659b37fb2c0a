import { Button, Form } from '@trussworks/react-uswds';
import { useRef, useState, type FormEvent } from 'react';
import { useStore } from '../../data';
import { TextField } from './text-field';

type Errors = { label?: string; recipient?: string };

/** Adds a named recipient; the key is checked (shape and checksum) before it is saved. */
export function AddRecipientForm() {
  const store = useStore();
  const [label, setLabel] = useState('');
  const [recipient, setRecipient] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const focus = (id: string) => formRef.current?.querySelector<HTMLElement>(`#${id}`)?.focus();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage('');
    const result = await store.addRecipient({ label, recipient });
    if (result.ok) {
      setErrors({});
      setLabel('');
      setRecipient('');
      setMessage(`Added “${result.value.label}”.`);
      focus('recipient-label');
      return;
    }
    const onLabel = result.code === 'label-missing' || result.code === 'label-too-long';
    const storage = result.code === 'storage-full' || result.code === 'storage-failed';
    if (storage) setMessage(result.message);
    setErrors(onLabel ? { label: result.message } : storage ? {} : { recipient: result.message });
    focus(onLabel ? 'recipient-label' : 'recipient-key');
  }

  return (
    <Form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
      <TextField
        id="recipient-label"
        label="Recipient name"
        value={label}
        onChange={setLabel}
        error={errors.label}
        hint="For example, the team or person it belongs to."
      />
      <TextField
        id="recipient-key"
        label="age recipient"
        className="fingerprint"
        value={recipient}
        onChange={setRecipient}
        error={errors.recipient}
        hint="Starts with age1; paste it exactly as age-keygen printed it."
        autoComplete="off"
      />
      <Button type="submit">Add recipient</Button>
      <p role="status" className="usa-hint">
        {message}
      </p>
    </Form>
  );
}
