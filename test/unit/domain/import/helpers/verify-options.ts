import type { VerifyOptions } from '../../../../../renderer/src/domain/import/verify-types';

export const KNOWN_PACKS = [{ id: 'dhs-ai-rr-2024', version: '1.0.0' }];

export function options(extra: Partial<VerifyOptions> = {}): VerifyOptions {
  return {
    knownPacks: KNOWN_PACKS,
    trustedFingerprints: new Set(),
    now: new Date('2025-06-01T00:00:00Z'),
    ...extra,
  };
}
