/**
 * Where main remembers the automatic backup: a small JSON file under the app's userData folder, replaced
 * atomically (atomic-write.ts), so a crash mid-write leaves the previous settings. A file that is missing or
 * does not parse gives the defaults (automatic backup off): a damaged settings file must never stop the app.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-write';
import type { AutoBackupStatus } from './ipc-contract';
import { AGE_RECIPIENT, SKIP_REASONS } from './ipc-schemas';
import { DEFAULT_BACKUP_KEEP, MAX_BACKUP_KEEP, MIN_BACKUP_KEEP } from './limits';

export const BACKUP_SETTINGS_FILE = 'auto-backup.json';

const isoTime = z.iso.datetime();

const StoredSettings = z.strictObject({
  version: z.literal(1),
  enabled: z.boolean(),
  folder: z.string().min(1).max(4096).nullable(),
  keep: z.number().int().min(MIN_BACKUP_KEEP).max(MAX_BACKUP_KEEP),
  recipient: AGE_RECIPIENT.nullable(),
  lastSuccess: z.strictObject({ at: isoTime, fileName: z.string().min(1).max(255) }).nullable(),
  lastSkip: z.strictObject({ at: isoTime, reason: z.enum(SKIP_REASONS) }).nullable(),
});

export type StoredBackupSettings = z.infer<typeof StoredSettings>;

export const DEFAULT_BACKUP_SETTINGS: StoredBackupSettings = {
  version: 1,
  enabled: false,
  folder: null,
  keep: DEFAULT_BACKUP_KEEP,
  recipient: null,
  lastSuccess: null,
  lastSkip: null,
};

export async function loadBackupSettings(filePath: string): Promise<StoredBackupSettings> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch {
    return DEFAULT_BACKUP_SETTINGS;
  }
  try {
    const parsed = StoredSettings.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : DEFAULT_BACKUP_SETTINGS;
  } catch {
    return DEFAULT_BACKUP_SETTINGS;
  }
}

export async function saveBackupSettings(filePath: string, settings: StoredBackupSettings): Promise<void> {
  const text = `${JSON.stringify(StoredSettings.parse(settings), null, 2)}\n`;
  await writeFileAtomic(filePath, [new TextEncoder().encode(text)]);
}

export function statusOf(settings: StoredBackupSettings): AutoBackupStatus {
  const { enabled, folder, keep, recipient, lastSuccess, lastSkip } = settings;
  return { enabled, folder, keep, recipient, lastSuccess, lastSkip };
}
