import { describe, expect, it } from 'vitest';
import { MAX_OPEN_FILE_BYTES, MAX_SAVE_TOTAL_BYTES } from '../../../electron/limits';
import { MAX_ZIP_BYTES } from '../../../renderer/src/domain/bundle/zip-writer';
import { DEFAULT_LIMITS } from '../../../renderer/src/domain/import/limits';
import { MAX_BUNDLE_BYTES, shownCap } from '../../../renderer/src/domain/size-limits';
import { MAX_EVIDENCE_BYTES } from '../../../renderer/src/ui/wizard/area/evidence-panel';

describe('the one size cap', () => {
  it('is 1 TiB, past the 4 GiB that ZIP without ZIP64 stops at', () => {
    expect(MAX_BUNDLE_BYTES).toBe(2 ** 40);
    expect(shownCap(MAX_BUNDLE_BYTES)).toBe('1 TiB');
  });

  it('is what the exporter, the verifier, the evidence picker and the desktop shell all enforce', () => {
    expect({
      exporter: MAX_ZIP_BYTES,
      verifierBundle: DEFAULT_LIMITS.maxBundleBytes,
      verifierEntry: DEFAULT_LIMITS.maxEntryBytes,
      evidence: MAX_EVIDENCE_BYTES,
      desktopOpen: MAX_OPEN_FILE_BYTES,
      desktopSave: MAX_SAVE_TOTAL_BYTES,
    }).toEqual({
      exporter: MAX_BUNDLE_BYTES,
      verifierBundle: MAX_BUNDLE_BYTES,
      verifierEntry: MAX_BUNDLE_BYTES,
      evidence: MAX_BUNDLE_BYTES,
      desktopOpen: MAX_BUNDLE_BYTES,
      desktopSave: MAX_BUNDLE_BYTES,
    });
  });
});
