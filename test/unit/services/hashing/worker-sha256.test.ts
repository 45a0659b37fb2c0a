import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { wasmCrc32 } from '../../../../renderer/src/domain/bundle/wasm-crc32';
import { wasmSha256 } from '../../../../renderer/src/domain/crypto/sha256-hasher';
import { checkStoredFile } from '../../../../renderer/src/domain/evidence/sha256-stream';
import type { FromHashWorker, ToHashWorker } from '../../../../renderer/src/services/hashing/hash-messages';
import { checkStoredInWorker } from '../../../../renderer/src/services/hashing/worker-sha256';

/** Stands in for sha256-worker.ts: runs the same stored check, or fails for a file of size `failSize`. */
class FakeWorker {
  static started: FakeWorker[] = [];
  static failSize = -1;
  onmessage: ((event: { data: FromHashWorker }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  terminated = false;
  jobs = 0;

  constructor() {
    FakeWorker.started.push(this);
  }

  postMessage(message: ToHashWorker): void {
    if (this.terminated) throw new Error('a terminated worker was given a job');
    if (message.kind !== 'stored') throw new Error(`unexpected ${message.kind}`);
    this.jobs += 1;
    const file = message.file;
    void (async () => {
      const data: FromHashWorker =
        file.size === FakeWorker.failSize
          ? { kind: 'error', reason: 'NotReadableError' }
          : { kind: 'checked', ...(await checkStoredFile(file, wasmSha256, await wasmCrc32())) };
      if (!this.terminated) this.onmessage?.({ data });
    })();
  }

  terminate(): void {
    this.terminated = true;
  }
}

const fileOf = (size: number) => new Blob([new Uint8Array(size).fill(size % 251)]);
const sha256Of = async (blob: Blob) =>
  createHash('sha256')
    .update(new Uint8Array(await blob.arrayBuffer()))
    .digest('hex');

beforeEach(() => {
  FakeWorker.started = [];
  FakeWorker.failSize = -1;
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => vi.unstubAllGlobals());

describe('checkStoredInWorker', () => {
  it('checks queued entries on at most two workers, each started once, and lets them go when all are done', async () => {
    const files = [1000, 2000, 3000, 4000, 5000, 6000].map(fileOf);
    const checked = await Promise.all(files.map((file) => checkStoredInWorker(file)));
    expect(checked.map((result) => result.sha256)).toEqual(await Promise.all(files.map(sha256Of)));
    expect(checked.map((result) => result.bytes)).toEqual(files.map((file) => file.size));
    expect(FakeWorker.started).toHaveLength(2);
    expect(FakeWorker.started.map((worker) => worker.jobs)).toEqual([3, 3]);
    expect(FakeWorker.started.every((worker) => worker.terminated)).toBe(true);
  });

  it('does not reuse a worker whose check failed, and still checks the entries after it', async () => {
    FakeWorker.failSize = 2000;
    const files = [1000, 2000, 3000, 4000].map(fileOf);
    const results = await Promise.allSettled(files.map((file) => checkStoredInWorker(file)));
    expect(results.map((result) => result.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
    const failed = FakeWorker.started.find((worker) => worker.jobs === 1 && worker.terminated);
    expect(failed).toBeDefined();
    expect(FakeWorker.started).toHaveLength(3);
    expect(FakeWorker.started.every((worker) => worker.terminated)).toBe(true);
  });
});
