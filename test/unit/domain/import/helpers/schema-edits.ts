/**
 * Schema-breaking edits to a bundle's signed JSON, shared by the property tests of the verifier and of the
 * import pipeline: an edited manifest.json or assessment.json, re-signed properly (and, for the assessment,
 * with the manifest's digest of it brought up to date), so only the schema can catch it.
 */
import fc from 'fast-check';
import { toHex } from '../../../../../renderer/src/domain/crypto/bytes';
import { BundleManifest } from '../../../../../renderer/src/domain/bundle/manifest';
import { AssessmentDocument } from '../../../../../renderer/src/domain/assessment/model';
import { canonicalJsonBytes, packFiles, signFiles, type BundleFile, type TestSigner } from './test-bundle';

/** Replaces the value at a random path of a JSON tree. */
export function mutate(tree: unknown, path: readonly number[], value: unknown): unknown {
  if (path.length === 0 || tree === null || typeof tree !== 'object') return value;
  const keys = Object.keys(tree);
  if (keys.length === 0) return value;
  const key = keys[(path[0] ?? 0) % keys.length] as string;
  const copy = (Array.isArray(tree) ? [...(tree as unknown[])] : { ...tree }) as Record<string, unknown>;
  copy[key] = mutate((tree as Record<string, unknown>)[key], path.slice(1), value);
  return copy;
}

export const wrongValue = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.constant([7]),
  fc.constant({ x: 1 }),
  fc.constant(''),
);

/** Arbitraries for schemaBreakingBundle: which file, where in it, and what goes there. */
export const schemaEdit = [
  fc.constantFrom('assessment.json', 'manifest.json'),
  fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
  wrongValue,
] as const;

function json(files: readonly BundleFile[], name: string): unknown {
  return JSON.parse(new TextDecoder().decode(files.find((f) => f.name === name)?.bytes)) as unknown;
}

/** The bundle with the edit, properly signed; null when the edit happens to leave the JSON schema-valid. */
export async function schemaBreakingBundle(
  files: readonly BundleFile[],
  signer: TestSigner,
  name: string,
  path: readonly number[],
  value: unknown,
): Promise<Uint8Array | null> {
  const edited = mutate(json(files, name), path, value);
  const schema = name === 'manifest.json' ? BundleManifest : AssessmentDocument;
  if (schema.safeParse(edited).success) return null;
  let changed = files.map((f) => (f.name === name ? { name, bytes: canonicalJsonBytes(edited) } : f));
  if (name === 'assessment.json') {
    const manifest = json(files, 'manifest.json') as Record<string, unknown>;
    const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(canonicalJsonBytes(edited)));
    manifest.assessmentSha256 = toHex(new Uint8Array(digest));
    changed = changed.map((f) =>
      f.name === 'manifest.json' ? { ...f, bytes: canonicalJsonBytes(manifest) } : f,
    );
  }
  return packFiles(await signFiles(changed, signer));
}
