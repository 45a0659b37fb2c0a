/**
 * Screen lock and suspend lock the signing key: main forwards powerMonitor's 'lock-screen' and 'suspend' to
 * the renderer as a `session:lock` event, and the renderer drops its unlocked key (ui/identity). Unlocking
 * the screen or resuming does not unlock anything: the assessor types the passphrase again.
 */
import type { SessionLockEvent, SessionLockReason } from './ipc-contract';

export const SESSION_LOCK_REASONS: readonly SessionLockReason[] = ['lock-screen', 'suspend'];

/** The part of Electron's powerMonitor used here (an EventEmitter), so tests can pass a fake. */
export interface PowerEvents {
  on(event: SessionLockReason, listener: () => void): unknown;
  removeListener(event: SessionLockReason, listener: () => void): unknown;
}

/** Sends `session:lock` for every lock-screen and suspend; returns a function that stops forwarding. */
export function forwardSessionLocks(power: PowerEvents, send: (event: SessionLockEvent) => void): () => void {
  const listeners = SESSION_LOCK_REASONS.map((reason) => {
    const listener = () => send({ reason });
    power.on(reason, listener);
    return [reason, listener] as const;
  });
  return () => listeners.forEach(([reason, listener]) => power.removeListener(reason, listener));
}
