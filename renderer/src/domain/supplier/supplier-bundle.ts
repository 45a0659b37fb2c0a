/**
 * Builds a signed supplier request or response bundle, in the same family as an assessment bundle
 * (supplier-manifest.ts has the layout): canonical JSON, a readable PDF, signer.pem, attachments stored under
 * their SHA-256, and SHA256SUMS over every other file, signed with the unlocked identity, written by the
 * export's own ZIP writer. Optionally sealed with age exactly as an export is.
 *
 * Deterministic: the same input gives the same files, the same SHA256SUMS and so the same `sumsSha256` (the
 * value a response quotes to bind itself to its request). Only SHA256SUMS.sig differs from one build to the
 * next, because ECDSA signatures are randomized.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { ownBytes, toHex, utf8 } from '../crypto/bytes';
import { toPem } from '../crypto/pem';
import { signDetached } from '../crypto/sign';
import { canonicalJson } from '../journal/canonical-json';
import { BundleError } from '../bundle/bundle-error';
import { checkSigner } from '../bundle/bundle-plan';
import { BUNDLE_FORMAT_ID } from '../bundle/manifest';
import { sealBytes, type SealErrorCode, type SealTarget } from '../bundle/seal';
import { formatSha256Sums } from '../bundle/sha256-sums';
import { ZipChunkWriter } from '../bundle/zip-writer';
import type { ReportFonts } from '../report/report-fonts';
import { failure, success, type Result } from '../result';
import { SUPPLIER_LIMITS, SupplierRequestDocument, SupplierResponseDocument } from './supplier-documents';
import {
  attachmentPath,
  SUPPLIER_BUNDLE_FILES,
  SUPPLIER_BUNDLE_FORMAT_VERSION,
  SUPPLIER_REQUEST_EXTENSION,
  SUPPLIER_RESPONSE_EXTENSION,
  SupplierBundleManifest,
} from './supplier-manifest';
import { buildRequestPdf, buildResponsePdf } from './supplier-pdf';

/** The largest response bundle built in memory: attachments are documents and screenshots, not datasets. */
export const SUPPLIER_BUNDLE_MAX_BYTES = 512 * 1024 * 1024;

/** One stored attachment file of a response, as the supplier side keeps it. */
export type SupplierAttachmentFile = {
  /** SHA-256 recorded when it was attached; checked again here. */
  sha256: string;
  /** Extension without the dot, lowercase letters and digits, or '' for none. */
  ext: string;
  bytes: Uint8Array;
};

type CommonInput = {
  signerCertificatePem: string;
  /** The unlocked, non-extractable ECDSA P-256 key matching the certificate. */
  signingKey: CryptoKey;
  appVersion: string;
  /** The report's fonts, embedded in the PDF; without them the standard fonts are used. */
  fonts?: ReportFonts;
  /** Seal the finished bundle with age (recipients or a passphrase); null or absent: not sealed. */
  seal?: SealTarget | null;
};

export type SupplierBundleInput =
  | (CommonInput & { kind: 'supplier-request'; request: SupplierRequestDocument })
  | (CommonInput & {
      kind: 'supplier-response';
      /** The request answered: response.pdf shows each answer beside its question. */
      request: SupplierRequestDocument;
      response: SupplierResponseDocument;
      /** The files behind response.attachments, matched by sha256 (duplicates are written once). */
      attachments: readonly SupplierAttachmentFile[];
    });

export type SupplierBundleErrorCode =
  | 'invalid-document'
  | 'response-not-for-request'
  | 'invalid-attachment'
  | 'attachment-missing'
  | 'attachment-changed'
  | 'signer-invalid'
  | 'key-certificate-mismatch'
  | 'bundle-too-large'
  | SealErrorCode
  | 'export-failed';

export type BuiltSupplierBundle = {
  /** The .airr-request / .airr-response file, or its age-sealed form when `sealed`. */
  bytes: Uint8Array<ArrayBuffer>;
  sealed: boolean;
  manifest: SupplierBundleManifest;
  /** SHA-256 of SHA256SUMS: what a response quotes as `request.sumsSha256`, and what import keeps. */
  sumsSha256: string;
};

type PlannedFile = { path: string; bytes: Uint8Array; compress: boolean };

const EXTENSION = /^[a-z0-9]{0,16}$/;

function fail(code: SupplierBundleErrorCode, message: string): never {
  throw new SupplierBundleError(code, message);
}

class SupplierBundleError extends Error {
  constructor(
    readonly code: SupplierBundleErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SupplierBundleError';
  }
}

function schemaProblem(what: string, issues: readonly { path: PropertyKey[] }[]): never {
  const where = issues[0]?.path.map(String).join('.') || 'top level';
  return fail('invalid-document', `The ${what} does not match its format (at ${where}).`);
}

function parseRequest(request: SupplierRequestDocument): SupplierRequestDocument {
  const parsed = SupplierRequestDocument.safeParse(request);
  return parsed.success ? parsed.data : schemaProblem('request', parsed.error.issues);
}

function parseResponse(
  response: SupplierResponseDocument,
  request: SupplierRequestDocument,
): SupplierResponseDocument {
  const parsed = SupplierResponseDocument.safeParse(response);
  if (!parsed.success) return schemaProblem('response', parsed.error.issues);
  const document = parsed.data;
  if (document.request.id !== request.id || document.supplierId !== request.supplier.id) {
    fail(
      'response-not-for-request',
      'The response names a different request or supplier than the one given.',
    );
  }
  const items = new Set(request.items.map((item) => item.id));
  const stray = [...document.answers, ...document.attachments].find((entry) => !items.has(entry.itemId));
  if (stray)
    fail(
      'response-not-for-request',
      `The response answers item ${stray.itemId}, which the request does not ask.`,
    );
  return document;
}

/** The attachment files to write, one per distinct SHA-256, in name order; each re-hashed against its record. */
function planAttachments(
  response: SupplierResponseDocument,
  sources: readonly SupplierAttachmentFile[],
): PlannedFile[] {
  const bySha = new Map<string, SupplierAttachmentFile>();
  for (const source of sources) {
    if (!/^[0-9a-f]{64}$/.test(source.sha256) || !EXTENSION.test(source.ext)) {
      fail('invalid-attachment', `Attachment ${source.sha256.slice(0, 12)} has an invalid hash or type.`);
    }
    bySha.set(source.sha256, source);
  }
  const files = new Map<string, PlannedFile>();
  for (const meta of response.attachments) {
    const source = bySha.get(meta.sha256);
    if (!source) fail('attachment-missing', `The attached file “${meta.name}” is missing from storage.`);
    if (source.bytes.length !== meta.size || toHex(sha256(source.bytes)) !== meta.sha256) {
      fail(
        'attachment-changed',
        `The stored file “${meta.name}” no longer matches the SHA-256 recorded when it was attached.`,
      );
    }
    const path = attachmentPath(meta.sha256, source.ext);
    files.set(path, { path, bytes: source.bytes, compress: false });
  }
  if (files.size > SUPPLIER_LIMITS.attachments) {
    fail('bundle-too-large', `A response carries at most ${SUPPLIER_LIMITS.attachments} files.`);
  }
  return [...files.values()].sort((a, b) => (a.path < b.path ? -1 : 1));
}

async function planFiles(
  input: SupplierBundleInput,
): Promise<{ files: PlannedFile[]; manifest: SupplierBundleManifest }> {
  const certificate = await checkSigner(input).catch((error: unknown) => {
    if (
      error instanceof BundleError &&
      (error.code === 'signer-invalid' || error.code === 'key-certificate-mismatch')
    ) {
      return fail(error.code, error.message);
    }
    throw error;
  });
  const request = parseRequest(input.request);
  const isRequest = input.kind === 'supplier-request';
  const response = isRequest ? null : parseResponse(input.response, request);
  const document = response ?? request;
  const documentBytes = utf8(canonicalJson(document));
  const attachments = response && !isRequest ? planAttachments(response, input.attachments) : [];
  const pdf = response
    ? buildResponsePdf(request, response, input.fonts)
    : buildRequestPdf(request, input.fonts);
  const manifest = SupplierBundleManifest.parse({
    format: BUNDLE_FORMAT_ID,
    formatVersion: SUPPLIER_BUNDLE_FORMAT_VERSION,
    kind: input.kind,
    documentId: document.id,
    createdAt: document.createdAt,
    appVersion: input.appVersion,
    signerFingerprint: certificate.fingerprint.compact,
    marking: document.marking,
    documentSha256: toHex(sha256(documentBytes)),
    attachmentCount: attachments.length,
  });
  const names = SUPPLIER_BUNDLE_FILES;
  const files: PlannedFile[] = [
    { path: names.manifest, bytes: utf8(canonicalJson(manifest)), compress: true },
    { path: isRequest ? names.request : names.response, bytes: documentBytes, compress: true },
    { path: isRequest ? names.requestPdf : names.responsePdf, bytes: pdf, compress: true },
    { path: names.signerCertificate, bytes: utf8(toPem(certificate.der, 'CERTIFICATE')), compress: true },
    ...attachments,
  ];
  const total = files.reduce((sum, file) => sum + file.bytes.length, 0);
  if (total > SUPPLIER_BUNDLE_MAX_BYTES) {
    fail(
      'bundle-too-large',
      `The attachments add up to more than ${SUPPLIER_BUNDLE_MAX_BYTES / 2 ** 20} MB, the most one response carries.`,
    );
  }
  return { files, manifest };
}

function concat(chunks: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

async function build(input: SupplierBundleInput): Promise<BuiltSupplierBundle> {
  const { files, manifest } = await planFiles(input);
  const zip = new ZipChunkWriter(new Date(manifest.createdAt));
  const chunks: Uint8Array[] = [];
  for (const file of files) {
    zip.file(file.path, file.bytes, file.compress);
    chunks.push(...zip.drain());
  }
  const sums = formatSha256Sums(
    files.map((file) => ({ path: file.path, sha256: toHex(sha256(file.bytes)) })),
  );
  zip.file(SUPPLIER_BUNDLE_FILES.sums, sums, true);
  zip.file(SUPPLIER_BUNDLE_FILES.sumsSignature, await signDetached(input.signingKey, sums), false);
  zip.finish();
  chunks.push(...zip.drain());
  const bundle = concat(chunks);
  const sumsSha256 = toHex(sha256(sums));
  if (!input.seal) return { bytes: bundle, sealed: false, manifest, sumsSha256 };
  const sealed = await sealBytes(bundle, input.seal);
  if (!sealed.ok) fail(sealed.code, sealed.message);
  return { bytes: ownBytes(sealed.value), sealed: true, manifest, sumsSha256 };
}

/**
 * Builds the bundle of `input.kind` in memory. Every failure comes back as a value with a code of
 * {@link SupplierBundleErrorCode} and a sentence; nothing is thrown.
 */
export async function buildSupplierBundle(
  input: SupplierBundleInput,
): Promise<Result<BuiltSupplierBundle, SupplierBundleErrorCode>> {
  try {
    return success(await build(input));
  } catch (error) {
    if (error instanceof SupplierBundleError) return failure(error.code, error.message);
    const detail = error instanceof Error ? ` ${error.message}` : '';
    return failure('export-failed', `The supplier bundle could not be written.${detail}`);
  }
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

/**
 * "<site>-<supplier>-request-<date>.airr-request" or "<supplier>-response-<date>.airr-response", with
 * ".age" added when sealed; ASCII letters, digits and dashes only. `date` is YYYY-MM-DD.
 */
export function supplierBundleFileName(
  kind: 'supplier-request' | 'supplier-response',
  names: { site: string; supplier: string },
  date: string,
  sealed: boolean,
): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(date)?.[0] ?? 'undated';
  const isRequest = kind === 'supplier-request';
  const parts = isRequest ? [slug(names.site), slug(names.supplier)] : [slug(names.supplier)];
  const stem = parts.filter(Boolean).join('-') || 'supplier';
  const extension = isRequest ? SUPPLIER_REQUEST_EXTENSION : SUPPLIER_RESPONSE_EXTENSION;
  return `${stem}-${isRequest ? 'request' : 'response'}-${day}${extension}${sealed ? '.age' : ''}`;
}
