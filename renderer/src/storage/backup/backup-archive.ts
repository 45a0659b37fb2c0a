/**
 * Backup and restore of the whole library (issue 14, item 2). The archive is a ZIP, always sealed with age:
 *
 *   backup.json            { format: 'airr-backup', version, created, schemaVersion, signerFingerprint,
 *                            tables[], blobs[] }
 *   backup.json.sig        detached ECDSA-SHA256 signature (strict DER) of backup.json's exact bytes
 *   signer.pem             the signing identity's certificate
 *   tables/<name>.ndjson   one JSON row per line, in primary-key order; a Blob field becomes {"$blob": sha256}
 *   blobs/<sha256>         the bytes of each distinct Blob once, named by their SHA-256
 *
 * backup.json lists every table of `db.tables` (so a table added later is never forgotten) with its row
 * count and the SHA-256 of its NDJSON file. It is a separate manifest, not a bundle `kind`: an assessment
 * import finds no manifest.json and refuses it, and a restore finds no backup.json in a plain bundle.
 *
 * Restore: open the seal, check the signature (backup-signature.ts), verify everything (every table and blob
 * against backup.json, every row a JSON object with its primary key that its table's zod schema accepts,
 * row-schemas.ts), plan (new rows, identical rows, conflicts = same key, different content),
 * then write only the new rows in one transaction over every table (all or nothing). Conflicts keep the
 * local row and are reported, never overwritten.
 */
import { Dexie, type Table } from 'dexie';
import { unzipSync } from 'fflate';
import { z } from 'zod';
import { sealBytes, type SealErrorCode, type SealTarget } from '../../domain/bundle/seal';
import { ZipChunkWriter } from '../../domain/bundle/zip-writer';
import { fromUtf8, sha256Bytes, toHex, utf8 } from '../../domain/crypto/bytes';
import { canonicalJson } from '../../domain/journal/canonical-json';
import { isSealed, openSealed, type SealedKey } from '../../domain/import/open-sealed';
import { parseStrictJson } from '../../domain/import/strict-json';
import type { ParsedCertificate } from '../../domain/crypto/parse-certificate';
import { failure, success, type Result } from '../../domain/result';
import type { AirrDatabase } from '../database';
import {
  CERTIFICATE_FILE,
  SIGNATURE_FILE,
  signManifest,
  signerCertificate,
  verifyManifestSignature,
  type BackupSigner,
} from './backup-signature';
import { ROW_SCHEMAS, rowProblem } from './row-schemas';

export const BACKUP_FORMAT = 'airr-backup';
/** 2: signed (backup.json.sig, signer.pem, signerFingerprint). Version 1 archives are refused as unsigned. */
export const BACKUP_VERSION = 2;
const MANIFEST = 'backup.json';
/** Blobs are read and zipped in slices of this size, never whole. */
const SLICE = 1 << 20;
/**
 * What a restore opens at most. This release restores in memory, so an archive that unpacks to more (or lists
 * more files) is refused before anything is inflated; the sizes come from the ZIP's central directory and
 * fflate never inflates an entry past the size it declares.
 */
export const BACKUP_LIMITS = {
  entries: 200_000,
  unpackedBytes: 2 * 1024 ** 3,
  manifestBytes: 64 * 1024 ** 2,
};

export const BACKUP_CODES = [
  'not-sealed',
  'cannot-open',
  'not-a-zip',
  'plain-bundle',
  'no-manifest',
  'bad-manifest',
  'newer-version',
  'older-schema',
  'table-mismatch',
  'tampered-file',
  'bad-row',
  'write-failed',
  'too-large',
  'unsigned',
  'bad-signature',
] as const;
export type BackupCode = (typeof BACKUP_CODES)[number];

const SHA256 = z.string().regex(/^[0-9a-f]{64}$/);
const BackupManifest = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().positive(),
  created: z.iso.datetime({ offset: true }),
  schemaVersion: z.number().int().positive(),
  /** SHA-256 of signer.pem's DER certificate, so the signed bytes name their signer. */
  signerFingerprint: SHA256,
  tables: z
    .array(
      z.strictObject({ name: z.string().min(1).max(100), rows: z.number().int().min(0), sha256: SHA256 }),
    )
    .max(1000),
  blobs: z
    .array(z.strictObject({ sha256: SHA256, size: z.number().int().min(0), type: z.string().max(200) }))
    .max(BACKUP_LIMITS.entries),
});
export type BackupManifest = z.infer<typeof BackupManifest>;

const BlobRef = z.strictObject({ $blob: SHA256, type: z.string() });
type Row = Record<string, unknown>;

/** A verified archive: rows with their blobs back as Blob values, ready to plan a restore. */
export type VerifiedBackup = {
  manifest: BackupManifest;
  tables: Map<string, Row[]>;
  /** signer.pem, whose key verified backup.json.sig. */
  signer: ParsedCertificate;
};

export type RestorePlan = {
  tables: { name: string; added: Row[]; identical: number; conflicts: { key: string }[] }[];
  added: number;
  identical: number;
  conflicts: number;
};

const concat = (chunks: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
};

async function blobSha256(blob: Blob): Promise<string> {
  // The WebCrypto digest is one-shot; a blob is read for it, then zipped in slices.
  return toHex(await sha256Bytes(new Uint8Array(await blob.arrayBuffer())));
}

export type WriteBackupCode = SealErrorCode | 'signer-invalid';

/** Builds the archive of every table and blob of the database, signed by `signer` and sealed to `target`. */
export async function writeBackup(
  db: AirrDatabase,
  target: SealTarget,
  signer: BackupSigner,
  now: Date = new Date(),
): Promise<Result<Uint8Array, WriteBackupCode>> {
  const certificate = await signerCertificate(signer);
  if (!certificate.ok) return certificate;
  const zip = new ZipChunkWriter(now);
  const out: Uint8Array[] = [];
  const drain = (): void => {
    out.push(...zip.drain());
  };
  const tables: BackupManifest['tables'] = [];
  const blobs = new Map<string, { size: number; type: string }>();
  // One consistent snapshot of every table (Blobs are handles, read below outside the transaction, which
  // would end at the first non-IndexedDB await).
  const snapshot = await db.transaction('r', db.tables, () =>
    Promise.all(
      [...db.tables]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map(async (table) => ({ table, rows: (await table.toArray()) as Row[] })),
    ),
  );
  {
    for (const { table, rows } of snapshot) {
      const lines: string[] = [];
      for (const row of rows) {
        const stored: Row = {};
        for (const [field, value] of Object.entries(row)) {
          if (value instanceof Blob) {
            const hash = await blobSha256(value);
            if (!blobs.has(hash)) {
              blobs.set(hash, { size: value.size, type: value.type });
              const entry = zip.entry(`blobs/${hash}`, false, value.size);
              for (let at = 0; at < value.size; at += SLICE) {
                entry.push(new Uint8Array(await value.slice(at, at + SLICE).arrayBuffer()));
                drain();
              }
              entry.end();
              drain();
            }
            stored[field] = { $blob: hash, type: value.type };
          } else stored[field] = value;
        }
        lines.push(JSON.stringify(stored));
      }
      const bytes = utf8(lines.map((line) => `${line}\n`).join(''));
      zip.file(`tables/${table.name}.ndjson`, bytes, true);
      drain();
      tables.push({ name: table.name, rows: rows.length, sha256: toHex(await sha256Bytes(bytes)) });
    }
  }
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    created: now.toISOString(),
    schemaVersion: db.verno,
    signerFingerprint: certificate.value.fingerprint.compact,
    tables,
    blobs: [...blobs].map(([sha256, b]) => ({ sha256, size: b.size, type: b.type })),
  };
  const manifestBytes = utf8(canonicalJson(manifest));
  const signed = await signManifest(signer, manifestBytes);
  zip.file(MANIFEST, manifestBytes, true);
  zip.file(SIGNATURE_FILE, signed.signature, false);
  zip.file(CERTIFICATE_FILE, signed.certificate, true);
  zip.finish();
  drain();
  return sealBytes(concat(out), target);
}

const refuse = (code: BackupCode, message: string) => failure(code, message);

/** Opens and verifies an archive completely; nothing is written. */
export async function readBackup(
  db: AirrDatabase,
  sealed: Uint8Array,
  key: SealedKey,
  limits: typeof BACKUP_LIMITS = BACKUP_LIMITS,
): Promise<Result<VerifiedBackup, BackupCode>> {
  if (!isSealed(sealed)) return refuse('not-sealed', 'This file is not a sealed backup archive.');
  const opened = await openSealed(sealed, key);
  if (!opened.ok) return refuse('cannot-open', `The backup could not be opened: ${opened.message}`);
  let files: Record<string, Uint8Array>;
  let entries = 0;
  let unpacked = 0;
  let oversized = null as string | null;
  try {
    files = unzipSync(opened.value, {
      filter: ({ name, originalSize }) => {
        entries += 1;
        unpacked += originalSize;
        if (name === MANIFEST && originalSize > limits.manifestBytes) oversized = `${MANIFEST} is`;
        else if (entries > limits.entries) oversized = `more than ${limits.entries} files are`;
        else if (unpacked > limits.unpackedBytes) oversized = 'its files are';
        // Once over a bound nothing more is inflated.
        return oversized === null;
      },
    });
  } catch {
    return refuse('not-a-zip', 'The backup is damaged or truncated: its ZIP structure cannot be read.');
  }
  if (oversized !== null) {
    return refuse(
      'too-large',
      `This backup cannot be restored here: ${oversized} larger than this version restores (${limits.entries} files, ${limits.unpackedBytes / 1024 ** 3} GiB unpacked). Nothing was changed.`,
    );
  }
  const manifestBytes = files[MANIFEST];
  if (!manifestBytes) {
    return files['manifest.json']
      ? refuse('plain-bundle', 'This is an assessment bundle, not a backup: open it in Import instead.')
      : refuse('no-manifest', 'The archive has no backup.json, so it is not a backup of this app.');
  }
  // As written: canonical JSON, no key twice, bounded depth (what a conforming writer never produces is refused).
  const strict = parseStrictJson(manifestBytes, MANIFEST);
  if (!strict.ok) return refuse('bad-manifest', strict.message);
  const raw = strict.value;
  const version = (raw as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    return refuse('newer-version', 'This backup was made by a newer version of the app; update it first.');
  }
  // Authenticity before anything in backup.json is believed (a newer version is refused above unchecked).
  const signer = await verifyManifestSignature(files, manifestBytes);
  if (!signer.ok) return signer;
  const parsed = BackupManifest.safeParse(raw);
  if (!parsed.success)
    return refuse('bad-manifest', 'backup.json does not describe a backup this app writes.');
  const manifest = parsed.data;
  if (manifest.signerFingerprint !== signer.value.fingerprint.compact) {
    return refuse('bad-signature', `backup.json names another signer than ${CERTIFICATE_FILE}.`);
  }
  if (manifest.schemaVersion > db.verno) {
    return refuse('newer-version', 'This backup was made by a newer version of the app; update it first.');
  }
  if (manifest.schemaVersion < db.verno) {
    // Decided: no cross-version migration of archives in this release; a fresh backup is one click away.
    return refuse(
      'older-schema',
      `This backup was made with storage version ${manifest.schemaVersion}; this app restores version ${db.verno} only.`,
    );
  }
  const expected = db.tables.map((t) => t.name).sort();
  const listed = manifest.tables.map((t) => t.name).sort();
  if (canonicalJson(expected) !== canonicalJson(listed)) {
    return refuse('table-mismatch', 'The backup does not list exactly the tables of this library.');
  }
  const known = new Set([
    MANIFEST,
    SIGNATURE_FILE,
    CERTIFICATE_FILE,
    ...listed.map((n) => `tables/${n}.ndjson`),
  ]);
  const blobs = new Map<string, Blob>();
  for (const info of manifest.blobs) {
    const name = `blobs/${info.sha256}`;
    known.add(name);
    const bytes = files[name];
    if (!bytes || bytes.length !== info.size || toHex(await sha256Bytes(bytes)) !== info.sha256) {
      return refuse('tampered-file', `${name} is missing or does not match backup.json.`);
    }
    blobs.set(info.sha256, new Blob([bytes as Uint8Array<ArrayBuffer>], { type: info.type }));
  }
  const extra = Object.keys(files).find((name) => !known.has(name));
  if (extra) return refuse('tampered-file', `${extra} is not listed in backup.json.`);
  const tables = new Map<string, Row[]>();
  for (const info of manifest.tables) {
    const name = `tables/${info.name}.ndjson`;
    const bytes = files[name];
    if (!bytes || toHex(await sha256Bytes(bytes)) !== info.sha256) {
      return refuse('tampered-file', `${name} is missing or does not match backup.json.`);
    }
    const rows = readRows(bytes, blobs, db.table(info.name));
    if (!rows.ok) return refuse('bad-row', `${name}: ${rows.message}`);
    if (rows.value.length !== info.rows)
      return refuse('tampered-file', `${name} has the wrong number of rows.`);
    tables.set(info.name, rows.value);
  }
  return success({ manifest, tables, signer: signer.value });
}

function readRows(bytes: Uint8Array, blobs: Map<string, Blob>, table: Table): Result<Row[], 'bad-row'> {
  const text = fromUtf8(bytes);
  if (text !== '' && !text.endsWith('\n')) return failure('bad-row', 'the last row is cut off.');
  const rows: Row[] = [];
  for (const line of text.split('\n').slice(0, -1)) {
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      return failure('bad-row', `row ${rows.length + 1} is not valid JSON.`);
    }
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      return failure('bad-row', `row ${rows.length + 1} is not an object.`);
    }
    const record = row as Row;
    for (const [field, value] of Object.entries(record)) {
      const ref = BlobRef.safeParse(value);
      if (!ref.success) continue;
      const blob = blobs.get(ref.data.$blob);
      if (!blob) return failure('bad-row', `row ${rows.length + 1} refers to a blob the archive lacks.`);
      // Blobs are stored once by content; two rows with the same bytes may still differ in media type.
      record[field] = blob.type === ref.data.type ? blob : blob.slice(0, blob.size, ref.data.type);
    }
    const key = primaryKey(table, record);
    if (key === undefined) {
      return failure('bad-row', `row ${rows.length + 1} has no primary key.`);
    }
    const schema = ROW_SCHEMAS[table.name];
    if (!schema) return failure('bad-row', `this app has no row schema for the table ${table.name}.`);
    const parsed = schema.safeParse(record);
    if (!parsed.success) {
      const shown = (JSON.parse(key) as unknown[]).join(' / ');
      return failure(
        'bad-row',
        `row ${rows.length + 1} (key ${shown}) is not a valid ${table.name} row: ${rowProblem(parsed.error)}.`,
      );
    }
    rows.push(record);
  }
  return success(rows);
}

function primaryKey(table: Table, row: Row): string | undefined {
  const path = table.schema.primKey.keyPath;
  const paths = Array.isArray(path) ? path : [path ?? ''];
  const parts = paths.map((p) => row[p]);
  if (parts.some((p) => typeof p !== 'string' && typeof p !== 'number')) return undefined;
  return JSON.stringify(parts);
}

async function comparable(row: Row): Promise<string> {
  const out: Row = {};
  for (const [field, value] of Object.entries(row)) {
    out[field] = value instanceof Blob ? { $blob: await blobSha256(value) } : value;
  }
  return canonicalJson(out);
}

/** What a restore would do: new rows to add, identical rows to skip, conflicts kept local. */
export async function planRestore(db: AirrDatabase, backup: VerifiedBackup): Promise<RestorePlan> {
  const plan: RestorePlan = { tables: [], added: 0, identical: 0, conflicts: 0 };
  for (const [name, rows] of backup.tables) {
    const table = db.table(name);
    const entry: RestorePlan['tables'][number] = { name, added: [], identical: 0, conflicts: [] };
    for (const row of rows) {
      const key = JSON.parse(primaryKey(table, row) ?? '[]') as (string | number)[];
      const local = (await table.get(key.length === 1 ? key[0]! : key)) as Row | undefined;
      if (!local) entry.added.push(row);
      else if ((await comparable(local)) === (await comparable(row))) entry.identical++;
      else entry.conflicts.push({ key: key.join(' / ') });
    }
    plan.added += entry.added.length;
    plan.identical += entry.identical;
    plan.conflicts += entry.conflicts.length;
    plan.tables.push(entry);
  }
  return plan;
}

/** Adds the plan's new rows in one transaction over every table: all of them, or none. */
export async function applyRestore(db: AirrDatabase, plan: RestorePlan): Promise<Result<number, BackupCode>> {
  try {
    await db.transaction('rw', db.tables, async () => {
      for (const entry of plan.tables) {
        if (entry.added.length > 0) await db.table(entry.name).bulkAdd(entry.added);
      }
    });
  } catch (error) {
    const detail = error instanceof Dexie.DexieError ? error.message : String(error);
    return refuse('write-failed', `Nothing was restored: ${detail}`);
  }
  return success(plan.added);
}
