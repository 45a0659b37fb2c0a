/**
 * Import as a service, step by step: read the chosen file (bounded), open it when sealed, verify it, preview
 * what storing would do, and store it only when the user accepts. Nothing before store() writes anything.
 * The screen's hook (ui/import/use-import-flow.ts) only keeps the state between these steps.
 */
import { isSealed, type SealedKey } from '../../domain/import/open-sealed';
import { KEY_CODES, type KeyCode } from '../../domain/import/verify-codes';
import { DEFAULT_LIMITS } from '../../domain/import/limits';
import { shownCap } from '../../domain/size-limits';
import { failure, success, type Failure, type Result } from '../../domain/result';
import type { OpenedFile } from '../../platform';
import type { AirrDatabase } from '../../storage/database';
import type { ImportPlan } from '../../storage/import-plan';
import { prepareImport, type PrepareFailure } from '../../storage/import-pipeline';
import {
  previewImport,
  storeVerifiedBundle,
  type PreparedImport,
  type StoreOptions,
  type StoredImport,
} from '../../storage/import-repository';
import { checkStoredInWorker, workerSha256 } from '../hashing/worker-sha256';
import type { VerifyOptions } from '../../domain/import/verify-types';
import { discardSpooledBundle, spoolSealed } from './sealed-spool';

/** A chosen file, and whether a key is needed before it can be verified. */
export type ReadBundle = { file: Blob; sealed: boolean };

export type ReadCode = 'bundle-too-large' | 'file-unreadable';

const unreadable = (name: string) =>
  failure(
    'file-unreadable',
    `“${name}” could not be read: it may have been moved, changed or removed since it was chosen.`,
  );

/**
 * Looks at a chosen file: refuses one larger than any bundle can be and tells a sealed bundle from a plain
 * one by its first bytes. The file is not read into memory: verification reads it slice by slice.
 */
export async function readBundleFile(file: OpenedFile): Promise<Result<ReadBundle, ReadCode>> {
  if (file.blob.size > DEFAULT_LIMITS.maxBundleBytes)
    return failure(
      'bundle-too-large',
      `“${file.name}” is larger than a bundle can be (${shownCap(DEFAULT_LIMITS.maxBundleBytes)}), so it is not an assessment bundle.`,
    );
  try {
    const head = new Uint8Array(await file.blob.slice(0, 64).arrayBuffer());
    return success({ file: file.blob, sealed: isSealed(head) });
  } catch {
    return unreadable(file.name);
  }
}

const isKeyCode = (code: string): code is KeyCode => (KEY_CODES as readonly string[]).includes(code);

async function stillReadable(file: Blob): Promise<boolean> {
  try {
    await file.slice(Math.max(0, file.size - 1)).arrayBuffer();
    return true;
  } catch {
    return false;
  }
}

export type VerifyOutcome =
  /** Sealed, and the key given (if any) did not open it. */
  | { kind: 'needs-key'; failure: Failure<KeyCode> }
  | { kind: 'rejected'; failure: PrepareFailure }
  /** The file could not be read to its end (moved, changed or removed since it was chosen). */
  | { kind: 'unreadable'; failure: Failure<'file-unreadable'> }
  | { kind: 'verified'; prepared: PreparedImport; plan: ImportPlan };

/**
 * A sealed file opened into a private file (sealed-spool.ts), or null to open it in memory in the pipeline.
 * A failure to open it is returned as the pipeline would return it.
 */
async function spooled(file: Blob, key: SealedKey): Promise<Blob | PrepareFailure | null> {
  const head = new Uint8Array(await file.slice(0, 64).arrayBuffer());
  if (!isSealed(head)) return null;
  const opened = await spoolSealed(file, key, head);
  if (!opened) return null;
  return opened.ok ? opened.value.file : opened;
}

/** Stored evidence of a picked (or spooled) file is checked by workers reading slices of it. */
const checkStored: NonNullable<VerifyOptions['checkStored']> = ({ file, start, end }) =>
  file instanceof Blob ? checkStoredInWorker(file.slice(start, end)) : Promise.resolve(null);

/** Opens (when sealed) and verifies a bundle, then plans what storing it would do. Writes nothing. */
export async function verifyImport(
  db: AirrDatabase,
  file: Blob,
  key: SealedKey = {},
  fileName = 'The file',
): Promise<VerifyOutcome> {
  let opened: Blob | PrepareFailure | null;
  try {
    opened = await spooled(file, key);
  } catch {
    return { kind: 'unreadable', failure: unreadable(fileName) };
  }
  const input = opened instanceof Blob ? opened : file;
  // Stored evidence is hashed and CRC-checked by workers reading the file itself, two entries at once.
  const result =
    opened && !(opened instanceof Blob)
      ? opened
      : await prepareImport(db, input, key, { sha256: workerSha256, checkStored });
  if (!result.ok && opened instanceof Blob) await discardSpooledBundle();
  // A file changed or removed while it was read fails as "not a bundle": say what really happened.
  if (!result.ok && result.code === 'not-a-zip' && !(await stillReadable(input)))
    return { kind: 'unreadable', failure: unreadable(fileName) };
  if (!result.ok && isKeyCode(result.code))
    return { kind: 'needs-key', failure: failure(result.code, result.message) };
  if (!result.ok) return { kind: 'rejected', failure: result };
  return { kind: 'verified', prepared: result.value, plan: await previewImport(db, result.value) };
}

export type AcceptOutcome =
  | { kind: 'stored'; stored: StoredImport }
  /** Refused; `plan` is asked again, since what is stored may have changed since the preview. */
  | { kind: 'refused'; message: string; plan: ImportPlan };

/** Stores a verified bundle in one transaction, or says why not with a fresh plan. */
export async function acceptImport(
  db: AirrDatabase,
  prepared: PreparedImport,
  options: StoreOptions,
): Promise<AcceptOutcome> {
  const result = await storeVerifiedBundle(db, prepared, options);
  if (result.ok) {
    // Stored: IndexedDB holds its own copy of the evidence, so an opened sealed bundle's file can go.
    await discardSpooledBundle();
    return { kind: 'stored', stored: result.value };
  }
  return { kind: 'refused', message: result.message, plan: await previewImport(db, prepared) };
}
