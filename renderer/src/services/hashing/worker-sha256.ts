/**
 * SHA-256 in Web Workers (sha256-worker.ts), so hashing never blocks the page and two jobs use two cores.
 * Where there are no workers (Node, the unit tests) the same WebAssembly hasher runs on the calling thread.
 */
import { wasmSha256, type CreateSha256, type Sha256Hasher } from '../../domain/crypto/sha256-hasher';
import {
  checkStoredFile,
  sha256AndCrc32OfFile,
  type FileDigest,
  type StoredCheck,
} from '../../domain/evidence/sha256-stream';
import { wasmCrc32 } from '../../domain/bundle/wasm-crc32';
import type { FromHashWorker, ToHashWorker } from './hash-messages';
import { createOneShotBudget, ONE_SHOT_BUDGET_BYTES, ONE_SHOT_MAX_FILE_BYTES } from './one-shot-budget';

/** Files hashed at once: one per core of a small laptop; more only compete for the same cores. */
const MAX_PARALLEL_FILES = 2;
/** Streamed bytes are posted in batches of this size, not in the producer's (often 64 KiB) pieces. */
const BATCH_BYTES = 4 * 2 ** 20;
/** Posted but not yet hashed bytes above which the producer waits: memory stays bounded. */
const MAX_IN_FLIGHT_BYTES = 32 * 2 ** 20;

const hasWorkers = () => typeof Worker !== 'undefined';

function startWorker(): Worker {
  return new Worker(new URL('./sha256-worker.ts', import.meta.url), { type: 'module' });
}

function send(worker: Worker, message: ToHashWorker, transfer: Transferable[] = []): void {
  worker.postMessage(message, transfer);
}

/** Memory for hashing files in one WebCrypto call, shared by every capture and import job on this page. */
const oneShotBudget = createOneShotBudget(ONE_SHOT_BUDGET_BYTES, ONE_SHOT_MAX_FILE_BYTES);

/**
 * Runs a worker job on `file`, whole by WebCrypto if the budget grants it the memory now, else streamed; the
 * grant is given back when the job ends, however it ends.
 */
async function withOneShotGrant<T>(file: Blob, job: (oneShot: boolean) => Promise<T>): Promise<T> {
  const grant = oneShotBudget.take(file.size);
  try {
    return await job(grant !== null);
  } finally {
    grant?.release();
  }
}

let running = 0;
const waiting: Array<() => void> = [];

/** Runs `job` when fewer than MAX_PARALLEL_FILES jobs run; a finished job hands its slot to the next. */
async function inTurn<T>(job: () => Promise<T>): Promise<T> {
  if (running < MAX_PARALLEL_FILES) running += 1;
  else await new Promise<void>((resolve) => waiting.push(resolve));
  try {
    return await job();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running -= 1;
  }
}

/**
 * Workers that finished a small file wait here for the next one, at most MAX_PARALLEL_FILES of them: starting a
 * worker (its module, its WebAssembly) cost about 30 ms per file in Chromium here, which for a bundle of 500
 * photos was many seconds of import spent starting workers. Idle ones go after IDLE_WORKER_MS. A worker that
 * read a large file is ended instead: ending it frees at once the slices it read, which a kept worker held
 * until its next collection (kept for every size, the renderer bench's 1 GB of 128 MB files peaked at +635 MB
 * for attach and +687 MB for verify instead of +349 and +404), while 30 ms is nothing beside hashing it.
 */
const idleWorkers: Worker[] = [];
const IDLE_WORKER_MS = 10_000;
const POOLED_MAX_FILE_BYTES = 16 * 2 ** 20;
let idleTimer: ReturnType<typeof setTimeout> | null = null;

function takeWorker(): Worker {
  return idleWorkers.pop() ?? startWorker();
}

function putBack(worker: Worker, fileBytes: number): void {
  worker.onmessage = null;
  worker.onerror = null;
  if (fileBytes > POOLED_MAX_FILE_BYTES || idleWorkers.length >= MAX_PARALLEL_FILES)
    return worker.terminate();
  idleWorkers.push(worker);
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    idleTimer = null;
    for (const idle of idleWorkers.splice(0)) idle.terminate();
  }, IDLE_WORKER_MS);
}

/**
 * Runs one file job (`file` or `stored`) in a pooled worker: `finished` turns the job's last message into its
 * result, or returns undefined for a message on the way (progress). A worker that answered a small file, even
 * with a read error, goes back to the pool; one that failed outright is terminated.
 */
function fileJob<T>(
  message: Extract<ToHashWorker, { kind: 'file' | 'stored' }>,
  finished: (message: FromHashWorker) => { value: T } | { error: Error } | undefined,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const worker = takeWorker();
    worker.onmessage = (event: MessageEvent<FromHashWorker>) => {
      const outcome = finished(event.data);
      if (!outcome) return;
      putBack(worker, message.file.size);
      if ('value' in outcome) resolve(outcome.value);
      else reject(outcome.error);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(event.message || 'The hashing worker failed.'));
    };
    send(worker, message);
  });
}

const failed = (message: FromHashWorker) => ({
  error: new Error(message.kind === 'error' ? message.reason : 'unexpected message'),
});

function hashInWorker(
  file: Blob,
  oneShot: boolean,
  onProgress: (bytesDone: number) => void,
): Promise<FileDigest> {
  return fileJob({ kind: 'file', file, oneShot }, (message) => {
    if (message.kind === 'progress') return void onProgress(message.bytesDone);
    if (message.kind === 'hashed') return { value: { sha256: message.sha256, crc32: message.crc32 } };
    return failed(message);
  });
}

/**
 * Hex SHA-256 and CRC-32 of a picked or stored file, from one read in a worker; at most two files at a time,
 * the rest wait their turn. Rejects with the read error's name when the file cannot be read (moved, changed
 * on disk).
 */
export async function hashFileInWorker(
  file: Blob,
  onProgress: (bytesDone: number) => void = () => undefined,
): Promise<FileDigest> {
  if (!hasWorkers()) {
    const { sha256, crc32 } = await sha256AndCrc32OfFile(file, wasmSha256, await wasmCrc32(), onProgress);
    return { sha256, crc32 };
  }
  return inTurn(() => withOneShotGrant(file, (oneShot) => hashInWorker(file, oneShot, onProgress)));
}

/** A {@link Sha256Hasher} whose work runs in its own worker; updates copy into batches and post them. */
class WorkerHasher implements Sha256Hasher {
  private readonly worker = startWorker();
  private batch = new Uint8Array(BATCH_BYTES);
  private filled = 0;
  private inFlight = 0;
  private wake: (() => void) | null = null;
  private failure: Error | null = null;
  private readonly digest: Promise<string>;

  constructor() {
    this.digest = new Promise<string>((resolve, reject) => {
      const fail = (error: Error) => {
        this.failure = error;
        this.dispose();
        reject(error);
      };
      this.worker.onmessage = (event: MessageEvent<FromHashWorker>) => {
        const message = event.data;
        if (message.kind === 'ack') this.inFlight -= message.bytes;
        else if (message.kind === 'digest') {
          this.dispose();
          resolve(message.sha256);
        } else if (message.kind === 'error') fail(new Error(message.reason));
        this.wakeProducer();
      };
      this.worker.onerror = (event) => {
        event.preventDefault();
        fail(new Error(event.message || 'The hashing worker failed.'));
        this.wakeProducer();
      };
    });
    // A failure is also reported to the next update(); this keeps it from counting as unhandled meanwhile.
    this.digest.catch(() => undefined);
  }

  update(chunk: Uint8Array): void | Promise<void> {
    if (this.failure) throw this.failure;
    for (let at = 0; at < chunk.length;) {
      const taken = Math.min(chunk.length - at, BATCH_BYTES - this.filled);
      this.batch.set(chunk.subarray(at, at + taken), this.filled);
      this.filled += taken;
      at += taken;
      if (this.filled === BATCH_BYTES) this.flush();
    }
    if (this.inFlight > MAX_IN_FLIGHT_BYTES) return this.drained();
  }

  /** Posts `blob` by reference: the worker reads its bytes, so they never count against the in-flight budget. */
  updateBlob(blob: Blob): void {
    if (this.failure) throw this.failure;
    this.flush();
    send(this.worker, { kind: 'blob', blob });
  }

  digestHex(): Promise<string> {
    if (!this.failure) {
      this.flush();
      send(this.worker, { kind: 'end' });
    }
    return this.digest;
  }

  dispose(): void {
    this.worker.terminate();
  }

  private flush(): void {
    if (this.filled === 0) return;
    const full = this.filled === BATCH_BYTES;
    const bytes = full ? this.batch : this.batch.slice(0, this.filled);
    send(this.worker, { kind: 'chunk', bytes }, [bytes.buffer]);
    this.inFlight += this.filled;
    // A full batch was transferred (its buffer now belongs to the worker); a partial one was copied.
    if (full) this.batch = new Uint8Array(BATCH_BYTES);
    this.filled = 0;
  }

  private async drained(): Promise<void> {
    while (this.inFlight > MAX_IN_FLIGHT_BYTES && !this.failure)
      await new Promise<void>((resolve) => (this.wake = resolve));
    if (this.failure) throw this.failure;
  }

  private wakeProducer(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }
}

/** Hashers for streamed bytes (an export): each runs in its own worker, or on this thread without workers. */
export const workerSha256: CreateSha256 = () =>
  hasWorkers() ? Promise.resolve(new WorkerHasher()) : wasmSha256();

function checkInWorker(file: Blob, oneShot: boolean): Promise<StoredCheck> {
  return fileJob({ kind: 'stored', file, oneShot }, (message) => {
    if (message.kind === 'progress' || message.kind === 'ack') return undefined;
    if (message.kind === 'checked')
      return { value: { sha256: message.sha256, crc32: message.crc32, bytes: message.bytes } };
    return failed(message);
  });
}

/**
 * SHA-256 and CRC-32 of a stored entry of a picked bundle, read by a worker straight from the file (the page
 * neither reads nor copies its bytes); at most two at a time, like evidence capture. Without workers the
 * same one-pass check runs on this thread.
 */
export async function checkStoredInWorker(file: Blob): Promise<StoredCheck> {
  if (!hasWorkers()) return checkStoredFile(file, wasmSha256, await wasmCrc32());
  return inTurn(() => withOneShotGrant(file, (oneShot) => checkInWorker(file, oneShot)));
}
