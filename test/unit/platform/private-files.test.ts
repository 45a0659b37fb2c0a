import { describe, expect, it } from 'vitest';
import {
  EXPORT_SPOOL_PREFIX,
  IMPORT_SPOOL_NAME,
  STALE_AFTER_MS,
  sweepStalePrivateFiles,
  type SweptDirectory,
} from '../../../renderer/src/platform/private-files';

const NOW = Date.UTC(2026, 11, 4, 12);

/** A private directory in memory: name → last modified; `locked` names fail to read (a writer holds them). */
function directory(files: Record<string, number>, locked: string[] = []) {
  const entries = new Map(Object.entries(files));
  const root: SweptDirectory = {
    keys: () =>
      (async function* () {
        for (const name of [...entries.keys()]) yield await Promise.resolve(name);
      })(),
    getFileHandle: (name) =>
      entries.has(name) && !locked.includes(name)
        ? Promise.resolve({ getFile: () => Promise.resolve({ lastModified: entries.get(name) ?? 0 }) })
        : Promise.reject(new DOMException('locked', 'NoModificationAllowedError')),
    removeEntry: (name) => {
      entries.delete(name);
      return Promise.resolve();
    },
  };
  return { root, names: () => [...entries.keys()].sort() };
}

describe('the start-up sweep of private files', () => {
  it('removes a decrypted import and export spool segments left for over an hour, and nothing else', async () => {
    const old = NOW - STALE_AFTER_MS - 1;
    const { root, names } = directory({
      [IMPORT_SPOOL_NAME]: old,
      [`${EXPORT_SPOOL_PREFIX}a-0000`]: old,
      [`${EXPORT_SPOOL_PREFIX}a-0001`]: old,
      // Another tab is downloading this one, or was just writing it.
      [`${EXPORT_SPOOL_PREFIX}b-0000`]: NOW - 60_000,
      // Not this app's spool: never touched, however old.
      'notes.txt': 0,
    });
    const removed = await sweepStalePrivateFiles(root, NOW);
    expect(removed.sort()).toEqual(
      [IMPORT_SPOOL_NAME, `${EXPORT_SPOOL_PREFIX}a-0000`, `${EXPORT_SPOOL_PREFIX}a-0001`].sort(),
    );
    expect(names()).toEqual([`${EXPORT_SPOOL_PREFIX}b-0000`, 'notes.txt']);
  });

  it('keeps a file it cannot read (a writer in another tab holds it) and one changed just within the hour', async () => {
    const { root, names } = directory(
      { [IMPORT_SPOOL_NAME]: 0, [`${EXPORT_SPOOL_PREFIX}c-0000`]: NOW - STALE_AFTER_MS },
      [IMPORT_SPOOL_NAME],
    );
    expect(await sweepStalePrivateFiles(root, NOW)).toEqual([]);
    expect(names()).toEqual([`${EXPORT_SPOOL_PREFIX}c-0000`, IMPORT_SPOOL_NAME].sort());
  });
});
