import 'fake-indexeddb/auto';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import {
  backupFileName,
  confirmRestore,
  previewRestore,
  saveBackup,
} from '../../../../renderer/src/services/backup/backup-service';
import { failure, success, DONE } from '../../../../renderer/src/domain/result';
import type { OpenedFile, SaveTarget } from '../../../../renderer/src/platform';
import { openDatabase, type AirrDatabase } from '../../../../renderer/src/storage/database';
import { localAssessment } from '../../storage/helpers/local-assessment';
import { backupSigner } from '../../storage/helpers/backup-signer';
import { saveIdentity } from '../../../../renderer/src/storage/identity-repository';

const PASSPHRASE = 'correct horse battery staple';
const SEAL = { passphrase: PASSPHRASE };
const OWNER = await backupSigner('Backup Owner');
// Where the seal is not the point, an X25519 key: a passphrase's scrypt costs seconds each time.
const AGE_IDENTITY = await generateX25519Identity();
const AGE_SEAL = { recipients: [await identityToRecipient(AGE_IDENTITY)] };
let counter = 0;

async function emptyDb(): Promise<AirrDatabase> {
  const db = openDatabase(`airr-backup-service-${++counter}-${Math.random()}`);
  await db.open();
  return db;
}

/** A save target that keeps what is written, and records whether it was committed or aborted. */
function memoryTarget(failAt = Infinity) {
  const chunks: Uint8Array[] = [];
  const state = { committed: false, aborted: false };
  const target: SaveTarget = {
    write: async (chunk) => {
      if (chunks.length >= failAt) return failure('write-failed', 'The disk is full.');
      chunks.push(chunk instanceof Blob ? new Uint8Array(await chunk.arrayBuffer()) : chunk.slice());
      return DONE;
    },
    commit: () => {
      state.committed = true;
      return Promise.resolve(success('saved.airr-backup.age'));
    },
    abort: () => {
      state.aborted = true;
      return Promise.resolve();
    },
  };
  const file = (name = 'saved.airr-backup.age'): OpenedFile => {
    const blob = new Blob(chunks as Uint8Array<ArrayBuffer>[]);
    return { name, size: blob.size, blob };
  };
  return { target, state, chunks, file };
}

async function dump(db: AirrDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

describe('backup service', () => {
  it('names the archive after the local day', () => {
    expect(backupFileName(new Date(2031, 0, 5, 23, 59))).toBe('airr-library-2031-01-05.airr-backup.age');
  });

  it('saves a sealed archive that restores into an empty library only after confirmation', async () => {
    const { db } = await localAssessment();
    const saved = memoryTarget();
    const result = await saveBackup(db, saved.target, SEAL, OWNER.signer);
    expect(result.ok && result.value.name).toBe('saved.airr-backup.age');
    expect(saved.state).toEqual({ committed: true, aborted: false });

    const other = await emptyDb();
    const preview = await previewRestore(other, saved.file(), { passphrase: PASSPHRASE });
    if (!preview.ok) throw new Error(preview.message);
    const rows = Object.values(await dump(db)).reduce((n, t) => n + t.length, 0);
    expect(preview.value.plan.added).toBe(rows);
    expect(preview.value.plan.conflicts).toBe(0);
    // Planning wrote nothing.
    expect(Object.values(await dump(other)).every((t) => t.length === 0)).toBe(true);

    const restored = await confirmRestore(other, preview.value.plan);
    expect(restored.ok && restored.value).toBe(rows);
    expect(await dump(other)).toEqual(await dump(db));
  });

  it("says who signed the archive: this profile's own identity, a trusted signer, or unknown", async () => {
    const { db } = await localAssessment();
    const saved = memoryTarget();
    await saveBackup(db, saved.target, AGE_SEAL, OWNER.signer);
    const signerIn = async (other: AirrDatabase) => {
      const preview = await previewRestore(other, saved.file(), { identity: AGE_IDENTITY });
      if (!preview.ok) throw new Error(preview.message);
      return preview.value.signer;
    };
    const fresh = await emptyDb();
    expect(await signerIn(fresh)).toEqual({
      kind: 'unknown',
      name: 'Backup Owner',
      organization: 'Harbor Grid Cooperative',
      fingerprint: OWNER.record.fingerprint,
      trustedLabel: null,
    });
    await fresh.trustedSigners.put({
      fingerprint: OWNER.record.fingerprint,
      label: 'Our backup key',
      certificatePem: OWNER.record.certificatePem,
      subjectName: 'Backup Owner',
      addedAt: '2030-01-01T00:00:00.000Z',
    });
    expect(await signerIn(fresh)).toMatchObject({ kind: 'trusted', trustedLabel: 'Our backup key' });
    const own = await emptyDb();
    const stored = await saveIdentity(own, OWNER.record);
    expect(stored.ok).toBe(true);
    expect(await signerIn(own)).toMatchObject({ kind: 'own', name: 'Backup Owner' });
    // Another identity in this profile does not make the archive "own".
    const someoneElse = await emptyDb();
    await saveIdentity(someoneElse, (await backupSigner('Someone Else')).record);
    expect(await signerIn(someoneElse)).toMatchObject({ kind: 'unknown' });
  });

  it('refuses a damaged archive with its sentence and changes nothing', async () => {
    const { db } = await localAssessment();
    const saved = memoryTarget();
    await saveBackup(db, saved.target, SEAL, OWNER.signer);
    const last = saved.chunks.at(-1)!;
    last[last.length - 40]! ^= 0xff;
    const before = await dump(db);
    const preview = await previewRestore(db, saved.file(), { passphrase: PASSPHRASE });
    expect(preview.ok).toBe(false);
    if (!preview.ok) {
      expect(preview.code).toBe('cannot-open');
      expect(preview.message).toMatch(/^The backup could not be opened/);
    }
    expect(await dump(db)).toEqual(before);
  });

  it('refuses a file that is not a sealed archive', async () => {
    const db = await emptyDb();
    const blob = new Blob(['PK not sealed']);
    const preview = await previewRestore(db, { name: 'x.zip', size: blob.size, blob }, { passphrase: 'x' });
    expect(!preview.ok && preview.code).toBe('not-sealed');
  });

  it('aborts the file when the disk refuses a write, and reports why', async () => {
    const { db } = await localAssessment();
    const saved = memoryTarget(0);
    const result = await saveBackup(db, saved.target, SEAL, OWNER.signer);
    expect(!result.ok && result.code).toBe('write-failed');
    expect(saved.state).toEqual({ committed: false, aborted: true });
  });
});
