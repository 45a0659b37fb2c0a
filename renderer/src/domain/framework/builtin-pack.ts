/**
 * The pack shipped with the app. It goes through the same validation as any imported pack, once, when this
 * module loads; a broken built-in pack is a build defect, so it throws rather than returning a value.
 */
import packJson from '../../../../assets/frameworks/dhs-ai-rr-2024.json';
import { loadPack } from './load-pack';
import type { PackRef } from '../assessment/model';
import type { FrameworkPack } from './pack-schema';

function validateBuiltInPack(): FrameworkPack {
  const result = loadPack(packJson);
  if (!result.ok) throw new Error(`Built-in framework pack is invalid: ${result.message}`);
  return result.value;
}

/** The built-in DHS AI Roles and Responsibilities pack (dhs-ai-rr-2024), validated. */
export const BUILT_IN_PACK: FrameworkPack = validateBuiltInPack();

/** The built-in pack by id and version, as assessments and bundles name it. */
export const BUILT_IN_PACK_REF: PackRef = { id: BUILT_IN_PACK.id, version: BUILT_IN_PACK.version };

/** Every pack this build can score; a bundle naming another is imported with a warning. */
export const KNOWN_PACKS: readonly PackRef[] = [BUILT_IN_PACK_REF];
