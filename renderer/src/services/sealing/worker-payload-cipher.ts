/**
 * The age payload cipher for the renderer: two Web Workers (payload-worker.ts) seal jobs in turn, so
 * encryption uses both cores and never blocks the page. Where there are no workers (Node, unit tests) the
 * same libsodium code runs on the calling thread.
 */
import {
  sodiumPayloadCipher,
  type BlobPayloadJob,
  type CreatePayloadCipher,
  type PayloadCipher,
  type PayloadJob,
} from '../../domain/bundle/age-payload';
import type { FromPayloadWorker, ToPayloadWorker } from './seal-messages';

/** One per core of a small laptop; the page's thread and the file's digest take their share too. */
const WORKERS = 2;

type Pending = { resolve: (sealed: Uint8Array) => void; reject: (error: Error) => void };

class WorkerPayloadCipher implements PayloadCipher {
  private readonly workers: Worker[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private failure: Error | null = null;

  constructor(payloadKey: Uint8Array) {
    for (let i = 0; i < WORKERS; i++) {
      const worker = new Worker(new URL('./payload-worker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<FromPayloadWorker>) => this.received(event.data);
      worker.onerror = (event) => {
        event.preventDefault();
        this.fail(new Error(event.message || 'The encryption worker failed.'));
      };
      const key: ToPayloadWorker = { kind: 'key', key: payloadKey.slice() };
      worker.postMessage(key);
      this.workers.push(worker);
    }
  }

  seal(job: PayloadJob): Promise<Uint8Array> {
    const message = (id: number): ToPayloadWorker => ({ kind: 'job', id, ...job });
    return this.post(message, [job.bytes.buffer]);
  }

  /** The worker reads the slice and answers with the ciphertext transferred: the page copies nothing. */
  sealBlob(job: BlobPayloadJob): Promise<Uint8Array> {
    return this.post((id) => ({ kind: 'blob-job', id, ...job }), []);
  }

  private post(message: (id: number) => ToPayloadWorker, transfer: Transferable[]): Promise<Uint8Array> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    const worker = this.workers[id % this.workers.length] as Worker;
    return new Promise<Uint8Array>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage(message(id), transfer);
    });
  }

  dispose(): void {
    for (const worker of this.workers) worker.terminate();
    this.fail(new Error('The encryption was stopped.'));
  }

  private received(message: FromPayloadWorker): void {
    if (message.kind === 'error') return this.fail(new Error(message.reason));
    const waiting = this.pending.get(message.id);
    this.pending.delete(message.id);
    waiting?.resolve(message.bytes);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}

/** Payload ciphers for sealed exports and backups: in workers, or on this thread without them. */
export const workerPayloadCipher: CreatePayloadCipher = (payloadKey) =>
  typeof Worker === 'undefined'
    ? sodiumPayloadCipher(payloadKey)
    : Promise.resolve(new WorkerPayloadCipher(payloadKey));
