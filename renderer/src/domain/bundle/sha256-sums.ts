/**
 * SHA256SUMS in the exact GNU coreutils text format ("<64 hex>  <path>\n", two spaces = text mode), sorted
 * by path in byte order, so `sha256sum -c SHA256SUMS` checks a bundle without the app.
 */
import { utf8 } from '../crypto/bytes';

export type Sha256Entry = { path: string; sha256: string };

const LINE = /^([0-9a-f]{64}) {2}(\S(?:.*\S)?)$/;
const SAFE_PATH = /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/;

/** A relative path of plain segments: no traversal, no absolute path, no backslashes or spaces. */
export function isSafeBundlePath(path: string): boolean {
  return SAFE_PATH.test(path) && !path.split('/').some((part) => part === '.' || part === '..');
}

function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Formats entries as a SHA256SUMS file; rejects duplicate or unsafe paths. */
export function formatSha256Sums(entries: readonly Sha256Entry[]): Uint8Array {
  const sorted = [...entries].sort((a, b) => byteOrder(a.path, b.path));
  sorted.forEach((entry, i) => {
    if (!isSafeBundlePath(entry.path)) {
      throw new Error(`Unsafe path in SHA256SUMS: ${entry.path}`);
    }
    if (!/^[0-9a-f]{64}$/.test(entry.sha256)) throw new Error(`Not a SHA-256 value for ${entry.path}.`);
    if (i > 0 && sorted[i - 1]?.path === entry.path)
      throw new Error(`Duplicate path in SHA256SUMS: ${entry.path}`);
  });
  return utf8(sorted.map((entry) => `${entry.sha256}  ${entry.path}\n`).join(''));
}

export type ParsedSums =
  { ok: true; value: Sha256Entry[] } | { ok: false; code: 'sha256sums-malformed'; message: string };

/**
 * Parses a SHA256SUMS file strictly: every line must be "<64 lowercase hex>  <path>", each path once,
 * no path traversal, file ends with a newline. Import uses it to check a bundle.
 */
export function parseSha256Sums(text: string): ParsedSums {
  if (text.length > 0 && !text.endsWith('\n')) return malformed('The file does not end with a newline.');
  const entries: Sha256Entry[] = [];
  const seen = new Set<string>();
  const lines = text.split('\n').slice(0, -1);
  for (const [index, line] of lines.entries()) {
    const match = LINE.exec(line);
    const path = match?.[2];
    if (!match?.[1] || !path) return malformed(`Line ${index + 1} is not "<sha256>  <path>".`);
    if (!isSafeBundlePath(path)) {
      return malformed(`Line ${index + 1} names an unsafe path.`);
    }
    if (seen.has(path)) return malformed(`Line ${index + 1} repeats the path ${path}.`);
    seen.add(path);
    entries.push({ sha256: match[1], path });
  }
  return { ok: true, value: entries };
}

function malformed(detail: string): ParsedSums {
  return { ok: false, code: 'sha256sums-malformed', message: `SHA256SUMS is malformed. ${detail}` };
}
