/**
 * Size limits at the IPC boundary. Chromium refuses IPC messages over 256 MiB, so whole files never cross
 * as one message: opened files are read in chunks (read-sessions.ts) and saves are written in chunks
 * (save-sessions.ts). The totals match what a bundle can be (1 TiB, the app's one size cap).
 */
const MIB = 1024 * 1024;

export const MAX_OPEN_FILE_BYTES = 1024 * 1024 * MIB;
export const MAX_READ_CHUNK_BYTES = 16 * MIB;
/** Files one open dialog may return. */
export const MAX_OPEN_FILES = 64;
/**
 * Files kept open for reading at once; the oldest is closed beyond this. Twice a dialog's worth, so a full
 * dialog and the OS's open requests never close each other's files before the renderer has read them.
 */
export const MAX_OPEN_READS = 2 * MAX_OPEN_FILES;
export const MAX_SAVE_CHUNK_BYTES = 16 * MIB;
// Both mirror MAX_BUNDLE_BYTES (renderer/src/domain/size-limits.ts); a test keeps them equal.
export const MAX_SAVE_TOTAL_BYTES = 1024 * 1024 * MIB;
/**
 * An automatic backup's archive at most. Restore opens archives that unpack to 2 GiB (BACKUP_LIMITS in
 * renderer/src/storage/backup/backup-archive.ts); this leaves room for the ZIP and age overhead above that,
 * and nothing larger could ever be restored, so nothing larger is written.
 */
export const MAX_BACKUP_BYTES = 3 * 1024 * MIB;
export const MIN_BACKUP_KEEP = 1;
export const MAX_BACKUP_KEEP = 100;
export const DEFAULT_BACKUP_KEEP = 7;
