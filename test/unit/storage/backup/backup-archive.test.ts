import 'fake-indexeddb/auto';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  applyRestore,
  planRestore,
  BACKUP_LIMITS,
  readBackup,
  writeBackup,
} from '../../../../renderer/src/storage/backup/backup-archive';
import { openDatabase, type AirrDatabase } from '../../../../renderer/src/storage/database';
import { sealBytes } from '../../../../renderer/src/domain/bundle/seal';
import { openSealed } from '../../../../renderer/src/domain/import/open-sealed';
import { fromUtf8, toHex, utf8 } from '../../../../renderer/src/domain/crypto/bytes';
import { canonicalJson } from '../../../../renderer/src/domain/journal/canonical-json';
import { sha256 } from '@noble/hashes/sha2.js';
import { verifyBundle } from '../../../../renderer/src/domain/import/verify-bundle';
import { validLibrary } from '../helpers/valid-library';
import { ROW_SCHEMAS } from '../../../../renderer/src/storage/backup/row-schemas';
import { backupSigner } from '../helpers/backup-signer';
import { signDetached } from '../../../../renderer/src/domain/crypto/sign';
import { run, tempDir } from '../../domain/crypto/stock-tools';
import { writeFileSync } from 'node:fs';
import { afterAll } from 'vitest';
import { options } from '../../domain/import/helpers/verify-options';

const PASSPHRASE = { passphrase: 'correct horse battery staple' };
// The refusal tests seal to an X25519 recipient: a passphrase's scrypt costs seconds each time.
const IDENTITY = await generateX25519Identity();
const PASS = { identity: IDENTITY };
const TARGET = { recipients: [await identityToRecipient(IDENTITY)] };
const OWNER = await backupSigner('Backup Owner');
const STRANGER = await backupSigner('Someone Else');
const temp = tempDir('backup-archive');
afterAll(() => temp.remove());
let counter = 0;

async function emptyDb(): Promise<AirrDatabase> {
  const db = openDatabase(`airr-backup-${++counter}-${Math.random()}`);
  await db.open();
  return db;
}

/** A library with a valid row in every table, blobs with every byte value. */
async function seeded(): Promise<AirrDatabase> {
  return (await validLibrary(OWNER.record)).db;
}

/** Every row of every table with every blob's bytes as hex, keyed by table name. */
async function dump(db: AirrDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    const rows = (await table.toArray()) as Record<string, unknown>[];
    out[table.name] = await Promise.all(
      rows.map(async (row) => {
        const copy: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(row)) {
          copy[k] =
            v instanceof Blob ? { type: v.type, hex: toHex(new Uint8Array(await v.arrayBuffer())) } : v;
        }
        return copy;
      }),
    );
  }
  return out;
}

/** Opens the archive, edits its files, optionally signs backup.json again with `resign`'s key, seals again. */
async function reseal(
  sealed: Uint8Array,
  edit: (files: Record<string, Uint8Array>) => void,
  resign: CryptoKey | null = null,
): Promise<Uint8Array> {
  const opened = await openSealed(sealed, PASS);
  if (!opened.ok) throw new Error(opened.message);
  const files = unzipSync(opened.value);
  edit(files);
  if (resign) {
    files['backup.json.sig'] = (await signDetached(resign, files['backup.json']!)) as Uint8Array<ArrayBuffer>;
  }
  const again = await sealBytes(zipSync(files), TARGET);
  if (!again.ok) throw new Error(again.message);
  return again.value;
}

async function archiveOf(
  db: AirrDatabase,
  target: Parameters<typeof writeBackup>[1] = TARGET,
): Promise<Uint8Array> {
  const written = await writeBackup(db, target, OWNER.signer, new Date('2030-02-01T00:00:00Z'));
  if (!written.ok) throw new Error(written.message);
  return written.value;
}

describe('backup archive', () => {
  it('backup → empty profile → restore gives a byte-identical dump of every table and blob', async () => {
    const source = await seeded();
    const before = await dump(source);
    // Coverage: every table of the database holds a row, so a table the archive forgot would show here.
    for (const table of source.tables) expect(before[table.name]?.length, table.name).toBeGreaterThan(0);
    const archive = await archiveOf(source, PASSPHRASE);
    expect(toHex(archive.subarray(0, 4))).toBe(toHex(utf8('age-')));

    const target = await emptyDb();
    const backup = await readBackup(target, archive, PASSPHRASE);
    if (!backup.ok) throw new Error(backup.message);
    expect(backup.value.manifest.tables.map((t) => t.name).sort()).toEqual(
      source.tables.map((t) => t.name).sort(),
    );
    const plan = await planRestore(target, backup.value);
    expect(plan.conflicts).toBe(0);
    expect(await applyRestore(target, plan)).toEqual({ ok: true, value: plan.added });
    expect(await dump(target)).toEqual(before);
  });

  it('restoring into the same library adds nothing; a changed row is a conflict and stays local', async () => {
    const db = await seeded();
    const archive = await archiveOf(db);
    await db.table('recipients').update('r1', { label: 'SOC (renamed)' });
    await db.table('recipients').delete('none');
    const before = await dump(db);
    const backup = await readBackup(db, archive, PASS);
    if (!backup.ok) throw new Error(backup.message);
    const plan = await planRestore(db, backup.value);
    expect(plan.added).toBe(0);
    expect(plan.conflicts).toBe(1);
    expect(plan.tables.find((t) => t.name === 'recipients')?.conflicts).toEqual([{ key: 'r1' }]);
    await applyRestore(db, plan);
    expect(await dump(db)).toEqual(before);
  });

  it.each([
    [
      'wrong key',
      'cannot-open',
      (a: Uint8Array) => Promise.resolve(a),
      { passphrase: 'another long passphrase' },
    ],
    ['truncated', 'cannot-open', (a: Uint8Array) => Promise.resolve(a.subarray(0, a.length - 100)), PASS],
    [
      'flipped byte',
      'cannot-open',
      (a: Uint8Array) => {
        const c = a.slice();
        c[c.length - 50]! ^= 1;
        return Promise.resolve(c);
      },
      PASS,
    ],
    ['not sealed', 'not-sealed', () => Promise.resolve(zipSync({ 'backup.json': utf8('{}') })), PASS],
    [
      'tampered table',
      'tampered-file',
      (a: Uint8Array) =>
        reseal(a, (f) => {
          f['tables/recipients.ndjson'] = utf8('{"id":"r9"}\n');
        }),
      PASS,
    ],
    [
      'tampered blob',
      'tampered-file',
      (a: Uint8Array) =>
        reseal(a, (f) => {
          const k = Object.keys(f).find((n) => n.startsWith('blobs/'))!;
          f[k] = utf8('x');
        }),
      PASS,
    ],
    [
      'extra file',
      'tampered-file',
      (a: Uint8Array) =>
        reseal(a, (f) => {
          f['extra.txt'] = utf8('hi');
        }),
      PASS,
    ],
    [
      'newer version',
      'newer-version',
      (a: Uint8Array) =>
        reseal(
          a,
          (f) => {
            const m = JSON.parse(fromUtf8(f['backup.json']!)) as Record<string, unknown>;
            f['backup.json'] = utf8(JSON.stringify({ ...m, schemaVersion: 99 }));
          },
          OWNER.signer.signingKey,
        ),
      PASS,
    ],
    [
      'newer archive format, refused before its signature is checked',
      'newer-version',
      (a: Uint8Array) =>
        reseal(a, (f) => {
          const m = JSON.parse(fromUtf8(f['backup.json']!)) as Record<string, unknown>;
          f['backup.json'] = utf8(JSON.stringify({ ...m, version: 3 }));
        }),
      PASS,
    ],
    [
      'older schema',
      'older-schema',
      (a: Uint8Array) =>
        reseal(
          a,
          (f) => {
            const m = JSON.parse(fromUtf8(f['backup.json']!)) as Record<string, unknown>;
            f['backup.json'] = utf8(JSON.stringify({ ...m, schemaVersion: 7 }));
          },
          OWNER.signer.signingKey,
        ),
      PASS,
    ],
    [
      'missing table',
      'table-mismatch',
      (a: Uint8Array) =>
        reseal(
          a,
          (f) => {
            const m = JSON.parse(fromUtf8(f['backup.json']!)) as { tables: { name: string }[] };
            f['backup.json'] = utf8(
              JSON.stringify({ ...m, tables: m.tables.filter((t) => t.name !== 'recipients') }),
            );
          },
          OWNER.signer.signingKey,
        ),
      PASS,
    ],
    [
      'no signature',
      'unsigned',
      (a: Uint8Array) =>
        reseal(a, (f) => {
          delete f['backup.json.sig'];
        }),
      PASS,
    ],
    [
      'no signer certificate',
      'unsigned',
      (a: Uint8Array) =>
        reseal(a, (f) => {
          delete f['signer.pem'];
        }),
      PASS,
    ],
    [
      'signer certificate swapped for another identity',
      'bad-signature',
      (a: Uint8Array) =>
        reseal(a, (f) => {
          f['signer.pem'] = utf8(STRANGER.signer.certificatePem);
        }),
      PASS,
    ],
    [
      'signed again by another identity that left the signer named in backup.json',
      'bad-signature',
      (a: Uint8Array) =>
        reseal(
          a,
          (f) => {
            f['signer.pem'] = utf8(STRANGER.signer.certificatePem);
          },
          STRANGER.signer.signingKey,
        ),
      PASS,
    ],
    [
      'plain bundle',
      'plain-bundle',
      async () => {
        const s = await sealBytes(zipSync({ 'manifest.json': utf8('{}'), SHA256SUMS: utf8('') }), TARGET);
        return s.ok ? s.value : new Uint8Array();
      },
      PASS,
    ],
  ] as const)('refuses a damaged archive (%s) with %s and changes nothing', async (_, code, damage, key) => {
    const source = await seeded();
    const archive = await damage(await archiveOf(source));
    const target = await seeded();
    const before = await dump(target);
    const backup = await readBackup(target, archive, key);
    expect(backup.ok ? 'accepted' : backup.code).toBe(code);
    expect(await dump(target)).toEqual(before);
  });

  it('refuses a re-sealed archive with one changed row and a re-computed digest but the old signature', async () => {
    const archive = await reseal(await archiveOf(await seeded()), (f) => {
      const name = 'tables/recipients.ndjson';
      const changed = utf8(fromUtf8(f[name]!).replace('"label":"SOC"', '"label":"SOC (edited)"'));
      f[name] = changed;
      const m = JSON.parse(fromUtf8(f['backup.json']!)) as { tables: { name: string; sha256: string }[] };
      const entry = m.tables.find((t) => t.name === 'recipients')!;
      expect(entry.sha256).not.toBe(toHex(sha256(changed)));
      entry.sha256 = toHex(sha256(changed));
      f['backup.json'] = utf8(canonicalJson(m));
    });
    const target = await seeded();
    const before = await dump(target);
    const backup = await readBackup(target, archive, PASS);
    expect(backup.ok ? 'accepted' : backup.code).toBe('bad-signature');
    expect(backup.ok ? '' : backup.message).toBe(
      'backup.json.sig is not a valid signature of backup.json by signer.pem: the archive was changed after it was signed.',
    );
    expect(await dump(target)).toEqual(before);
  });

  it('has a row schema for every table of the database', async () => {
    const db = await emptyDb();
    expect(Object.keys(ROW_SCHEMAS).sort()).toEqual(db.tables.map((t) => t.name).sort());
  });

  it.each([
    ['recipients', 'r1', (row: Record<string, unknown>) => ({ ...row, recipient: 'not-a-key' }), 'recipient'],
    ['evidence', 'ev-1', (row: Record<string, unknown>) => ({ ...row, size: -1 }), 'size'],
    ['evidence', 'ev-1', (row: Record<string, unknown>) => ({ ...row, crc32: 'fast' }), 'crc32'],
    ['contents', '', (row: Record<string, unknown>) => ({ ...row, content: { title: 7 } }), 'content'],
    [
      'remediation',
      '/ F1',
      (row: Record<string, unknown>) => ({ ...row, status: 'risk-accepted', justification: '' }),
      'justification',
    ],
  ] as const)(
    'refuses the whole archive when one row of %s fails its schema, even signed, naming table and key',
    async (table, key, damage, field) => {
      const archive = await reseal(
        await archiveOf(await seeded()),
        (f) => {
          const name = `tables/${table}.ndjson`;
          const lines = fromUtf8(f[name]!).split('\n');
          lines[0] = JSON.stringify(damage(JSON.parse(lines[0]!) as Record<string, unknown>));
          const changed = utf8(lines.join('\n'));
          f[name] = changed;
          const m = JSON.parse(fromUtf8(f['backup.json']!)) as { tables: { name: string; sha256: string }[] };
          m.tables.find((t) => t.name === table)!.sha256 = toHex(sha256(changed));
          f['backup.json'] = utf8(canonicalJson(m));
        },
        OWNER.signer.signingKey,
      );
      const target = await emptyDb();
      const before = await dump(target);
      const backup = await readBackup(target, archive, PASS);
      expect(backup.ok ? 'accepted' : backup.code).toBe('bad-row');
      const message = backup.ok ? '' : backup.message;
      expect(message).toContain(`tables/${table}.ndjson: row 1 (key `);
      expect(message).toContain(key);
      expect(message).toContain(`is not a valid ${table} row: ${field}`);
      expect(await dump(target)).toEqual(before);
    },
  );

  it('signs backup.json so that openssl verifies it with the key of signer.pem', async () => {
    const opened = await openSealed(await archiveOf(await seeded()), PASS);
    if (!opened.ok) throw new Error(opened.message);
    const files = unzipSync(opened.value);
    for (const name of ['backup.json', 'backup.json.sig', 'signer.pem']) {
      writeFileSync(temp.path(name), files[name]!);
    }
    const manifest = JSON.parse(fromUtf8(files['backup.json']!)) as { signerFingerprint: string };
    expect(manifest.signerFingerprint).toBe(OWNER.record.fingerprint);
    const pub = run('openssl', ['x509', '-in', temp.path('signer.pem'), '-pubkey', '-noout']);
    writeFileSync(temp.path('signer.pub'), pub.stdout);
    const verify = (file: string) =>
      run('openssl', [
        'dgst',
        '-sha256',
        '-verify',
        temp.path('signer.pub'),
        '-signature',
        temp.path('backup.json.sig'),
        temp.path(file),
      ]);
    expect(verify('backup.json').stdout).toContain('Verified OK');
    writeFileSync(temp.path('changed.json'), fromUtf8(files['backup.json']!).replace('"rows":', '"rows": '));
    expect(verify('changed.json').output).toContain('Verification failure');
  });

  it('refuses to write a backup when the unlocked key does not belong to the certificate', async () => {
    const db = await seeded();
    const mixed = { signingKey: STRANGER.signer.signingKey, certificatePem: OWNER.signer.certificatePem };
    const written = await writeBackup(db, TARGET, mixed);
    expect(written.ok ? 'written' : written.code).toBe('signer-invalid');
  });

  it('refuses an archive that unpacks past its bounds before inflating it, and changes nothing', async () => {
    const source = await seeded();
    const archive = await archiveOf(source);
    const target = await seeded();
    const before = await dump(target);
    const opened = await openSealed(archive, PASS);
    if (!opened.ok) throw new Error(opened.message);
    const declared = Object.values(unzipSync(opened.value)).reduce((n, bytes) => n + bytes.length, 0);
    const tight = { ...BACKUP_LIMITS, unpackedBytes: declared - 1 };
    const over = await readBackup(target, archive, PASS, tight);
    expect(over.ok ? 'accepted' : over.code).toBe('too-large');
    expect(over.ok ? '' : over.message).toContain('Nothing was changed.');
    const fewer = await readBackup(target, archive, PASS, { ...BACKUP_LIMITS, entries: 3 });
    expect(fewer.ok ? 'accepted' : fewer.code).toBe('too-large');
    // Exactly at the bound it is read.
    const exact = await readBackup(target, archive, PASS, { ...BACKUP_LIMITS, unpackedBytes: declared });
    expect(exact.ok ? 'read' : exact.code).toBe('read');
    expect(await dump(target)).toEqual(before);
  });

  it('refuses a backup.json that a conforming writer never produces (a key twice)', async () => {
    const source = await seeded();
    const archive = await reseal(await archiveOf(source), (f) => {
      const text = fromUtf8(f['backup.json']!);
      f['backup.json'] = utf8(text.replace('{"blobs":', '{"blobs":[],"blobs":'));
    });
    const target = await seeded();
    const backup = await readBackup(target, archive, PASS);
    expect(backup.ok ? 'accepted' : backup.code).toBe('bad-manifest');
    expect(backup.ok ? '' : backup.message).toMatch(/twice|duplicate/i);
  });

  it('an assessment import refuses a backup with its own code, not as an unknown file', async () => {
    const opened = await openSealed(await archiveOf(await seeded()), PASS);
    if (!opened.ok) throw new Error(opened.message);
    const verdict = await verifyBundle(opened.value, options());
    expect(verdict.ok ? 'accepted' : verdict.code).toBe('wrong-bundle-kind');
  });
});
