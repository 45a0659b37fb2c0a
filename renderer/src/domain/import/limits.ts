/** Limits checked against the ZIP central directory before anything is inflated. */
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
 * Defaults. A bundle reaches the renderer as one IPC message capped at 200 MiB (electron/limits.ts); the
 * uncompressed caps allow stored-as-is evidence near that size plus compressed JSON, and stay far below what
 * a Uint8Array can hold.
 */
export const DEFAULT_LIMITS: Readonly<Limits> = {
  maxBundleBytes: 1024 * MIB,
  maxEntries: 20_000,
  maxEntryBytes: 1024 * MIB,
  maxTotalBytes: 2048 * MIB,
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
};
