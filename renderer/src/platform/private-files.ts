/**
 * The files this app keeps in the origin's private file system (OPFS), and the sweep that removes the stale
 * ones once the app has started. An import opens a sealed bundle into IMPORT_SPOOL_NAME (decrypted: it should
 * not outlive the import) and a browser-mode sealed export writes its ciphertext into EXPORT_SPOOL_PREFIX
 * files, left for the download to read. Each is otherwise removed only by the next import or export, so a
 * closed tab or an abandoned preview could leave gigabytes, or a decrypted bundle, behind for weeks. Only a
 * file untouched for STALE_AFTER_MS goes: another tab of the app may be importing or downloading right now.
 */

/** The one sealed bundle being imported, opened (services/import/sealed-spool.ts). */
export const IMPORT_SPOOL_NAME = 'opened-bundle.airr';
/** A sealed export's segments: `export-spool-<id>-<segment>` (platform/spooled-save.ts). */
export const EXPORT_SPOOL_PREFIX = 'export-spool-';
/** Longer than any download or import preview a person leaves open while they work. */
export const STALE_AFTER_MS = 60 * 60 * 1000;

/** What the sweep needs of a directory (FileSystemDirectoryHandle, with DOM.AsyncIterable's keys()). */
export type SweptDirectory = {
  keys(): AsyncIterableIterator<string>;
  getFileHandle(name: string): Promise<{ getFile(): Promise<{ lastModified: number }> }>;
  removeEntry(name: string): Promise<void>;
};

const ours = (name: string) => name === IMPORT_SPOOL_NAME || name.startsWith(EXPORT_SPOOL_PREFIX);

/**
 * Removes this app's private files last changed more than `staleAfterMs` before `now`; returns their names.
 * Files of other names are never touched, and a file that cannot be read or removed is left as it is.
 */
export async function sweepStalePrivateFiles(
  root: SweptDirectory,
  now: number,
  staleAfterMs = STALE_AFTER_MS,
): Promise<string[]> {
  const names: string[] = [];
  for await (const name of root.keys()) if (ours(name)) names.push(name);
  const removed: string[] = [];
  for (const name of names) {
    try {
      const file = await (await root.getFileHandle(name)).getFile();
      if (now - file.lastModified <= staleAfterMs) continue;
      await root.removeEntry(name);
      removed.push(name);
    } catch {
      // Gone meanwhile, or locked by a writer in another tab: not stale, or not ours to force.
    }
  }
  return removed;
}

/** Its names, from DOM.AsyncIterable (not in this project's lib list; Chromium has them). */
export type NamedDirectory = FileSystemDirectoryHandle & { keys(): AsyncIterableIterator<string> };

/** The origin's private directory, or null where there is none (Node, a shell without it) or it is refused. */
export async function privateRoot(): Promise<NamedDirectory | null> {
  try {
    return typeof navigator !== 'undefined' && navigator.storage?.getDirectory
      ? ((await navigator.storage.getDirectory()) as NamedDirectory)
      : null;
  } catch {
    return null;
  }
}

/** The sweep at start-up, where the browser has a private file system; never fails. */
export async function sweepAtStart(): Promise<void> {
  const root = await privateRoot();
  // Nothing to sweep without a private file system; a sweep that fails is tried again at the next start.
  if (root) await sweepStalePrivateFiles(root, Date.now()).catch(() => undefined);
}
