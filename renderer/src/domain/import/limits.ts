/** Limits checked against the ZIP central directory before anything is inflated. */
import { REPORT_DOCX_MAX_BYTES } from '../bundle/manifest';
import { MAX_BUNDLE_BYTES } from '../size-limits';

export type Limits = {
  /** Size of the .airr file itself. */
  maxBundleBytes: number;
  maxEntries: number;
  /** Declared uncompressed size of any one entry. */
  maxEntryBytes: number;
  /** Sum of declared uncompressed sizes. */
  maxTotalBytes: number;
  /** Uncompressed : compressed above this is treated as a zip bomb… */
  maxRatio: number;
  /** …for entries whose declared size is at least this (tiny files of zeros compress absurdly well). */
  ratioFloorBytes: number;
  /** assessment.json, parsed whole as JSON. */
  maxDocumentBytes: number;
};

const MIB = 1024 * 1024;

/**
 * Defaults. Neither a bundle nor any entry can pass the app's size cap (MAX_BUNDLE_BYTES), and the exporter
 * refuses to write more; import accepts everything the exporter can write. Stored evidence expands to its
 * own size, and the deflated JSON is capped separately (maxDocumentBytes), which bounds the total.
 */
export const DEFAULT_LIMITS: Readonly<Limits> = {
  maxBundleBytes: MAX_BUNDLE_BYTES,
  maxEntries: 20_000,
  maxEntryBytes: MAX_BUNDLE_BYTES,
  maxTotalBytes: MAX_BUNDLE_BYTES + 256 * MIB,
  maxRatio: 200,
  ratioFloorBytes: 64 * 1024,
  maxDocumentBytes: 64 * MIB,
};

/** Small files that never need much room: their caps are fixed, not configurable. */
export const SMALL_FILE_MAX_BYTES: Readonly<Record<string, number>> = {
  'manifest.json': 64 * 1024,
  'signer.pem': 64 * 1024,
  'SHA256SUMS.sig': 1024,
  SHA256SUMS: 4 * MIB,
  // The exporter refuses to write a larger one (bundle-plan.ts), so the verifier accepts exactly that much.
  'report.docx': REPORT_DOCX_MAX_BYTES,
};
