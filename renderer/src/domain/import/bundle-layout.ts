/**
 * Which names a bundle may contain and how large each may be, judged on the central directory alone.
 * Name safety is checked before layout so that a traversal attempt is reported as such, not as "unknown file".
 */
import { BUNDLE_FILES, OPTIONAL_BUNDLE_FILES } from '../bundle/manifest';
import { isSafeBundlePath } from '../bundle/sha256-sums';
import { SUPPLIER_BUNDLE_FILES } from '../supplier/supplier-manifest';
import { SMALL_FILE_MAX_BYTES, type Limits } from './limits';
import { success } from '../result';
import { reject, shownName, type Verified, type VerifyFailure } from './verify-codes';
import type { ZipEntryInfo } from './zip-directory';

export const REQUIRED_FILES: readonly string[] = Object.values(BUNDLE_FILES);
/** Allowed but not required: bundles from before these files existed (format v1 from the start) lack them. */
export const OPTIONAL_FILES: readonly string[] = Object.values(OPTIONAL_BUNDLE_FILES);
const EVIDENCE_FILE = /^evidence\/[0-9a-f]{64}(\.[a-z0-9]{1,16})?$/;

/** The SHA-256 an evidence path is named after, or null for other files. */
export function evidenceHashOf(path: string): string | null {
  return EVIDENCE_FILE.test(path) ? path.slice('evidence/'.length, 'evidence/'.length + 64) : null;
}

/** Why a name is unsafe to handle at all (traversal, absolute, control characters), or null. */
function unsafeName(name: string): string | null {
  if (name === '') return 'has an empty name';
  if ([...name].some((char) => char < ' ' || char === '\u007f'))
    return 'has a control character or NUL in its name';
  if (/[^\u0020-\u007e]/.test(name)) return 'has characters outside plain ASCII in its name';
  if (name.includes('\\')) return 'uses backslashes in its name';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'has an absolute path';
  if (name.split('/').some((part) => part === '..' || part === '.'))
    return 'climbs out of the bundle with “..”';
  return null;
}

function isAllowedName(name: string): boolean {
  return (
    REQUIRED_FILES.includes(name) ||
    OPTIONAL_FILES.includes(name) ||
    (isSafeBundlePath(name) && EVIDENCE_FILE.test(name))
  );
}

/** The names a kind of bundle consists of, and the size cap of each (undefined: limits.maxEntryBytes). */
export type BundleLayout = {
  required: readonly string[];
  isAllowed(name: string): boolean;
  capOf(name: string, limits: Limits): number | undefined;
};

const ASSESSMENT_LAYOUT: BundleLayout = {
  required: REQUIRED_FILES,
  isAllowed: isAllowedName,
  capOf: (name, limits) =>
    name === BUNDLE_FILES.assessment ? limits.maxDocumentBytes : SMALL_FILE_MAX_BYTES[name],
};

function sizeProblem(entry: ZipEntryInfo, limits: Limits, layout: BundleLayout): VerifyFailure | null {
  const where = { file: entry.name };
  const cap = layout.capOf(entry.name, limits);
  const max = Math.min(cap ?? limits.maxEntryBytes, limits.maxEntryBytes);
  if (entry.size > max) {
    return reject(
      'too-large',
      `${shownName(entry.name)} is ${entry.size} bytes; at most ${max} are accepted.`,
      where,
    );
  }
  if (
    entry.size >= limits.ratioFloorBytes &&
    entry.size > Math.max(entry.compressedSize, 1) * limits.maxRatio
  ) {
    const ratio = Math.round(entry.size / Math.max(entry.compressedSize, 1));
    return reject(
      'zip-bomb',
      `${shownName(entry.name)} claims to expand ${ratio} times its stored size.`,
      where,
    );
  }
  return null;
}

/**
 * Checks an assessment bundle's entries (see {@link checkEntries}); a library backup or a supplier bundle is
 * refused as the wrong kind of file, with a sentence saying where it opens.
 */
export function checkLayout(entries: readonly ZipEntryInfo[], limits: Limits): Verified<ZipEntryInfo[]> {
  // A library backup (storage/backup) has backup.json instead of manifest.json: say so, not "unknown file".
  const names = new Set(entries.map((entry) => entry.name));
  if (names.has('backup.json') && !names.has('manifest.json')) {
    return reject(
      'wrong-bundle-kind',
      'This file is a backup of a whole library, not an assessment bundle: it cannot be imported as an assessment.',
      { file: 'backup.json' },
    );
  }
  // Supplier bundles (domain/supplier) share the envelope but carry request.json / response.json instead.
  const supplier = supplierKindProblem(names);
  if (supplier) return supplier;
  return checkEntries(entries, limits, ASSESSMENT_LAYOUT);
}

function supplierKindProblem(names: ReadonlySet<string>): VerifyFailure | null {
  if (names.has(BUNDLE_FILES.assessment)) return null;
  if (names.has(SUPPLIER_BUNDLE_FILES.request)) {
    return reject(
      'wrong-bundle-kind',
      'This file is a supplier request, not an assessment bundle: open it under Suppliers, “Answer a request you received”.',
      { file: SUPPLIER_BUNDLE_FILES.request },
    );
  }
  if (names.has(SUPPLIER_BUNDLE_FILES.response)) {
    return reject(
      'wrong-bundle-kind',
      'This file is a supplier response, not an assessment bundle: import it under Suppliers, on the request it answers.',
      { file: SUPPLIER_BUNDLE_FILES.response },
    );
  }
  return null;
}

/**
 * Checks every entry's name (safe, unique, part of `layout`) and declared size, and the total.
 * Returns the entries (directory entries never get this far: zip-central.ts refuses them).
 */
export function checkEntries(
  entries: readonly ZipEntryInfo[],
  limits: Limits,
  layout: BundleLayout,
): Verified<ZipEntryInfo[]> {
  const seen = new Set<string>();
  const files: ZipEntryInfo[] = [];
  let total = 0;
  for (const entry of entries) {
    const where = { file: entry.name };
    const unsafe = unsafeName(entry.name);
    if (unsafe)
      return reject('unsafe-path', `A file in the bundle ${unsafe}: ${shownName(entry.name)}.`, where);
    // Case-folded so two names that collide on Windows or macOS count as the same file.
    const key = entry.name.toLowerCase();
    if (seen.has(key)) return reject('duplicate-entry', `${shownName(entry.name)} appears twice.`, where);
    seen.add(key);
    if (!layout.isAllowed(entry.name)) {
      return reject('unsafe-path', `${shownName(entry.name)} is not a file a bundle may contain.`, where);
    }
    const problem = sizeProblem(entry, limits, layout);
    if (problem) return problem;
    total += entry.size;
    if (total > limits.maxTotalBytes) {
      return reject('too-large', `The bundle expands to more than ${limits.maxTotalBytes} bytes.`);
    }
    files.push(entry);
  }
  const missing = layout.required.find((name) => !seen.has(name.toLowerCase()));
  if (missing) return reject('missing-file', `The bundle has no ${shownName(missing)}.`, { file: missing });
  return success(files);
}
