/**
 * Maps an app:// URL path to a file inside the renderer's root folder. This is the path-traversal guard of
 * the protocol handler, kept pure (no Electron) so it is tested against real files and symlinks.
 *
 * Deny rather than normalise: a path containing `..`, `.`, a backslash, an encoded separator or dot, NUL,
 * a drive letter or a doubled leading slash is refused outright, and the final check is on the real path so a
 * symlink cannot lead out of the root.
 */
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';

export type ResolvedAppPath =
  { ok: true; filePath: string } | { ok: false; code: 'bad-path' | 'outside-root' | 'not-found' };

const INDEX_FILE = 'index.html';
// Encoded '.', '/', '\' and NUL: legitimate asset names never need them, attackers do.
const FORBIDDEN_ENCODED = /%(2e|2f|5c|00)/i;

function decodedSegments(urlPath: string): string[] | null {
  if (FORBIDDEN_ENCODED.test(urlPath)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (/[\0\\%]/.test(decoded) || !decoded.startsWith('/') || decoded.startsWith('//')) return null;
  const segments = decoded.slice(1).split('/');
  if (segments[segments.length - 1] === '') segments[segments.length - 1] = INDEX_FILE;
  for (const segment of segments) {
    if (segment === '' || segment === '.' || segment === '..' || /^[a-z]:/i.test(segment)) return null;
  }
  return segments;
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** Resolves `urlPath` (the still-encoded pathname of an app:// URL) to a regular file under `root`. */
export async function resolveAppPath(root: string, urlPath: string): Promise<ResolvedAppPath> {
  const segments = decodedSegments(urlPath);
  if (segments === null) return { ok: false, code: 'bad-path' };
  const lexical = path.resolve(root, ...segments);
  if (!isInside(path.resolve(root), lexical)) return { ok: false, code: 'outside-root' };
  let realRoot: string;
  let realFile: string;
  try {
    realRoot = await realpath(root);
    realFile = await realpath(lexical);
  } catch {
    return { ok: false, code: 'not-found' };
  }
  if (!isInside(realRoot, realFile)) return { ok: false, code: 'outside-root' };
  const info = await stat(realFile);
  if (!info.isFile()) return { ok: false, code: 'not-found' };
  return { ok: true, filePath: realFile };
}
