import { useRef } from 'react';
import { useRecipients } from '../../data';
import { AddRecipientForm } from './add-recipient-form';
import { RecipientList } from './recipient-list';

/** Named age recipients: the security teams' public keys that exported bundles can be sealed to. */
export function RecipientsSection() {
  const recipients = useRecipients();
  const heading = useRef<HTMLHeadingElement>(null);
  return (
    <section aria-labelledby="recipients-heading" className="settings-section">
      <h2 id="recipients-heading" ref={heading} tabIndex={-1}>
        Sealing recipients
      </h2>
      <p>
        A security team that uses <code>age</code> gives you its public recipient (it starts with{' '}
        <code>age1</code>). Bundles sealed to it can be opened only with their secret key.
      </p>
      {recipients ? (
        <RecipientList recipients={recipients} onRemoved={() => heading.current?.focus()} />
      ) : (
        <p role="status">Loading recipients…</p>
      )}
      <h3>Add a recipient</h3>
      <AddRecipientForm />
    </section>
  );
}
