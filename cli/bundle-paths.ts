/**
 * Turns the paths on the command line into the bundle files to verify: a file as given, a folder as the
 * *.airr and *.airr.age regular files directly inside it (sorted, so runs are reproducible). Problems are
 * usage errors, found before anything is verified.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { failure, success, type Result } from '../renderer/src/domain/result';
import { quoted } from './terminal-text';

/** A bound on one folder's listing, far above any real delivery of bundles. */
export const MAX_FOLDER_ENTRIES = 100_000;

/** Why the paths given cannot be verified (all usage errors). */
export type PathsCode = 'path-unreadable' | 'not-a-file-or-folder' | 'folder-too-large' | 'no-bundles';
/** The bundle files to verify, in order. */
export type PathsResult = Result<string[], PathsCode>;

export function isBundleName(name: string): boolean {
  return name.endsWith('.airr') || name.endsWith('.airr.age');
}

function folderBundles(folder: string): PathsResult {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch (error) {
    return failure(
      'path-unreadable',
      `Cannot list the folder ${quoted(folder)}: ${(error as Error).message}`,
    );
  }
  if (names.length > MAX_FOLDER_ENTRIES)
    return failure(
      'folder-too-large',
      `The folder ${quoted(folder)} has more than ${MAX_FOLDER_ENTRIES} entries.`,
    );
  const files = names
    .filter(isBundleName)
    .sort()
    .map((name) => join(folder, name))
    .filter((path) => {
      try {
        return statSync(path).isFile();
      } catch {
        return false;
      }
    });
  if (files.length === 0)
    return failure('no-bundles', `The folder ${quoted(folder)} has no *.airr or *.airr.age files.`);
  return success(files);
}

export function bundlePaths(paths: readonly string[]): PathsResult {
  const files: string[] = [];
  for (const path of paths) {
    let isFolder: boolean;
    try {
      const stats = statSync(path);
      if (!stats.isFile() && !stats.isDirectory())
        return failure('not-a-file-or-folder', `${quoted(path)} is neither a file nor a folder.`);
      isFolder = stats.isDirectory();
    } catch {
      return failure('path-unreadable', `${quoted(path)} does not exist or cannot be read.`);
    }
    if (!isFolder) {
      files.push(path);
      continue;
    }
    const inside = folderBundles(path);
    if (!inside.ok) return inside;
    files.push(...inside.value);
  }
  return success(files);
}
