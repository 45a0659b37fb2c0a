/// <reference lib="webworker" />
/**
 * Seals age payload jobs (whole 64 KiB STREAM chunks) with libsodium's ChaCha20-Poly1305 off the page's
 * thread. Jobs are independent given their chunk counter, so two of these work on one file at once.
 */
import sodium from 'libsodium-wrappers';
import { sealJobWithSodium } from '../../domain/bundle/age-payload';
import type { FromPayloadWorker, ToPayloadWorker } from './seal-messages';

const scope = self as unknown as DedicatedWorkerGlobalScope;
let key: Uint8Array | null = null;
// Messages are handled in order, each once libsodium is ready.
let queue: Promise<void> = sodium.ready;

function post(message: FromPayloadWorker, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer);
}

/**
 * A blob job's read starts as its message arrives, not when its turn to be sealed comes: the next slice is
 * read (in the browser's process) while this thread seals the current one. At most MAX_JOBS_IN_FLIGHT jobs
 * (age-payload.ts) are handed out at once, so at most that many slices are held.
 */
const reads = new Map<number, Promise<ArrayBuffer>>();

function startRead(message: ToPayloadWorker): void {
  if (message.kind !== 'blob-job') return;
  const read = message.blob.arrayBuffer();
  // Awaited in the job's turn; this keeps a failure from counting as unhandled meanwhile.
  read.catch(() => undefined);
  reads.set(message.id, read);
}

async function handle(message: ToPayloadWorker): Promise<void> {
  if (message.kind === 'key') {
    key = message.key;
    return;
  }
  if (!key) throw new Error('No payload key was sent before the first job.');
  if (message.kind === 'job') {
    const bytes = sealJobWithSodium(key, message);
    post({ kind: 'sealed', id: message.id, bytes }, [bytes.buffer]);
    return;
  }
  // A slice of the plain bundle, read here; the ciphertext goes back transferred, not copied.
  const { id, counter, final } = message;
  const read = reads.get(id) ?? message.blob.arrayBuffer();
  reads.delete(id);
  const bytes = new Uint8Array(await read);
  if (bytes.length !== message.blob.size) throw new Error('A part of the bundle ended early.');
  const sealed = sealJobWithSodium(key, { counter, bytes, final });
  post({ kind: 'sealed', id, bytes: sealed }, [sealed.buffer]);
}

scope.onmessage = (event: MessageEvent<ToPayloadWorker>) => {
  startRead(event.data);
  queue = queue
    .then(() => handle(event.data))
    .catch((error: unknown) =>
      post({ kind: 'error', reason: error instanceof Error ? error.message : String(error) }),
    );
};
