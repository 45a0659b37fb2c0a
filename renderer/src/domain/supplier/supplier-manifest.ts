/**
 * The envelope of the supplier hand-off bundles: the same family as an assessment bundle (a ZIP with
 * manifest.json, SHA256SUMS over every other file, SHA256SUMS.sig by signer.pem), told apart by `kind`.
 *
 *   supplier-request:  manifest.json, request.json, request.pdf (the questions, readable), signer.pem,
 *                      SHA256SUMS, SHA256SUMS.sig
 *   supplier-response: manifest.json, response.json, response.pdf (the answers, readable), signer.pem,
 *                      attachments/<sha256>[.<ext>], SHA256SUMS, SHA256SUMS.sig
 *
 * An assessment bundle's manifest has no `kind`; an assessment import refuses these with `wrong-bundle-kind`.
 */
import { z } from 'zod';
import { Marking } from '../assessment/model';
import { BUNDLE_FORMAT_ID } from '../bundle/manifest';

/** What a bundle is for; absent in manifest.json means 'assessment' (every bundle written before kinds). */
export const BUNDLE_KINDS = ['assessment', 'supplier-request', 'supplier-response'] as const;
export const BundleKind = z.enum(BUNDLE_KINDS);
export type BundleKind = z.infer<typeof BundleKind>;

export const SUPPLIER_BUNDLE_FORMAT_VERSION = 2;
export const SUPPLIER_REQUEST_EXTENSION = '.airr-request';
export const SUPPLIER_RESPONSE_EXTENSION = '.airr-response';

export const SUPPLIER_BUNDLE_FILES = {
  manifest: 'manifest.json',
  request: 'request.json',
  requestPdf: 'request.pdf',
  response: 'response.json',
  responsePdf: 'response.pdf',
  signerCertificate: 'signer.pem',
  sums: 'SHA256SUMS',
  sumsSignature: 'SHA256SUMS.sig',
} as const;

const SHA256_HEX = z.string().regex(/^[0-9a-f]{64}$/);

export const SupplierBundleManifest = z.strictObject({
  format: z.literal(BUNDLE_FORMAT_ID),
  formatVersion: z.literal(SUPPLIER_BUNDLE_FORMAT_VERSION),
  kind: z.enum(['supplier-request', 'supplier-response']),
  /** The request's or the response's id (request.json / response.json `id`). */
  documentId: z.uuid(),
  createdAt: z.iso.datetime({ offset: true }),
  appVersion: z.string().min(1).max(50),
  /** SHA-256 of signer.pem's DER certificate. */
  signerFingerprint: SHA256_HEX,
  marking: Marking,
  /** SHA-256 of request.json / response.json as stored. */
  documentSha256: SHA256_HEX,
  /** Number of files under attachments/ (always 0 in a request). */
  attachmentCount: z.number().int().nonnegative().max(1_000),
});
export type SupplierBundleManifest = z.infer<typeof SupplierBundleManifest>;

/** The path of a response attachment inside the bundle. */
export function attachmentPath(sha256: string, ext: string): string {
  return ext ? `attachments/${sha256}.${ext}` : `attachments/${sha256}`;
}
