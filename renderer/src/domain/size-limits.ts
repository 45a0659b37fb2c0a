/**
 * The one size cap of the app. A bundle is a ZIP without ZIP64 (fflate writes none, and the verifier refuses
 * it), whose 32-bit size fields stop at 2^32 − 1 bytes: so no bundle, no file in one and no evidence file can
 * be larger. The exporter, the verifier, the evidence picker and the desktop shell's IPC limits
 * (electron/limits.ts mirrors this value; test/unit/domain/size-limits.test.ts keeps them equal) all use it.
 */
export const MAX_BUNDLE_BYTES = 0xffff_ffff;

/** The largest CycloneDX BOM the AI-system import reads: far above any real inventory, small enough to parse. */
export const MAX_CYCLONEDX_BYTES = 5 * 1024 * 1024;
