import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBrowserPlatform } from '../../../renderer/src/platform/browser-platform';
import type { SaveOptions, SaveTarget } from '../../../renderer/src/platform';
import { SPOOL_PREFIX, spooledTarget } from '../../../renderer/src/platform/spooled-save';

/** Small sizes keep the test quick: segments of 64 KiB, chunks under 2 KiB joined. */
const SEGMENT = 64 * 1024;
const KIB = 1024;
const SIZES = { segment: SEGMENT, part: 2 * KIB };
const OPTIONS: SaveOptions = {
  suggestedName: 'site-r1.airr.age',
  mimeType: 'application/octet-stream',
  extensions: ['airr.age'],
  newBytes: true,
};

/**
 * An origin private file system in memory: a file's content changes only when its writable stream closes (as
 * in browsers, which write into a swap file), and `refuseAfter` makes writes fail once the whole directory
 * would hold more than that many bytes (the origin's quota).
 */
class FakeDirectory {
  readonly files = new Map<string, Blob>();
  /** Bytes written into open streams, not yet closed. */
  pending = 0;
  refuseAfter = Infinity;

  private used(): number {
    return [...this.files.values()].reduce((sum, file) => sum + file.size, 0) + this.pending;
  }

  getFileHandle(name: string, { create = false } = {}) {
    if (!this.files.has(name)) {
      if (!create) return Promise.reject(new DOMException('no such file', 'NotFoundError'));
      this.files.set(name, new Blob([]));
    }
    return Promise.resolve({
      getFile: () => Promise.resolve(new File([this.files.get(name) ?? new Blob([])], name)),
      createWritable: () => Promise.resolve(this.writable(name)),
    });
  }

  removeEntry(name: string) {
    if (!this.files.delete(name)) return Promise.reject(new DOMException('no such file', 'NotFoundError'));
    return Promise.resolve();
  }

  keys(): AsyncIterableIterator<string> {
    const names = [...this.files.keys()];
    return (async function* () {
      for (const name of names) yield await Promise.resolve(name);
    })();
  }

  private writable(name: string) {
    const parts: Blob[] = [];
    let errored = false;
    const forget = () => {
      this.pending -= parts.reduce((sum, part) => sum + part.size, 0);
      parts.length = 0;
    };
    return {
      write: (data: Blob | Uint8Array<ArrayBuffer>) => {
        // Bytes are copied as a browser's stream does, so a writer that reused them would show.
        const part = new Blob([data]);
        if (errored || this.used() + part.size > this.refuseAfter) {
          errored = true;
          return Promise.reject(new DOMException('quota', 'QuotaExceededError'));
        }
        parts.push(part);
        this.pending += part.size;
        return Promise.resolve();
      },
      close: () => {
        if (errored) return Promise.reject(new TypeError('errored stream'));
        const content = new Blob(parts);
        forget();
        this.files.set(name, content);
        return Promise.resolve();
      },
      abort: () => {
        forget();
        return Promise.resolve();
      },
    };
  }
}

/** Bytes numbered from `from`, so any lost, doubled or misplaced part shows in the downloaded file. */
function numbered(from: number, length: number): Uint8Array<ArrayBuffer> {
  return new Uint8Array(length).map((_, i) => (from + i) % 251);
}

let directory: FakeDirectory;
let downloads: Blob[];

beforeEach(() => {
  directory = new FakeDirectory();
  downloads = [];
  vi.stubGlobal('navigator', { storage: { getDirectory: () => Promise.resolve(directory) } });
  vi.stubGlobal('document', {
    createElement: () => ({ click: () => undefined, remove: () => undefined }),
    body: { append: () => undefined },
  });
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    downloads.push(blob as Blob);
    return 'blob:download';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const spoolNames = () => [...directory.files.keys()].filter((name) => name.startsWith(SPOOL_PREFIX));

async function spooled(): Promise<SaveTarget> {
  const target = await spooledTarget(OPTIONS, SIZES);
  if (!target) throw new Error('not spooled');
  return target;
}

/**
 * Writes `total` numbered bytes in parts of `part` bytes, each part a buffer of its own that is never touched
 * again (a save of new bytes gives its chunks to the target, SaveOptions.newBytes); returns what was written.
 */
async function writeParts(target: SaveTarget, total: number, part: number): Promise<Uint8Array> {
  const all = numbered(0, total);
  for (let at = 0; at < total; at += part) {
    const written = await target.write(all.slice(at, Math.min(total, at + part)));
    expect(written.ok).toBe(true);
  }
  return all;
}

async function bytesOf(blob: Blob | undefined): Promise<Uint8Array> {
  if (!blob) throw new Error('nothing was downloaded');
  return new Uint8Array(await blob.arrayBuffer());
}

describe('a browser save of new bytes, spooled into private files', () => {
  it('writes the parts to disk as they arrive and downloads the file from there at commit', async () => {
    const target = await spooled();
    // A stored Blob (by reference) first, then bytes: more than two segments.
    expect((await target.write(new Blob([numbered(0, 100)]))).ok).toBe(true);
    const rest = await writeParts(target, 150 * KIB, 4 * KIB + 3);
    // Before the commit, the closed segments are already files on disk, holding all but the open segment.
    const onDisk = spoolNames().reduce((sum, name) => sum + (directory.files.get(name)?.size ?? 0), 0);
    expect(onDisk).toBeGreaterThanOrEqual(2 * SEGMENT - 8 * KIB);
    expect(await target.commit()).toEqual({ ok: true, value: OPTIONS.suggestedName });
    const expected = new Uint8Array(100 + rest.length);
    expected.set(numbered(0, 100));
    expected.set(rest, 100);
    expect(await bytesOf(downloads[0])).toEqual(expected);
    expect(downloads[0]?.type).toBe('application/octet-stream');
    // Every downloaded part is a file of the spool (disk-backed), and the files stay for the download.
    expect(spoolNames().length).toBeGreaterThan(1);
    const sizes = spoolNames().reduce((sum, name) => sum + (directory.files.get(name)?.size ?? 0), 0);
    expect(sizes).toBe(expected.length);
  });

  it('goes on in memory when the disk refuses a write (quota), and downloads every byte in order', async () => {
    directory.refuseAfter = 90 * KIB;
    const target = await spooled();
    const all = await writeParts(target, 120 * KIB, 4 * KIB);
    expect((await target.commit()).ok).toBe(true);
    expect(await bytesOf(downloads[0])).toEqual(all);
    // The segment whose write failed is gone; the one closed before it is part of the download.
    expect(spoolNames()).toHaveLength(1);
  });

  it('removes its files on abort, and writes nothing more', async () => {
    const target = await spooled();
    await writeParts(target, 70 * KIB, 4 * KIB);
    expect(spoolNames().length).toBeGreaterThan(0);
    await target.abort();
    expect(spoolNames()).toEqual([]);
    expect(await target.write(new Uint8Array(1))).toMatchObject({ ok: false, code: 'unknown-save' });
    expect(downloads).toEqual([]);
  });

  it('removes the files an earlier save left for its download when the next one starts', async () => {
    const first = await spooled();
    await writeParts(first, 2 * KIB, KIB);
    await first.commit();
    directory.files.set('opened-bundle.airr', new Blob(['not ours']));
    const second = await spooled();
    const secondNames = spoolNames();
    expect(secondNames).toHaveLength(1);
    await writeParts(second, KIB, KIB);
    await second.commit();
    expect(spoolNames()).toEqual(secondNames);
    expect(directory.files.has('opened-bundle.airr')).toBe(true);
  });

  it('leaves the files of a save still being written alone', async () => {
    const writing = await spooled();
    await writeParts(writing, 2 * KIB, KIB);
    const other = await spooled();
    await other.abort();
    expect((await writing.commit()).ok).toBe(true);
    expect(await bytesOf(downloads[0])).toEqual(numbered(0, 2 * KIB));
  });

  it('is not used without a private file system: the browser platform collects the save in memory', async () => {
    vi.stubGlobal('navigator', {});
    expect(await spooledTarget(OPTIONS)).toBeNull();
    const chosen = await createBrowserPlatform().saveFile(OPTIONS);
    if (!chosen.ok || !chosen.value) throw new Error('no target');
    expect((await chosen.value.write(numbered(0, 10))).ok).toBe(true);
    expect((await chosen.value.commit()).ok).toBe(true);
    expect(await bytesOf(downloads[0])).toEqual(numbered(0, 10));
  });

  it('keeps a save without new bytes in memory even where there is a private file system', async () => {
    const chosen = await createBrowserPlatform().saveFile({ ...OPTIONS, newBytes: false });
    if (!chosen.ok || !chosen.value) throw new Error('no target');
    await chosen.value.write(numbered(0, 10));
    await chosen.value.commit();
    expect(spoolNames()).toEqual([]);
    expect(await bytesOf(downloads[0])).toEqual(numbered(0, 10));
  });
});
