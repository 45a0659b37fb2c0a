/**
 * The supplier side of the hand-off: open a request (verified first, nothing stored until the supplier adds
 * it), keep the draft answer and its attachments, and sign and save the response, bound to the request by the
 * request's id, the SHA-256 of its signed SHA256SUMS and the requester's certificate fingerprint.
 */
import type { SealTarget } from '../../domain/bundle/seal';
import type { SealedKey } from '../../domain/import/open-sealed';
import { failure, success, type Result } from '../../domain/result';
import { buildSupplierBundle, supplierBundleFileName } from '../../domain/supplier/supplier-bundle';
import type { ResponseAnswer, SupplierResponseDocument } from '../../domain/supplier/supplier-documents';
import type { VerifiedSupplierBundle } from '../../domain/supplier/verify-supplier-bundle';
import type { OpenedFile, Platform } from '../../platform';
import type { AirrDatabase } from '../../storage/database';
import {
  addInboxAttachment,
  getInboxRequest,
  listInboxAttachments,
  receiveRequest,
  recordResponse,
} from '../../storage/supplier-inbox-repository';
import type { SupplierAttachmentRow } from '../../storage/supplier-rows';
import { findTrustedSigner } from '../../storage/trust-queries';
import type { ExportSigner } from '../export/prepare-export';
import { REPORT_FONTS } from '../export/report-fonts';
import { hashEvidenceFile } from '../hashing/hash-evidence';
import { readSupplierFile, saveSupplierBundle } from './supplier-files';

export type RequestPreview = {
  verified: VerifiedSupplierBundle<'supplier-request'>;
  /** Whether the requester's certificate is in this device's trust store. */
  trusted: boolean;
  /** The label the trust store gives the requester, when trusted. */
  trustedLabel?: string;
  /** True when this request is already among the received ones. */
  alreadyReceived: boolean;
};

/** Verifies a picked request file and says who signed it; nothing is stored. */
export async function previewRequest(db: AirrDatabase, file: OpenedFile, key?: SealedKey) {
  const verdict = await readSupplierFile(file, 'supplier-request', key);
  if (!verdict.ok) return verdict;
  const verified = verdict.value;
  const trustedRow = await findTrustedSigner(db, verified.signer.fingerprint);
  const alreadyReceived = (await getInboxRequest(db, verified.document.id)) !== undefined;
  const preview: RequestPreview = {
    verified,
    trusted: trustedRow !== undefined,
    ...(trustedRow ? { trustedLabel: trustedRow.label } : {}),
    alreadyReceived,
  };
  return success(preview);
}

/** "Add to my requests": stores the verified request with its request.pdf and an empty draft. */
export function addToInbox(db: AirrDatabase, verified: VerifiedSupplierBundle<'supplier-request'>) {
  return receiveRequest(db, {
    document: verified.document,
    sumsSha256: verified.sumsSha256,
    requesterFingerprint: verified.signer.fingerprint,
    requesterName: verified.signer.name,
    pdf: new Blob([verified.pdf as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }),
  });
}

function extensionOf(name: string): string {
  const match = /\.([A-Za-z0-9]{1,16})$/.exec(name);
  return match?.[1]?.toLowerCase() ?? '';
}

/** Hashes a picked file and stores it as an attachment of one item's answer. */
export async function attachFile(db: AirrDatabase, requestId: string, itemId: string, picked: OpenedFile) {
  const file = new File([picked.blob], picked.name, { type: picked.blob.type });
  if (file.size === 0) return failure('empty-file', `“${picked.name}” is empty, so it was not attached.`);
  const hashed = await hashEvidenceFile(file);
  if (!hashed.ok) return hashed;
  const row: SupplierAttachmentRow = {
    id: `${Date.now().toString(36)}-${crypto.randomUUID()}`,
    requestId,
    itemId,
    name: picked.name.slice(0, 255) || 'attachment',
    type: file.type.slice(0, 200),
    size: file.size,
    sha256: hashed.value.sha256,
    blob: picked.blob,
  };
  return addInboxAttachment(db, row);
}

export type SendResponseRequest = {
  platform: Platform;
  requestId: string;
  signer: ExportSigner;
  seal: SealTarget | null;
  now?: Date;
};

export type SentResponse = { name: string; sha256: string; responseId: string; respondedAt: string };

/**
 * Builds the response from the stored draft, signed by the unlocked identity (sealed when asked), saves it
 * where the supplier chooses and records respondedAt. The supplier can change the draft and send again.
 */
export async function sendResponse(
  db: AirrDatabase,
  request: SendResponseRequest,
): Promise<Result<SentResponse, string>> {
  const row = await getInboxRequest(db, request.requestId);
  if (!row) return failure('not-found', 'The request is no longer on this device.');
  const contact = row.draft.contact;
  if (!contact.name.trim()) {
    return failure('contact-missing', 'Name the person who answers for your organization before you sign.');
  }
  const now = request.now ?? new Date();
  const stored = await listInboxAttachments(db, row.id);
  const items = new Set(row.document.items.map((item) => item.id));
  const attachments = stored.filter((file) => items.has(file.itemId));
  const drafted = new Map(row.draft.answers.map((answer) => [answer.itemId, answer]));
  const answers: ResponseAnswer[] = row.document.items.map(
    (item) => drafted.get(item.id) ?? { itemId: item.id, status: 'not-assessed', narrative: '' },
  );
  const response: SupplierResponseDocument = {
    format: 'airr-supplier-response',
    formatVersion: 1,
    id: crypto.randomUUID(),
    createdAt: now.toISOString(),
    request: { id: row.id, sumsSha256: row.sumsSha256, requesterFingerprint: row.requesterFingerprint },
    supplierId: row.document.supplier.id,
    contact: {
      name: contact.name.trim(),
      organization: contact.organization?.trim() ?? '',
      contact: contact.contact?.trim() ?? '',
    },
    answers,
    attachments: attachments.map(({ id, itemId, name, type, size, sha256 }) => ({
      id,
      itemId,
      name,
      type,
      size,
      sha256,
    })),
    marking: row.document.marking,
  };
  const files = await Promise.all(
    attachments.map(async (file) => ({
      sha256: file.sha256,
      ext: extensionOf(file.name),
      bytes: new Uint8Array(await file.blob.arrayBuffer()),
    })),
  );
  const built = await buildSupplierBundle({
    kind: 'supplier-response',
    request: row.document,
    response,
    attachments: files,
    signerCertificatePem: request.signer.record.certificatePem,
    signingKey: request.signer.signingKey,
    appVersion: request.platform.appInfo().version,
    fonts: REPORT_FONTS,
    seal: request.seal,
  });
  if (!built.ok) return built;
  const name = supplierBundleFileName(
    'supplier-response',
    { site: row.document.siteName, supplier: row.document.supplier.name },
    response.createdAt,
    built.value.sealed,
  );
  const saved = await saveSupplierBundle(request.platform, built.value, name);
  if (!saved.ok) return saved;
  const recorded = await recordResponse(db, row.id, response.id, response.createdAt);
  if (!recorded.ok) {
    return failure(
      'response-not-recorded',
      `${saved.value.name} was saved, but this device could not note it (${recorded.message}).`,
    );
  }
  return success({
    name: saved.value.name,
    sha256: saved.value.sha256,
    responseId: response.id,
    respondedAt: response.createdAt,
  });
}
