import { describe, expect, it } from 'vitest';
import { BACKUP_ON_QUIT_TIMEOUT_MS, createBackupRequests } from '../../../electron/backup-requests';
import type { BackupRequest } from '../../../electron/ipc-contract';

function setup(configured = true, lastSuccessAt: string | null = null) {
  const sent: BackupRequest[] = [];
  const timers: { run: () => void; ms: number }[] = [];
  let clock = Date.parse('2030-06-10T12:00:00.000Z');
  const requests = createBackupRequests({
    send: (request) => {
      sent.push(request);
      return true;
    },
    isConfigured: () => configured,
    lastSuccessAt: () => lastSuccessAt,
    now: () => new Date(clock),
    timers: {
      setTimer: (run, ms) => timers.push({ run, ms }),
      clearTimer: () => undefined,
    },
  });
  const event = () => {
    const held = { prevented: false, preventDefault: () => (held.prevented = true) };
    return held;
  };
  return { requests, sent, timers, event, advance: (ms: number) => (clock += ms) };
}

describe('backup requests from main', () => {
  it('asks for a daily backup when one is due, then not again within the hour', () => {
    const { requests, sent, advance } = setup();
    expect(requests.checkDaily()).toBe(true);
    expect(sent).toEqual([{ id: 1, reason: 'daily' }]);
    advance(30 * 60_000);
    expect(requests.checkDaily()).toBe(false);
    advance(30 * 60_000);
    expect(requests.checkDaily()).toBe(true);
    expect(sent).toHaveLength(2);
  });

  it('does not ask when the last success is recent or the backup is unconfigured', () => {
    expect(setup(true, '2030-06-10T02:00:00.000Z').requests.checkDaily()).toBe(false);
    expect(setup(false).requests.checkDaily()).toBe(false);
  });

  it('holds a quit until the renderer answers its own request, ignoring a daily answer', () => {
    const { requests, sent, event } = setup();
    requests.checkDaily();
    let proceeded = 0;
    const held = event();
    expect(requests.quitGate.hold(held, () => (proceeded += 1))).toBe(true);
    expect(held.prevented).toBe(true);
    expect(sent[1]).toEqual({ id: 2, reason: 'quit' });
    requests.done(1);
    expect(proceeded).toBe(0);
    requests.done(2);
    expect(proceeded).toBe(1);
    // The quit that follows goes through at once.
    expect(requests.quitGate.hold(event(), () => (proceeded += 1))).toBe(false);
  });

  it('lets the quit go on after the bound when the renderer never answers', () => {
    const { requests, timers, event } = setup();
    let proceeded = 0;
    requests.quitGate.hold(event(), () => (proceeded += 1));
    expect(timers.map((timer) => timer.ms)).toEqual([BACKUP_ON_QUIT_TIMEOUT_MS]);
    timers[0]?.run();
    expect(proceeded).toBe(1);
  });

  it('does not hold a quit when automatic backup is off', () => {
    const { requests, sent, event } = setup(false);
    let proceeded = 0;
    requests.quitGate.hold(event(), () => (proceeded += 1));
    expect(proceeded).toBe(1);
    expect(sent).toEqual([]);
  });
});
