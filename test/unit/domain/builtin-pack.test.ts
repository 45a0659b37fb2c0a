/**
 * The built-in pack is used without validation at run time (builtin-pack.ts); this is the check that makes
 * that safe: the shipped JSON is exactly what validation produces from it, so skipping the parse changes
 * nothing a screen, a score or a bundle sees.
 */
import { describe, expect, it } from 'vitest';
import { isDeepStrictEqual } from 'node:util';
import packJson from '../../../assets/frameworks/dhs-ai-rr-2024.json';
import { BUILT_IN_PACK } from '../../../renderer/src/domain/framework/builtin-pack';
import { loadPack } from '../../../renderer/src/domain/framework/load-pack';

describe('the built-in pack', () => {
  it('is stored in the form validation gives it, so the app can use it unparsed', () => {
    const validated = loadPack(packJson);
    expect(validated.ok).toBe(true);
    if (!validated.ok) return;
    expect(BUILT_IN_PACK).toStrictEqual(validated.value);
    expect(isDeepStrictEqual(BUILT_IN_PACK, validated.value)).toBe(true);
  });

  it('would be told apart from its validated form if a default were left implicit', () => {
    // The check above is not vacuous: drop one written-out default and the two differ.
    const practices = packJson.practices.map((practice, index) => {
      if (index !== 0) return practice;
      const { areaInferred: _dropped, ...rest } = practice;
      return rest;
    });
    const validated = loadPack({ ...packJson, practices });
    expect(validated.ok).toBe(true);
    if (!validated.ok) return;
    expect(isDeepStrictEqual({ ...packJson, practices }, validated.value)).toBe(false);
  });
});
