import { describe, expect, it } from 'vitest';
import { isBackupDue } from '../../../electron/backup-schedule';

const NOW = new Date('2030-06-10T12:00:00.000Z');
const hoursAgo = (hours: number): Date => new Date(NOW.getTime() - hours * 3_600_000);
const state = (lastSuccessAt: string | null, lastRequestAt: Date | null = null, configured = true) => ({
  configured,
  lastSuccessAt,
  lastRequestAt,
});

describe('when an automatic backup is due', () => {
  it('is never due while automatic backup is off or unconfigured', () => {
    expect(isBackupDue(state(null, null, false), NOW)).toBe(false);
    expect(isBackupDue(state(hoursAgo(100).toISOString(), null, false), NOW)).toBe(false);
  });

  it('is due when there has never been a backup', () => {
    expect(isBackupDue(state(null), NOW)).toBe(true);
  });

  it('is due once the last success is 24 hours old, not before', () => {
    expect(isBackupDue(state(hoursAgo(23.99).toISOString()), NOW)).toBe(false);
    expect(isBackupDue(state(hoursAgo(24).toISOString()), NOW)).toBe(true);
    expect(isBackupDue(state(hoursAgo(240).toISOString()), NOW)).toBe(true);
  });

  it('waits an hour after asking before asking again (a locked identity is retried hourly)', () => {
    expect(isBackupDue(state(null, hoursAgo(0.5)), NOW)).toBe(false);
    expect(isBackupDue(state(hoursAgo(30).toISOString(), hoursAgo(0.99)), NOW)).toBe(false);
    expect(isBackupDue(state(hoursAgo(30).toISOString(), hoursAgo(1)), NOW)).toBe(true);
  });

  it('treats a last success far in the future (the clock was set back) or an unreadable time as due', () => {
    expect(isBackupDue(state(new Date(NOW.getTime() + 3 * 86_400_000).toISOString()), NOW)).toBe(true);
    expect(isBackupDue(state('not a time'), NOW)).toBe(true);
    // A minute of clock drift is not a clock set back.
    expect(isBackupDue(state(new Date(NOW.getTime() + 60_000).toISOString()), NOW)).toBe(false);
  });
});
