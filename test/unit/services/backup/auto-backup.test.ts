import 'fake-indexeddb/auto';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { unzipSync } from 'fflate';
import { execFileSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { AutoBackup } from '../../../../electron/auto-backup';
import { IPC_SCHEMAS } from '../../../../electron/ipc-schemas';
import type { DesktopApi } from '../../../../electron/preload';
import { createElectronPlatform } from '../../../../renderer/src/platform/electron-platform';
import type { AutoBackupPlatform } from '../../../../renderer/src/platform';
import { runAutoBackup } from '../../../../renderer/src/services/backup/auto-backup';
import { confirmRestore, previewRestore } from '../../../../renderer/src/services/backup/backup-service';
import { openDatabase, type AirrDatabase } from '../../../../renderer/src/storage/database';
import { saveIdentity } from '../../../../renderer/src/storage/identity-repository';
import { useTempDirs } from '../../electron/temp-dir';
import { backupSigner } from '../../storage/helpers/backup-signer';
import { localAssessment } from '../../storage/helpers/local-assessment';

const tempDir = useTempDirs();
const OWNER = await backupSigner('Backup Owner');
const AGE_IDENTITY = await generateX25519Identity();
const RECIPIENT = await identityToRecipient(AGE_IDENTITY);
const NOW = new Date('2030-03-04T05:06:07.000Z');
const UNLOCKED = { kind: 'unlocked', signer: OWNER.signer } as const;

/**
 * The renderer's Electron platform over main's real AutoBackup, a real settings file and a real folder. Each
 * call is checked against main's IPC schema first, as the IPC router does; only Electron's transport is left out.
 */
async function desktop() {
  const home = await tempDir();
  const folder = path.join(home, 'backups');
  await mkdir(folder);
  const main = await AutoBackup.load({
    settingsPath: path.join(home, 'auto-backup.json'),
    askFolder: () => Promise.resolve(folder),
    now: () => NOW,
  });
  const checked =
    <A extends unknown[], R>(
      schema: { parse: (value: unknown) => unknown },
      toPayload: (...args: A) => unknown,
      fn: (...args: A) => R,
    ) =>
    (...args: A): R => {
      schema.parse(toPayload(...args));
      return fn(...args);
    };
  const api = {
    backupStatus: () => Promise.resolve({ ok: true as const, value: main.status() }),
    backupConfigure: checked(
      IPC_SCHEMAS['backup:set-settings'],
      (r) => r,
      (r) => main.configure(r),
    ),
    backupChooseFolder: () => main.chooseFolder(),
    backupBegin: () => main.begin(),
    backupChunk: checked(
      IPC_SCHEMAS['backup:chunk'],
      (token: string, bytes: Uint8Array) => ({ token, bytes }),
      (token, bytes) => main.chunk(token, bytes),
    ),
    backupCommit: (token: string) => main.commit(token),
    backupAbort: (token: string) => main.abort(token),
    backupSkipped: checked(
      IPC_SCHEMAS['backup:skipped'],
      (reason) => ({ reason }),
      (reason) => main.skipped(reason),
    ),
    onBackupRequest: vi.fn(() => () => undefined),
  } as Partial<DesktopApi> as DesktopApi;
  const backups = createElectronPlatform(api).autoBackup as AutoBackupPlatform;
  return { home, folder, main, backups };
}

async function libraryWithRecipient(): Promise<AirrDatabase> {
  const { db } = await localAssessment();
  await saveIdentity(db, OWNER.record);
  await db.recipients.put({
    id: 'r1',
    label: 'Security team',
    recipient: RECIPIENT,
    addedAt: '2030-01-01T00:00:00.000Z',
  });
  return db;
}

async function turnOn(backups: AutoBackupPlatform, recipient = RECIPIENT) {
  expect((await backups.chooseFolder()).ok).toBe(true);
  expect((await backups.configure({ enabled: true, keep: 7, recipient })).ok).toBe(true);
}

async function dump(db: AirrDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

describe('the automatic backup in the renderer', () => {
  it('writes a signed archive sealed to the chosen recipient that age -d opens and restore accepts', async () => {
    const { home, folder, backups, main } = await desktop();
    const db = await libraryWithRecipient();
    await turnOn(backups);
    const outcome = await runAutoBackup(db, backups, UNLOCKED, NOW);
    const name = 'airr-backup-20300304T050607Z.airr-backup.age';
    expect(outcome).toMatchObject({ kind: 'written', name });
    expect(await readdir(folder)).toEqual([name]);
    expect(main.status().lastSuccess).toEqual({ at: NOW.toISOString(), fileName: name });

    // Stock age opens it with the recipient's secret key: the ZIP inside is the signed library archive.
    const keyFile = path.join(home, 'key.txt');
    await writeFile(keyFile, `${AGE_IDENTITY}\n`);
    const zip = execFileSync('age', ['-d', '-i', keyFile, path.join(folder, name)]);
    expect(Object.keys(unzipSync(new Uint8Array(zip)))).toEqual(
      expect.arrayContaining(['backup.json', 'backup.json.sig', 'signer.pem']),
    );

    // The existing restore verifies the signature and restores every row into an empty library.
    const bytes = await readFile(path.join(folder, name));
    const file = { name, size: bytes.length, blob: new Blob([bytes]) };
    const empty = openDatabase(`airr-auto-backup-restore-${Math.random()}`);
    await empty.open();
    const preview = await previewRestore(empty, file, { identity: AGE_IDENTITY });
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.value.signer).toMatchObject({ kind: 'unknown', fingerprint: OWNER.record.fingerprint });
    expect(preview.value.created).toBe(NOW.toISOString());
    await confirmRestore(empty, preview.value.plan);
    expect(await dump(empty)).toEqual(await dump(db));
  });

  it('refuses to restore an automatic backup whose bytes were changed on disk', async () => {
    const { folder, backups } = await desktop();
    const db = await libraryWithRecipient();
    await turnOn(backups);
    await runAutoBackup(db, backups, UNLOCKED, NOW);
    const [name = ''] = await readdir(folder);
    const bytes = await readFile(path.join(folder, name));
    const at = bytes.length - 40;
    bytes[at] = (bytes[at] ?? 0) ^ 0xff;
    const empty = openDatabase(`airr-auto-backup-damaged-${Math.random()}`);
    await empty.open();
    const preview = await previewRestore(
      empty,
      { name, size: bytes.length, blob: new Blob([bytes]) },
      { identity: AGE_IDENTITY },
    );
    expect(preview).toMatchObject({ ok: false, code: 'cannot-open' });
  });

  it('skips when the identity is locked, writes nothing and records why', async () => {
    const { folder, backups, main } = await desktop();
    const db = await libraryWithRecipient();
    await turnOn(backups);
    expect(await runAutoBackup(db, backups, { kind: 'locked' }, NOW)).toEqual({
      kind: 'skipped',
      reason: 'identity-locked',
    });
    expect(await readdir(folder)).toEqual([]);
    expect(main.status()).toMatchObject({
      lastSuccess: null,
      lastSkip: { at: NOW.toISOString(), reason: 'identity-locked' },
    });
  });

  it('skips when there is no identity, or the chosen recipient is no longer saved', async () => {
    const { folder, backups, main } = await desktop();
    const db = await libraryWithRecipient();
    await turnOn(backups);
    expect(await runAutoBackup(db, backups, { kind: 'none' }, NOW)).toMatchObject({ reason: 'no-identity' });
    await db.recipients.clear();
    expect(await runAutoBackup(db, backups, UNLOCKED, NOW)).toMatchObject({ reason: 'recipient-missing' });
    expect(main.status().lastSkip?.reason).toBe('recipient-missing');
    expect(await readdir(folder)).toEqual([]);
  });

  it('skips with write-failed when the folder has gone', async () => {
    const { folder, backups, main } = await desktop();
    const db = await libraryWithRecipient();
    await turnOn(backups);
    await rm(folder, { recursive: true });
    expect(await runAutoBackup(db, backups, UNLOCKED, NOW)).toMatchObject({ reason: 'write-failed' });
    expect(main.status().lastSkip?.reason).toBe('write-failed');
  });

  it('does nothing and records nothing while automatic backups are off', async () => {
    const { folder, backups, main } = await desktop();
    const db = await libraryWithRecipient();
    expect(await runAutoBackup(db, backups, UNLOCKED, NOW)).toEqual({ kind: 'off' });
    expect(main.status()).toMatchObject({ lastSuccess: null, lastSkip: null });
    expect(await readdir(folder)).toEqual([]);
  });
});
