/**
 * Sign and save a supplier request: build request.json from the composer's draft, build the signed (and
 * optionally sealed) request bundle, ask where to save it, write it, and only once the file is on disk record
 * the supplierRequests row with the bundle's SHA256SUMS digest, which every response must quote. A request
 * that never reached a file is never recorded, so no response can be bound to it.
 */
import type { SealTarget } from '../../domain/bundle/seal';
import type { IdentityRecord } from '../../domain/crypto/identity-record';
import type { ReportFonts } from '../../domain/report/report-fonts';
import { failure, success, type Failure, type Result } from '../../domain/result';
import { buildRequestDocument, type RequestDraft } from '../../domain/supplier/request-document';
import { localDate } from '../../domain/supplier/request-state';
import { buildSupplierBundle, supplierBundleFileName } from '../../domain/supplier/supplier-bundle';
import type { Platform } from '../../platform';
import { getContent, getHeader } from '../../storage/assessment-repository';
import type { AirrDatabase } from '../../storage/database';
import { READ_ONLY_RECORD } from '../../storage/record-guard';
import { saveSentRequest } from '../../storage/supplier-request-repository';

export type SendRequestInput = {
  platform: Platform;
  assessmentId: string;
  draft: RequestDraft;
  signer: { record: IdentityRecord; signingKey: CryptoKey };
  seal: SealTarget | null;
};

export type SentRequestFile = { requestId: string; name: string; sealed: boolean; sumsSha256: string };

export type SendRequestFailure = Failure<string>;

export async function sendSupplierRequest(
  db: AirrDatabase,
  input: SendRequestInput,
  fonts?: ReportFonts,
  now = new Date(),
): Promise<Result<SentRequestFile, string>> {
  const { platform, assessmentId, draft, signer } = input;
  const [header, content] = await Promise.all([getHeader(db, assessmentId), getContent(db, assessmentId)]);
  if (!header || !content) return failure('not-found', 'This assessment no longer exists.');
  if (header.source !== 'local') return READ_ONLY_RECORD;
  const document = buildRequestDocument({
    id: crypto.randomUUID(),
    createdAt: now.toISOString(),
    assessmentId,
    content,
    pack: { id: header.packId, version: header.packVersion },
    requester: {
      name: signer.record.name,
      organization: signer.record.organization,
      contact: signer.record.email,
    },
    draft,
  });
  if (!document.ok) return document;
  const built = await buildSupplierBundle({
    kind: 'supplier-request',
    request: document.value,
    signerCertificatePem: signer.record.certificatePem,
    signingKey: signer.signingKey,
    appVersion: platform.appInfo().version,
    ...(fonts ? { fonts } : {}),
    seal: input.seal,
  });
  if (!built.ok) return built;
  const { sealed, bytes, sumsSha256 } = built.value;
  const chosen = await platform.saveFile({
    suggestedName: supplierBundleFileName(
      'supplier-request',
      { site: content.site.name, supplier: document.value.supplier.name },
      localDate(now),
      sealed,
    ),
    mimeType: sealed ? 'application/octet-stream' : 'application/zip',
    extensions: [sealed ? 'airr-request.age' : 'airr-request'],
  });
  if (!chosen.ok) return chosen;
  const target = chosen.value;
  if (!target) return failure('not-saved', 'No file was chosen, so the request was not saved or recorded.');
  const wrote = await target.write(bytes);
  if (!wrote.ok) {
    await target.abort();
    return wrote;
  }
  const committed = await target.commit();
  if (!committed.ok) return committed;
  const recorded = await saveSentRequest(db, {
    id: document.value.id,
    assessmentId,
    supplierId: document.value.supplier.id,
    supplierName: document.value.supplier.name,
    role: document.value.role,
    createdAt: document.value.createdAt,
    dueDate: document.value.dueDate,
    sumsSha256,
    signerFingerprint: signer.record.fingerprint,
    document: document.value,
    responseIds: [],
  });
  if (!recorded.ok)
    return failure(
      'request-not-recorded',
      `${committed.value} was saved, but this device could not record the request (${recorded.message}), so a response to it would be refused. Delete that file and sign the request again.`,
    );
  return success({ requestId: document.value.id, name: committed.value, sealed, sumsSha256 });
}
