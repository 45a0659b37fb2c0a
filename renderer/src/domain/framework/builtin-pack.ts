/**
 * The pack shipped with the app. Its JSON is stored in the exact form validation gives (every default
 * written out, nothing the schema would strip), and a unit test holds the two equal
 * (test/unit/domain/builtin-pack.test.ts), so no screen parses 58 kB through zod at run time: the pack
 * costs a JSON parse, not a schema walk.
 */
import packJson from '../../../../assets/frameworks/dhs-ai-rr-2024.json';
import type { PackRef } from '../assessment/model';
import type { FrameworkPack } from './pack-schema';

/** The built-in DHS AI Roles and Responsibilities pack (dhs-ai-rr-2024), validated at build by its test. */
export const BUILT_IN_PACK: FrameworkPack = packJson as FrameworkPack;

/** The built-in pack by id and version, as assessments and bundles name it. */
export const BUILT_IN_PACK_REF: PackRef = { id: BUILT_IN_PACK.id, version: BUILT_IN_PACK.version };

/** Every pack this build can score; a bundle naming another is imported with a warning. */
export const KNOWN_PACKS: readonly PackRef[] = [BUILT_IN_PACK_REF];
