/**
 * When an automatic backup is due: pure, so the rule is tested without timers or Electron. A backup is due
 * when it is configured and the last success is 24 hours old or more (or there was none). After main has
 * asked once, it waits an hour before asking again, so a locked identity or a missing drive is retried
 * hourly rather than on every check. A last success in the future (the clock was set back) counts as due:
 * otherwise the backup would stop until the clock catches up.
 */
const HOUR_MS = 60 * 60 * 1000;

export const BACKUP_INTERVAL_MS = 24 * HOUR_MS;
export const BACKUP_RETRY_MS = HOUR_MS;
/** How often main checks while running; the first check is a minute after the window has loaded. */
export const BACKUP_CHECK_MS = 10 * 60 * 1000;
export const BACKUP_FIRST_CHECK_MS = 60 * 1000;
/** Clock drift tolerated before a last success "in the future" is treated as a clock set back. */
const CLOCK_SLACK_MS = 5 * 60 * 1000;

export interface BackupScheduleState {
  configured: boolean;
  /** ISO time of the last archive written, or null. */
  lastSuccessAt: string | null;
  /** When main last asked the renderer for a daily backup in this run, or null. */
  lastRequestAt: Date | null;
}

function isRecent(then: number, now: number, windowMs: number): boolean {
  return then <= now + CLOCK_SLACK_MS && now - then < windowMs;
}

export function isBackupDue(state: BackupScheduleState, now: Date): boolean {
  if (!state.configured) return false;
  const at = now.getTime();
  if (state.lastRequestAt && isRecent(state.lastRequestAt.getTime(), at, BACKUP_RETRY_MS)) return false;
  if (state.lastSuccessAt === null) return true;
  const last = Date.parse(state.lastSuccessAt);
  return Number.isNaN(last) || !isRecent(last, at, BACKUP_INTERVAL_MS);
}
