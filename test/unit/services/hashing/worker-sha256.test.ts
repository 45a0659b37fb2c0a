import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FromHashWorker, ToHashWorker } from '../../../../renderer/src/services/hashing/hash-messages';
import { workerSha256 } from '../../../../renderer/src/services/hashing/worker-sha256';

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
  terminate(): void {}
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
