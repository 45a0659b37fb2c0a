/**
 * The one size cap of the app: 1 TiB. Bundles past 4 GiB are ZIP64 (bundle/zip-headers.ts), so the format no
 * longer sets the cap; this one keeps every offset far inside exact JavaScript integers and names the size no
 * bundle, no file in one and no evidence file can pass. The exporter, the verifier, the evidence picker and
 * the desktop shell's IPC limits (electron/limits.ts mirrors this value; test/unit/domain/size-limits.test.ts
 * keeps them equal) all use it.
 */
export const MAX_BUNDLE_BYTES = 2 ** 40;

/** A size cap as people read it ("1 TiB", "64 MiB"). */
export function shownCap(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let unit = 0;
  let value = bytes;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}

/** The largest CycloneDX BOM the AI-system import reads: far above any real inventory, small enough to parse. */
export const MAX_CYCLONEDX_BYTES = 5 * 1024 * 1024;
