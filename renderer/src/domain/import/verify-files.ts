import { BUNDLE_FILES } from '../bundle/manifest';
import { parseSha256Sums, type Sha256Entry } from '../bundle/sha256-sums';
import { fromUtf8 } from '../crypto/bytes';
import { evidenceHashOf } from './bundle-layout';
import { success } from '../result';
import { reject, shownName, type Verified, type VerifyFailure } from './verify-codes';

const SELF = new Set<string>([BUNDLE_FILES.sums, BUNDLE_FILES.sumsSignature]);

/**
 * SHA256SUMS exactly as formatSha256Sums writes it: UTF-8 without a BOM, "<sha256>  <path>" lines ending in a
 * line feed (the last one too), no path twice, sorted by path in byte order. Anything else is refused, even
 * when `sha256sum -c` would read it, so that one bundle has one SHA256SUMS.
 */
function formProblem(sums: Uint8Array): VerifyFailure | null {
  const where = { file: BUNDLE_FILES.sums };
  if (sums[0] === 0xef && sums[1] === 0xbb && sums[2] === 0xbf) {
    return reject('sha256sums-bom', 'SHA256SUMS starts with a byte order mark.', where);
  }
  if (sums.includes(0x0d)) {
    return reject(
      'sha256sums-line-ending',
      'SHA256SUMS has a carriage return; lines end in a line feed only.',
      where,
    );
  }
  if (sums[sums.length - 1] !== 0x0a) {
    return reject('sha256sums-no-final-newline', 'SHA256SUMS does not end with a line feed.', where);
  }
  return null;
}

function orderProblem(text: string): VerifyFailure | null {
  const where = { file: BUNDLE_FILES.sums };
  // Paths start after the 64 hex digits and two spaces; malformed lines are left to parseSha256Sums.
  const paths = text
    .split('\n')
    .slice(0, -1)
    .map((line) => line.slice(66));
  const seen = new Set<string>();
  for (const [index, path] of paths.entries()) {
    if (seen.has(path)) {
      return reject('sha256sums-duplicate', `SHA256SUMS lists ${shownName(path)} twice.`, where);
    }
    seen.add(path);
    const before = paths[index - 1];
    if (before !== undefined && before > path) {
      return reject(
        'sha256sums-unsorted',
        `SHA256SUMS lists ${shownName(path)} after ${shownName(before)}; the exporter sorts by name.`,
        where,
      );
    }
  }
  return null;
}

/** Parses the (already signature-checked) SHA256SUMS and checks it lists exactly the other files present. */
export function checkFileList(sums: Uint8Array, present: readonly string[]): Verified<Sha256Entry[]> {
  const where = { file: BUNDLE_FILES.sums };
  const form = formProblem(sums);
  if (form) return form;
  let text: string;
  try {
    text = fromUtf8(sums);
  } catch {
    return reject('sha256sums-malformed', 'SHA256SUMS is not UTF-8 text.', where);
  }
  const order = orderProblem(text);
  if (order) return order;
  const parsed = parseSha256Sums(text);
  if (!parsed.ok) return reject('sha256sums-malformed', parsed.message, where);
  const listed = new Set(parsed.value.map((entry) => entry.path));
  const selfListed = parsed.value.find((entry) => SELF.has(entry.path));
  if (selfListed) {
    return reject(
      'sha256sums-malformed',
      `SHA256SUMS lists ${selfListed.path}, which it cannot cover.`,
      where,
    );
  }
  const unlisted = present.find((name) => !SELF.has(name) && !listed.has(name));
  if (unlisted) {
    return reject('unlisted-file', `${shownName(unlisted)} is in the bundle but not in SHA256SUMS.`, {
      file: unlisted,
    });
  }
  const names = new Set(present);
  const missing = parsed.value.find((entry) => !names.has(entry.path));
  if (missing) {
    return reject('missing-file', `SHA256SUMS lists ${shownName(missing.path)}, which the bundle lacks.`, {
      file: missing.path,
    });
  }
  return success(parsed.value);
}

/**
 * How one listed file was checked: its SHA-256, and its bytes when it was read whole. A stored evidence file
 * is hashed as it streams and not kept (`bytes` null): its content is then where `at` says in the bundle.
 */
export type CheckedFile = {
  sha256: string;
  bytes: Uint8Array<ArrayBuffer> | null;
  /** Where the file's bytes lie in the bundle, when it is stored there as is. */
  at: { start: number; end: number } | null;
};

/**
 * Checks every listed file (`check` reads or streams it and hashes it); an evidence file must also hash to
 * the value in its own name. Returns how each file was checked, by path.
 */
export async function hashFiles(
  listed: readonly Sha256Entry[],
  check: (path: string) => Promise<Verified<CheckedFile>>,
): Promise<Verified<Map<string, CheckedFile>>> {
  const checked = new Map<string, CheckedFile>();
  for (const entry of listed) {
    const file = await check(entry.path);
    if (!file.ok) return file;
    const actual = file.value.sha256;
    const named = evidenceHashOf(entry.path);
    if (actual !== entry.sha256 || (named !== null && named !== actual)) {
      return reject('hash-mismatch', `${shownName(entry.path)} does not match its SHA-256 in SHA256SUMS.`, {
        file: entry.path,
      });
    }
    checked.set(entry.path, file.value);
  }
  return success(checked);
}
