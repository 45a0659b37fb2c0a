import { BUNDLE_FORMAT_ID, BUNDLE_FORMAT_VERSION, BUNDLE_FILES } from '../bundle/manifest';
import { fromUtf8 } from '../crypto/bytes';
import { SMALL_FILE_MAX_BYTES } from './limits';
import { reject, type VerifyFailure } from './verify-codes';
import { entryBytes, isFailure } from './zip-entry';
import type { ZipEntryInfo } from './zip-directory';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** 'unknown-format-version' when parsed manifest JSON is an airr-bundle of another version, else null. */
export function formatVersionProblem(json: unknown): VerifyFailure | null {
  if (!isRecord(json) || json.format !== BUNDLE_FORMAT_ID || json.formatVersion === BUNDLE_FORMAT_VERSION) {
    return null;
  }
  const version = typeof json.formatVersion === 'number' ? String(json.formatVersion) : 'unknown';
  return reject(
    'unknown-format-version',
    `The bundle is format version ${version}; this app reads version ${BUNDLE_FORMAT_VERSION}. Update the app to import it.`,
    { file: BUNDLE_FILES.manifest, path: 'formatVersion' },
  );
}

/**
 * Looks at manifest.json before anything is verified, only to recognise a bundle from a newer app, whose layout
 * or signing may differ: reporting "update the app" beats "bad signature". Bounded: the manifest is inflated
 * only if it declares a small size, into a buffer of that size. Returns null whenever in doubt.
 */
export function peekFormatVersion(bytes: Uint8Array, entries: readonly ZipEntryInfo[]): VerifyFailure | null {
  const max = SMALL_FILE_MAX_BYTES[BUNDLE_FILES.manifest] ?? 0;
  const entry = entries.find((candidate) => candidate.name === BUNDLE_FILES.manifest);
  if (!entry || entry.size > max || entry.compressedSize > max) return null;
  const content = entryBytes(bytes, entry);
  if (isFailure(content)) return null;
  try {
    const json = JSON.parse(fromUtf8(content)) as unknown;
    const problem = formatVersionProblem(json);
    return isRecord(json) &&
      typeof json.formatVersion === 'number' &&
      json.formatVersion > BUNDLE_FORMAT_VERSION
      ? problem
      : null;
  } catch {
    return null;
  }
}
