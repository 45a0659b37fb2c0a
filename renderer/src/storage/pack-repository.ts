/**
 * Framework packs on this device: the built-in pack, always present and never stored (it ships with the app,
 * validated at build), and the packs installed from files (v10 `packs`, keyed by [id+version]). Every
 * assessment names its pack by id and version (its header's packId/packVersion) and is resolved through
 * {@link findPack}, so an assessment stays on the pack it was made with when a newer version is installed.
 */
import { BUILT_IN_PACK, BUILT_IN_PACK_REF } from '../domain/framework/builtin-pack';
import type { PackRef } from '../domain/assessment/model';
import { summarizeContent } from '../domain/assessment/summary';
import type { ReadPack } from '../domain/framework/pack-file';
import type { FrameworkPack } from '../domain/framework/pack-schema';
import { failure, success, type Failure, type Result } from '../domain/result';
import type { AirrDatabase } from './database';
import { PackRowSchema, type PackRow } from './pack-rows';
import { Refusal, refusalOrFailure, type IoCode } from './storage-errors';

export type { PackRow };

/** Why a pack was not installed. */
export type PackInstallCode = 'pack-built-in' | 'pack-installed' | 'pack-row-invalid' | IoCode;

/** How a listed pack's signature stands now (the trust store is read live). */
export type PackTrust =
  | { kind: 'built-in' }
  | { kind: 'unsigned' }
  | { kind: 'signed-trusted'; fingerprint: string; signerName: string; trustedAs: string }
  | { kind: 'signed-untrusted'; fingerprint: string; signerName: string };

/** One pack as Settings lists it. */
export interface ListedPack {
  id: string;
  version: string;
  title: string;
  publisher: string;
  practiceCount: number;
  trust: PackTrust;
  /** How many stored assessments are on this id and version. */
  assessmentCount: number;
  installedAt?: string;
}

export function isBuiltIn(ref: PackRef): boolean {
  return ref.id === BUILT_IN_PACK_REF.id && ref.version === BUILT_IN_PACK_REF.version;
}

/** The pack with this id and version, or undefined when this device does not have it. */
export async function findPack(db: AirrDatabase, ref: PackRef): Promise<FrameworkPack | undefined> {
  if (isBuiltIn(ref)) return BUILT_IN_PACK;
  return (await db.packs.get([ref.id, ref.version]))?.pack;
}

/** Every pack this device can show: the built-in one and the installed ones (for the import's pack check). */
export async function knownPackRefs(db: AirrDatabase): Promise<PackRef[]> {
  const installed = await db.packs.toCollection().primaryKeys();
  return [BUILT_IN_PACK_REF, ...installed.map(([id, version]) => ({ id, version }))];
}

/** The trust state of a signature now, from the trust store. */
export async function packTrust(db: AirrDatabase, signature: PackRow['signature']): Promise<PackTrust> {
  if (signature.kind === 'unsigned') return { kind: 'unsigned' };
  const trusted = await db.trustedSigners.get(signature.fingerprint);
  const signerName = [signature.name, signature.organization].filter(Boolean).join(', ');
  return trusted
    ? { kind: 'signed-trusted', fingerprint: signature.fingerprint, signerName, trustedAs: trusted.label }
    : { kind: 'signed-untrusted', fingerprint: signature.fingerprint, signerName };
}

async function usage(db: AirrDatabase): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  await db.assessments.each((header) => {
    const key = `${header.packId}@${header.packVersion}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  return counts;
}

/** The built-in pack first, then the installed ones by id and version. */
export async function listPacks(db: AirrDatabase): Promise<ListedPack[]> {
  const [rows, counts] = await Promise.all([db.packs.toArray(), usage(db)]);
  const count = (ref: PackRef) => counts.get(`${ref.id}@${ref.version}`) ?? 0;
  const builtIn: ListedPack = {
    ...BUILT_IN_PACK_REF,
    title: BUILT_IN_PACK.title,
    publisher: BUILT_IN_PACK.publisher,
    practiceCount: BUILT_IN_PACK.practices.length,
    trust: { kind: 'built-in' },
    assessmentCount: count(BUILT_IN_PACK_REF),
  };
  const installed = await Promise.all(
    rows.map(async (row): Promise<ListedPack> => ({
      id: row.id,
      version: row.version,
      title: row.pack.title,
      publisher: row.pack.publisher,
      practiceCount: row.pack.practices.length,
      trust: await packTrust(db, row.signature),
      assessmentCount: count(row),
      installedAt: row.installedAt,
    })),
  );
  return [builtIn, ...installed];
}

/** The refusal for installing this pack here, or null when it may be installed. */
export async function installRefusal(
  db: AirrDatabase,
  ref: PackRef,
): Promise<Failure<PackInstallCode> | null> {
  if (isBuiltIn(ref))
    return failure(
      'pack-built-in',
      `${ref.id} ${ref.version} is the pack built into this app; it is always installed and cannot be replaced.`,
    );
  if (await db.packs.get([ref.id, ref.version]))
    return failure(
      'pack-installed',
      `${ref.id} ${ref.version} is already installed; a pack version, once installed, is never replaced.`,
    );
  return null;
}

/** Installs a pack read by readPackFile, in one write; an installed id and version is never replaced. */
/**
 * Assessments stored while this device lacked their pack (imported, handed out) were stored unscored
 * (summarizeContent); once the pack is installed, the library's status, completeness and score are theirs.
 */
async function summarizeOnPack(db: AirrDatabase, pack: FrameworkPack): Promise<void> {
  const headers = await db.assessments
    .filter((header) => header.packId === pack.id && header.packVersion === pack.version)
    .toArray();
  for (const header of headers) {
    const row = await db.contents.get(header.id);
    if (row) await db.assessments.put({ ...header, ...summarizeContent(pack, row.content) });
  }
}

export async function installPack(
  db: AirrDatabase,
  read: ReadPack,
  now = new Date(),
): Promise<Result<PackRow, PackInstallCode>> {
  const row = PackRowSchema.safeParse({
    id: read.pack.id,
    version: read.pack.version,
    pack: read.pack,
    packSha256: read.packSha256,
    signature: read.signature,
    installedAt: now.toISOString(),
  });
  if (!row.success)
    return failure('pack-row-invalid', `The pack was not installed: ${row.error.issues[0]?.message ?? ''}`);
  try {
    return await db.transaction('rw', [db.packs, db.assessments, db.contents], async () => {
      const refused = await installRefusal(db, row.data);
      if (refused) throw new Refusal(refused);
      await db.packs.add(row.data);
      await summarizeOnPack(db, row.data.pack);
      return success(row.data);
    });
  } catch (error) {
    return refusalOrFailure<Failure<PackInstallCode>>(error);
  }
}
