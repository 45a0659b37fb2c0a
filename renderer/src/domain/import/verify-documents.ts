import type { z } from 'zod';
import { AssessmentDocument } from '../assessment/model';
import {
  BUNDLE_FILES,
  BUNDLE_FORMAT_ID,
  BundleManifest,
  READABLE_BUNDLE_FORMAT_VERSIONS,
} from '../bundle/manifest';
import { isRecord } from '../is-record';
import { parseStrictJson } from './strict-json';
import { success } from '../result';
import { reject, type Verified, type VerifyFailure } from './verify-codes';

const readJson = parseStrictJson;

function firstIssue(error: z.ZodError): { path: string; message: string } {
  const issue = error.issues[0];
  const path = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : '$';
  return { path, message: issue?.message ?? 'invalid value' };
}

function schemaFailure(file: string, error: z.ZodError): VerifyFailure {
  const { path, message } = firstIssue(error);
  return reject('schema-violation', `${file} is not valid at “${path}”: ${message}.`, { file, path });
}

/** "1, 2 and 3": the versions this app reads, as a sentence says them. */
function readableVersions(): string {
  const all = READABLE_BUNDLE_FORMAT_VERSIONS.map(String);
  return all.length < 2 ? all.join('') : `${all.slice(0, -1).join(', ')} and ${all.at(-1) ?? ''}`;
}

/** 'unknown-format-version' when parsed manifest JSON is an airr-bundle of another version, else null. */
function formatVersionProblem(json: unknown): VerifyFailure | null {
  if (!isRecord(json) || json.format !== BUNDLE_FORMAT_ID) return null;
  if (
    typeof json.formatVersion === 'number' &&
    READABLE_BUNDLE_FORMAT_VERSIONS.includes(json.formatVersion)
  ) {
    return null;
  }
  const version = typeof json.formatVersion === 'number' ? String(json.formatVersion) : 'unknown';
  return reject(
    'unknown-format-version',
    `The bundle is format version ${version}; this app reads versions ${readableVersions()}. Update the app to import it.`,
    { file: BUNDLE_FILES.manifest, path: 'formatVersion' },
  );
}

/**
 * Reads manifest.json, which the signature already covers: only a signed manifest can say "update the app".
 * The envelope (format id and version) is judged before the schema so that a bundle from a newer app is
 * reported as such rather than as "invalid".
 */
export function readManifest(bytes: Uint8Array): Verified<BundleManifest> {
  const file = 'manifest.json';
  const read = readJson(bytes, file);
  if (!read.ok) return read;
  const json = read.value;
  const version = formatVersionProblem(json);
  if (version) return version;
  if (isRecord(json) && json.format !== BUNDLE_FORMAT_ID) {
    return reject(
      'unknown-format-version',
      `manifest.json does not describe an ${BUNDLE_FORMAT_ID} bundle.`,
      {
        file,
        path: 'format',
      },
    );
  }
  const parsed = BundleManifest.safeParse(json);
  return parsed.success ? success(parsed.data) : schemaFailure(file, parsed.error);
}

/** Reads assessment.json and checks it is the assessment the manifest announces. */
export function readDocument(bytes: Uint8Array, manifest: BundleManifest): Verified<AssessmentDocument> {
  const file = 'assessment.json';
  const read = readJson(bytes, file);
  if (!read.ok) return read;
  const parsed = AssessmentDocument.safeParse(read.value);
  if (!parsed.success) return schemaFailure(file, parsed.error);
  const document = parsed.data;
  const mismatch = (path: string, what: string) =>
    reject('schema-violation', `manifest.json and assessment.json disagree about the ${what}.`, {
      file,
      path,
    });
  if (document.id !== manifest.assessmentId) return mismatch('id', 'assessment id');
  if (document.revision !== manifest.revision) return mismatch('revision', 'revision');
  if (document.pack.id !== manifest.pack.id || document.pack.version !== manifest.pack.version) {
    return mismatch('pack', 'framework pack');
  }
  return success(document);
}
