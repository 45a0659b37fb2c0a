import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { SessionLockEvent } from '../../../electron/ipc-contract';
import { forwardSessionLocks } from '../../../electron/session-lock';

describe('screen lock and suspend → session:lock', () => {
  it('sends a lock event for lock-screen and for suspend, and nothing for unlock or resume', () => {
    const power = new EventEmitter();
    const sent: SessionLockEvent[] = [];
    forwardSessionLocks(power, (event) => sent.push(event));
    power.emit('unlock-screen');
    power.emit('resume');
    power.emit('lock-screen');
    power.emit('suspend');
    expect(sent).toEqual([{ reason: 'lock-screen' }, { reason: 'suspend' }]);
  });

  it('stops forwarding when disposed, leaving no listener behind', () => {
    const power = new EventEmitter();
    const send = vi.fn();
    const stop = forwardSessionLocks(power, send);
    stop();
    power.emit('lock-screen');
    expect(send).not.toHaveBeenCalled();
    expect(power.listenerCount('lock-screen') + power.listenerCount('suspend')).toBe(0);
  });
});
