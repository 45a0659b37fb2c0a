/**
 * A browser save of new bytes (SaveOptions.newBytes: a sealed export) is written into private files of the
 * origin (the Origin Private File System) as its parts arrive, and the download at commit is of those files,
 * which are disk-backed: a gigabyte of ciphertext no longer waits in memory for the download. Bytes are
 * written as bytes, not made into Blobs first: a Blob's bytes stay in the blob store until the page's garbage
 * collector drops its wrapper, which a page that allocates little does rarely.
 *
 * The file is written in segments (16 MiB, SIZES), each closed (on disk) before the next starts, and the
 * parts of the open segment are kept until it closes. A write that fails (quota, full disk) errors the
 * segment's stream and loses what it held, so the save then goes on in memory from the closed segments and
 * those kept parts (browser-save.ts, as every browser save did before; memory then grows with the file).
 * A download may still be reading the files after commit, so they stay; the next spooled save removes them
 * (their names start with SPOOL_PREFIX), and abort() removes them at once.
 */
import { DONE, failure, success } from '../domain/result';
import { collectingTarget, download } from './browser-save';
import type { SaveOptions, SaveTarget } from './platform';
import { EXPORT_SPOOL_PREFIX, privateRoot, type NamedDirectory } from './private-files';

/**
 * Every spool file's name starts with this, then the save's id: `export-spool-<id>-<segment>`. Files left
 * for an hour also go at the app's next start (private-files.ts).
 */
export const SPOOL_PREFIX = EXPORT_SPOOL_PREFIX;
/** How the spool cuts a file; other sizes only in tests. */
export type SpoolSizes = {
  /** A segment is closed once it holds this much: at most this much of the file is kept meanwhile. */
  segment: number;
  /** Written chunks smaller than this are joined into one write (each write is a round trip). */
  part: number;
};

const SIZES: SpoolSizes = { segment: 16 * 2 ** 20, part: 2 ** 20 };

/** A part the spool holds: a stored Blob by reference, or written bytes (see SaveOptions.newBytes). */
type Part = Blob | Uint8Array<ArrayBuffer>;

const sizeOf = (part: Part) => (part instanceof Blob ? part.size : part.length);

/**
 * Written chunks as parts the spool holds: small ones joined into one copy, larger ones kept as they are.
 * A save of new bytes is given its chunks to keep (SaveOptions.newBytes): copying a gigabyte of ciphertext
 * on the page's thread cost about a second of its time and as much again in garbage collection.
 */
class OwnedParts {
  private small: Uint8Array[] = [];
  private smallBytes = 0;

  constructor(private readonly partBytes: number) {}

  /** The parts `chunk` completes, in order: none while small chunks wait for more. */
  add(chunk: Uint8Array | Blob): Part[] {
    if (chunk instanceof Blob) return [...this.flush(), chunk];
    if (chunk.length >= this.partBytes) return [...this.flush(), chunk as Uint8Array<ArrayBuffer>];
    this.small.push(chunk);
    this.smallBytes += chunk.length;
    return this.smallBytes >= this.partBytes ? this.flush() : [];
  }

  flush(): Part[] {
    if (this.small.length === 0) return [];
    const joined = new Uint8Array(this.smallBytes);
    let at = 0;
    for (const piece of this.small) {
      joined.set(piece, at);
      at += piece.length;
    }
    this.clear();
    return [joined];
  }

  clear(): void {
    this.small = [];
    this.smallBytes = 0;
  }
}

/** Saves being written now: the next save's clean-up leaves their files alone. */
const active = new Set<string>();

/** Removes the files of earlier spooled saves (downloaded or abandoned), except those still being written. */
async function removeLeftovers(root: NamedDirectory): Promise<void> {
  const names: string[] = [];
  for await (const name of root.keys()) {
    const writing = [...active].some((id) => name.startsWith(`${SPOOL_PREFIX}${id}-`));
    if (name.startsWith(SPOOL_PREFIX) && !writing) names.push(name);
  }
  await Promise.all(names.map((name) => root.removeEntry(name).catch(() => undefined)));
}

type Segment = {
  name: string;
  handle: FileSystemFileHandle;
  writable: FileSystemWritableFileStream;
  bytes: number;
  /** Its parts, until it is closed: what a failed write would otherwise lose. */
  held: Part[];
};

/** One save's segment files. Methods throw when the file system fails; `written` is what is safe so far. */
class Spool {
  private readonly closed: { name: string; file: File }[] = [];
  private segment: Segment | null = null;

  constructor(
    private readonly root: NamedDirectory,
    private readonly id: string,
    private readonly segmentBytes: number,
  ) {}

  async open(): Promise<void> {
    const name = `${SPOOL_PREFIX}${this.id}-${String(this.closed.length).padStart(4, '0')}`;
    const handle = await this.root.getFileHandle(name, { create: true });
    this.segment = { name, handle, writable: await handle.createWritable(), bytes: 0, held: [] };
  }

  async write(part: Part): Promise<void> {
    const size = sizeOf(part);
    if (this.segment && this.segment.bytes > 0 && this.segment.bytes + size > this.segmentBytes) {
      await this.closeSegment();
      await this.open();
    }
    const segment = this.current();
    await segment.writable.write(part);
    segment.bytes += size;
    segment.held.push(part);
  }

  /** Closes the open segment; the whole file, as the disk-backed files of its segments. */
  async close(): Promise<File[]> {
    await this.closeSegment();
    return this.closed.map(({ file }) => file);
  }

  /** What is safe to download: the closed segments' files, then the parts of the open one. */
  written(): Part[] {
    return [...this.closed.map(({ file }) => file), ...(this.segment?.held ?? [])];
  }

  /** Drops the open segment: its stream and its file (the parts it held stay with the caller). */
  async dropSegment(): Promise<void> {
    const segment = this.segment;
    this.segment = null;
    if (!segment) return;
    await segment.writable.abort().catch(() => undefined);
    await this.root.removeEntry(segment.name).catch(() => undefined);
  }

  /** Removes every file of this save. */
  async remove(): Promise<void> {
    await this.dropSegment();
    await Promise.all(this.closed.map(({ name }) => this.root.removeEntry(name).catch(() => undefined)));
  }

  private current(): Segment {
    if (!this.segment) throw new Error('No spool segment is open.');
    return this.segment;
  }

  private async closeSegment(): Promise<void> {
    const segment = this.current();
    await segment.writable.close();
    const file = await segment.handle.getFile();
    this.closed.push({ name: segment.name, file });
    this.segment = null;
  }
}

const CLOSED = failure('unknown-save', 'This file is already closed.');

/**
 * A save into private files of the origin, downloaded from them at commit. Null when the browser has no such
 * file system or cannot write there (the caller then collects the save in memory).
 */
export async function spooledTarget(
  options: SaveOptions,
  sizes: SpoolSizes = SIZES,
): Promise<SaveTarget | null> {
  const root = await privateRoot();
  if (!root) return null;
  await removeLeftovers(root).catch(() => undefined);
  const id = crypto.randomUUID();
  const spool = new Spool(root, id, sizes.segment);
  try {
    await spool.open();
  } catch {
    await spool.remove();
    return null;
  }
  active.add(id);
  const batch = new OwnedParts(sizes.part);
  let state: 'open' | 'committed' | 'aborted' = 'open';
  // Once writing to disk failed, the rest of the save is collected in memory.
  let inMemory: SaveTarget | null = null;
  const toMemory = async (pending: Part[]): Promise<SaveTarget> => {
    const kept = [...spool.written(), ...pending];
    await spool.dropSegment();
    inMemory = collectingTarget(
      options,
      kept.map((part) => (part instanceof Blob ? part : new Blob([part]))),
    );
    return inMemory;
  };
  /** Writes `parts` in order; whatever the disk refused goes to memory with the rest. */
  const spoolParts = async (parts: Part[]): Promise<void> => {
    for (const [index, part] of parts.entries()) {
      try {
        await spool.write(part);
      } catch {
        await toMemory(parts.slice(index));
        return;
      }
    }
  };
  return {
    async write(chunk) {
      if (state !== 'open') return CLOSED;
      if (inMemory) return inMemory.write(chunk);
      await spoolParts(batch.add(chunk));
      return DONE;
    },
    async commit() {
      if (state !== 'open') return CLOSED;
      state = 'committed';
      active.delete(id);
      if (!inMemory) await spoolParts(batch.flush());
      if (inMemory) return inMemory.commit();
      let files: File[];
      try {
        files = await spool.close();
      } catch {
        return (await toMemory([])).commit();
      }
      download(new Blob(files, { type: options.mimeType }), options.suggestedName);
      return success(options.suggestedName);
    },
    async abort() {
      // After a commit the download may be reading the files: the next spooled save removes them.
      if (state !== 'open') return;
      state = 'aborted';
      active.delete(id);
      batch.clear();
      await inMemory?.abort();
      await spool.remove();
    },
  };
}
