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

export type AppPathCode = 'bad-path' | 'outside-root' | 'not-found';

// The shape of Result<string, AppPathCode> (renderer/src/domain/result.ts; rootDir keeps electron/ from
// importing it): the value is the real path of the file.
export type ResolvedAppPath = { ok: true; value: string } | { ok: false; code: AppPathCode; message: string };

const REFUSALS: Readonly<Record<AppPathCode, string>> = {
  'bad-path': 'The path is not one an app asset can have.',
  'outside-root': 'The path leads out of the app folder.',
  'not-found': 'No app file has this path.',
};

const refused = (code: AppPathCode): ResolvedAppPath => ({ ok: false, code, message: REFUSALS[code] });

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
  if (segments === null) return refused('bad-path');
  const lexical = path.resolve(root, ...segments);
  if (!isInside(path.resolve(root), lexical)) return refused('outside-root');
  let realRoot: string;
  let realFile: string;
  try {
    realRoot = await realpath(root);
    realFile = await realpath(lexical);
  } catch {
    return refused('not-found');
  }
  if (!isInside(realRoot, realFile)) return refused('outside-root');
  const info = await stat(realFile);
  if (!info.isFile()) return refused('not-found');
  return { ok: true, value: realFile };
}
