import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FromHashWorker, ToHashWorker } from '../../../../renderer/src/services/hashing/hash-messages';
import { workerSha256 } from '../../../../renderer/src/services/hashing/worker-sha256';
import type * as WorkerSha256 from '../../../../renderer/src/services/hashing/worker-sha256';

const MIB = 2 ** 20;

/** Stands in for the hashing worker: records what the page posts and answers only when told. */
class FakeWorker {
  static started: FakeWorker[] = [];
  readonly posted: ToHashWorker[] = [];
  onmessage: ((event: { data: FromHashWorker }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  constructor() {
    FakeWorker.started.push(this);
  }
  postMessage(message: ToHashWorker): void {
    this.posted.push(message);
  }
  terminated = false;
  terminate(): void {
    this.terminated = true;
  }
  answer(message: FromHashWorker): void {
    this.onmessage?.({ data: message });
  }
}

const blobOf = (mebibytes: number) => new Blob([new Uint8Array(mebibytes * MIB)]);

/** Lets every settled promise run its callbacks. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function workerHasher() {
  const hasher = await workerSha256();
  const worker = FakeWorker.started.at(-1);
  if (!worker || !hasher.updateBlob) throw new Error('not the worker hasher');
  return { hasher, worker, updateBlob: hasher.updateBlob.bind(hasher) };
}

// A sealed export feeds its ciphertext as bytes (update), a plain one its stored evidence as Blobs: the first
// must be bounded by what waits unhashed, the second must never hold the saved file back for the digest.
describe('the digest worker’s in-flight budget', () => {
  beforeEach(() => {
    FakeWorker.started = [];
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('makes a producer of bytes wait once 32 MiB wait unhashed, until the worker acks a batch', async () => {
    const { hasher, worker } = await workerHasher();
    const chunk = new Uint8Array(4 * MIB);
    for (let i = 0; i < 8; i++) expect(hasher.update(chunk)).toBeUndefined();
    const waiting = hasher.update(chunk);
    expect(waiting).toBeInstanceOf(Promise);
    let resumed = false;
    void (waiting as Promise<void>).then(() => (resumed = true));
    await settle();
    expect(resumed).toBe(false);
    worker.answer({ kind: 'ack', bytes: 4 * MIB });
    await waiting;
    expect(resumed).toBe(true);
    expect(worker.posted.filter((message) => message.kind === 'chunk')).toHaveLength(9);
  });

  it('never makes the producer wait for stored Blobs, which the worker reads by reference', async () => {
    const { worker, updateBlob } = await workerHasher();
    for (let i = 0; i < 4; i++) expect(updateBlob(blobOf(30))).toBeUndefined();
    expect(worker.posted.map((message) => message.kind)).toEqual(['blob', 'blob', 'blob', 'blob']);
  });

  it('stops the waiting producer with the worker’s failure', async () => {
    const { hasher, worker } = await workerHasher();
    let waiting: void | Promise<void> = undefined;
    for (let i = 0; i < 9; i++) waiting = hasher.update(new Uint8Array(4 * MIB));
    worker.answer({ kind: 'error', reason: 'NotReadableError' });
    await expect(waiting).rejects.toThrow('NotReadableError');
  });
});

// Starting a worker cost about 30 ms per file: capture and import reuse the ones that finished a file.
describe('the file-job workers', () => {
  let hashing: typeof WorkerSha256;
  beforeEach(async () => {
    FakeWorker.started = [];
    vi.stubGlobal('Worker', FakeWorker);
    vi.resetModules();
    hashing = await import('../../../../renderer/src/services/hashing/worker-sha256');
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const hashed = (worker: FakeWorker | undefined, sha256: string) =>
    worker?.answer({ kind: 'hashed', sha256, crc32: 1 });

  it('gives the next file to the worker that finished the last one, read errors included', async () => {
    const first = hashing.hashFileInWorker(blobOf(1));
    await settle();
    hashed(FakeWorker.started[0], 'aa');
    expect(await first).toEqual({ sha256: 'aa', crc32: 1 });
    const unreadable = hashing.hashFileInWorker(blobOf(1));
    await settle();
    FakeWorker.started[0]?.answer({ kind: 'error', reason: 'NotReadableError' });
    await expect(unreadable).rejects.toThrow('NotReadableError');
    const entry = hashing.checkStoredInWorker(blobOf(1));
    await settle();
    FakeWorker.started[0]?.answer({ kind: 'checked', sha256: 'bb', crc32: 2, bytes: MIB });
    expect(await entry).toEqual({ sha256: 'bb', crc32: 2, bytes: MIB });
    expect(FakeWorker.started).toHaveLength(1);
    expect(FakeWorker.started[0]?.posted.map((message) => message.kind)).toEqual(['file', 'file', 'stored']);
  });

  it('does not reuse a worker that failed outright, and lets idle workers go after ten seconds', async () => {
    vi.useFakeTimers();
    const broken = hashing.hashFileInWorker(blobOf(1));
    await vi.advanceTimersByTimeAsync(0);
    FakeWorker.started[0]?.onerror?.({ preventDefault: () => undefined, message: 'crashed' });
    await expect(broken).rejects.toThrow('crashed');
    expect(FakeWorker.started[0]?.terminated).toBe(true);
    const next = hashing.hashFileInWorker(blobOf(1));
    await vi.advanceTimersByTimeAsync(0);
    expect(FakeWorker.started).toHaveLength(2);
    hashed(FakeWorker.started[1], 'cc');
    await next;
    expect(FakeWorker.started[1]?.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(FakeWorker.started[1]?.terminated).toBe(true);
  });

  it('hashes one 128 MiB file whole at a time: the one beside it streams, the next goes whole again', async () => {
    const a = hashing.hashFileInWorker(blobOf(128));
    const b = hashing.hashFileInWorker(blobOf(128));
    await settle();
    const oneShot = (worker: FakeWorker | undefined) =>
      worker?.posted.map((message) => (message.kind === 'file' ? message.oneShot : null));
    expect(oneShot(FakeWorker.started[0])).toEqual([true]);
    expect(oneShot(FakeWorker.started[1])).toEqual([false]);
    hashed(FakeWorker.started[0], 'aa');
    await a;
    // A worker that read a large file is ended (its slices go with it), not kept for the next file.
    expect(FakeWorker.started[0]?.terminated).toBe(true);
    const c = hashing.hashFileInWorker(blobOf(128));
    await settle();
    expect(oneShot(FakeWorker.started[2])).toEqual([true]);
    hashed(FakeWorker.started[1], 'bb');
    hashed(FakeWorker.started[2], 'cc');
    expect([await b, await c].map((digest) => digest.sha256)).toEqual(['bb', 'cc']);
  });
});
