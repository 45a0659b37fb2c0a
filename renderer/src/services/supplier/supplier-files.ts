/**
 * Supplier bundle files, for both sides of the hand-off: open a picked .airr-request / .airr-response (sealed
 * or not) and verify it before anything else looks at it, and save a built bundle where the user chooses.
 */
import type { BuiltSupplierBundle } from '../../domain/supplier/supplier-bundle';
import {
  verifySupplierBundle,
  type SupplierBundleKind,
  type SupplierVerdict,
} from '../../domain/supplier/verify-supplier-bundle';
import type { SealedKey } from '../../domain/import/open-sealed';
import { isSealed } from '../../domain/import/open-sealed';
import type { OpenedFile, Platform } from '../../platform';
import { NOT_SAVED } from '../export/export-codes';
import { writeStream, type Written } from '../export/write-stream';
import {
  SUPPLIER_REQUEST_EXTENSION,
  SUPPLIER_RESPONSE_EXTENSION,
} from '../../domain/supplier/supplier-manifest';

/** Extensions (without the dot) the open dialog offers for a kind, sealed forms included. */
export function supplierExtensions(kind: SupplierBundleKind): string[] {
  const plain = (
    kind === 'supplier-request' ? SUPPLIER_REQUEST_EXTENSION : SUPPLIER_RESPONSE_EXTENSION
  ).slice(1);
  return [plain, `${plain}.age`];
}

/** True when the picked file is sealed with age (it needs a key or passphrase to open). */
export async function isSealedFile(file: OpenedFile): Promise<boolean> {
  try {
    return isSealed(new Uint8Array(await file.blob.slice(0, 64).arrayBuffer()));
  } catch {
    return false;
  }
}

/** Verifies a picked supplier file of the expected kind; `key` opens a sealed one. */
export function readSupplierFile<K extends SupplierBundleKind>(
  file: OpenedFile,
  kind: K,
  key?: SealedKey,
): Promise<SupplierVerdict<K>> {
  return verifySupplierBundle(file.blob, kind, key ? { key } : {});
}

export type SavedSupplierFile = Written;

/** Asks where to save a built bundle and writes it; 'not-saved' when the user closes the dialog. */
export async function saveSupplierBundle(
  platform: Platform,
  built: BuiltSupplierBundle,
  suggestedName: string,
) {
  const plain =
    built.manifest.kind === 'supplier-request' ? SUPPLIER_REQUEST_EXTENSION : SUPPLIER_RESPONSE_EXTENSION;
  const extension = `${plain.slice(1)}${built.sealed ? '.age' : ''}`;
  const chosen = await platform.saveFile({
    suggestedName,
    mimeType: built.sealed ? 'application/octet-stream' : 'application/zip',
    extensions: [extension],
  });
  if (!chosen.ok) return chosen;
  if (!chosen.value) return NOT_SAVED;
  const bytes = built.bytes;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  return writeStream(stream, chosen.value);
}
