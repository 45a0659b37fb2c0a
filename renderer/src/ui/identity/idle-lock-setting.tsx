import { Alert, AlertText, FormGroup, Label, Select } from '@trussworks/react-uswds';
import { useState } from 'react';
import { DEFAULT_IDLE_LOCK_MINUTES, IDLE_LOCK_MINUTES } from '../../data';
import { useIdentity } from './identity-context';

function minutesLabel(minutes: number): string {
  const text = minutes === 1 ? '1 minute' : `${minutes} minutes`;
  return minutes === DEFAULT_IDLE_LOCK_MINUTES ? `${text} (default)` : text;
}

/** Settings: how long the unlocked key may sit unused before it locks; saved with the identity at once. */
export function IdleLockSetting() {
  const identity = useIdentity();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function change(minutes: number) {
    const saved = await identity.setIdleLockMinutes(minutes);
    setMessage(
      saved.ok
        ? {
            ok: true,
            text: `Saved: the key locks after ${minutes === 1 ? '1 minute' : `${minutes} minutes`} without activity.`,
          }
        : { ok: false, text: saved.message },
    );
  }

  return (
    <FormGroup>
      <Label htmlFor="idle-lock-minutes">Lock the key after no activity for</Label>
      <span id="idle-lock-minutes-hint" className="usa-hint">
        It also locks when the window stays hidden that long and, in the desktop app, when the screen locks or
        the computer sleeps.
      </span>
      <Select
        id="idle-lock-minutes"
        name="idle-lock-minutes"
        aria-describedby="idle-lock-minutes-hint"
        value={String(identity.idleLockMinutes)}
        onChange={(event) => void change(Number(event.target.value))}
      >
        {IDLE_LOCK_MINUTES.map((minutes) => (
          <option key={minutes} value={minutes}>
            {minutesLabel(minutes)}
          </option>
        ))}
      </Select>
      {message?.ok ? (
        <p role="status" className="usa-hint">
          {message.text}
        </p>
      ) : null}
      {message && !message.ok ? (
        <Alert type="error" slim role="alert">
          <AlertText>{message.text}</AlertText>
        </Alert>
      ) : null}
    </FormGroup>
  );
}
