/**
 * Taking a supplier response in, step by step: verify the file (verify-first: signature, files, schema; a
 * sealed file is opened with the key first), then bind it to a request this device sent and say what
 * accepting would do, and only on "Accept the answers" write, in one transaction. Nothing before that writes.
 */
import type { SealedKey } from '../../domain/import/open-sealed';
import { failure, success, type Result } from '../../domain/result';
import {
  verifySupplierBundle,
  type VerifiedSupplierBundle,
} from '../../domain/supplier/verify-supplier-bundle';
import { SUPPLIER_BUNDLE_MAX_BYTES } from '../../domain/supplier/supplier-bundle';
import type { OpenedFile } from '../../platform';
import type { AirrDatabase } from '../../storage/database';
import {
  acceptSupplierResponse,
  previewSupplierResponse,
  type AcceptCode,
  type AcceptOutcome,
  type ResponsePreview,
  type VerifiedResponse,
} from '../../storage/supplier-response-repository';

export type OpenedResponse = {
  fileName: string;
  bundle: VerifiedSupplierBundle<'supplier-response'>;
  preview: ResponsePreview;
};

function forStorage(bundle: VerifiedSupplierBundle<'supplier-response'>): VerifiedResponse {
  return {
    document: bundle.document,
    sumsSha256: bundle.sumsSha256,
    signer: { fingerprint: bundle.signer.fingerprint, name: bundle.signer.name },
    attachments: bundle.attachments,
  };
}

/** Verifies a chosen response file and previews its binding; writes nothing. */
export async function openSupplierResponse(
  db: AirrDatabase,
  file: OpenedFile,
  key?: SealedKey,
): Promise<Result<OpenedResponse, string>> {
  if (file.blob.size > SUPPLIER_BUNDLE_MAX_BYTES)
    return failure('bundle-too-large', `“${file.name}” is larger than a supplier response can be.`);
  const verified = await verifySupplierBundle(file.blob, 'supplier-response', key ? { key } : {});
  if (!verified.ok) return verified;
  const preview = await previewSupplierResponse(db, forStorage(verified.value));
  if (!preview.ok) return preview;
  return success({ fileName: file.name, bundle: verified.value, preview: preview.value });
}

/** Accepts a response opened and previewed before; the binding is checked again as it is written. */
export function acceptOpenedResponse(
  db: AirrDatabase,
  opened: OpenedResponse,
  actor: string,
): Promise<Result<AcceptOutcome, AcceptCode>> {
  return acceptSupplierResponse(db, forStorage(opened.bundle), actor);
}
