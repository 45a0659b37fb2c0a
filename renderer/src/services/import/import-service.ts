/**
 * Import as a service, step by step: read the chosen file (bounded), open it when sealed, verify it, preview
 * what storing would do, and store it only when the user accepts. Nothing before store() writes anything.
 * The screen's hook (ui/import/use-import-flow.ts) only keeps the state between these steps.
 */
import { isSealed, type SealedKey } from '../../domain/import/open-sealed';
import { DEFAULT_LIMITS } from '../../domain/import/limits';
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
import { readBlobBytes } from './read-blob';

/** A file that was read: its bytes, and whether a key is needed before it can be verified. */
export type ReadBundle = { bytes: Uint8Array; sealed: boolean };

export type ReadCode = 'bundle-too-large' | 'file-unreadable';

/** Reads a chosen file into memory, refusing one larger than any bundle can be before reading a byte. */
export async function readBundleFile(file: OpenedFile): Promise<Result<ReadBundle, ReadCode>> {
  if (file.blob.size > DEFAULT_LIMITS.maxBundleBytes)
    return failure(
      'bundle-too-large',
      `“${file.name}” is larger than a bundle can be (4 GiB), so it is not an assessment bundle.`,
    );
  try {
    const bytes = await readBlobBytes(file.blob);
    return success({ bytes, sealed: isSealed(bytes) });
  } catch {
    return failure(
      'file-unreadable',
      `“${file.name}” could not be read: it may have been moved, changed or removed since it was chosen.`,
    );
  }
}

export type VerifyOutcome =
  /** Sealed, and the key given (if any) did not open it. */
  | { kind: 'needs-key'; failure: Failure<'wrong-key'> }
  | { kind: 'rejected'; failure: PrepareFailure }
  | { kind: 'verified'; prepared: PreparedImport; plan: ImportPlan };

/** Opens (when sealed) and verifies a bundle, then plans what storing it would do. Writes nothing. */
export async function verifyImport(
  db: AirrDatabase,
  bytes: Uint8Array,
  key: SealedKey = {},
): Promise<VerifyOutcome> {
  const result = await prepareImport(db, bytes, key);
  if (!result.ok && result.code === 'wrong-key')
    return { kind: 'needs-key', failure: { ok: false, code: 'wrong-key', message: result.message } };
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
  if (result.ok) return { kind: 'stored', stored: result.value };
  return { kind: 'refused', message: result.message, plan: await previewImport(db, prepared) };
}
