/// <reference lib="webworker" />
/**
 * One SHA-256 job off the main thread: a whole file, read here (evidence capture), a stored entry of a bundle
 * being imported (SHA-256 and CRC-32, see checkStoredFile), or a stream of chunks posted by the page (an
 * export's digest of its file). A file is read whole and hashed by WebCrypto when the page says so (it grants
 * the memory, see one-shot-budget.ts), else in slices through WebAssembly.
 * Two workers hash on two cores while the page stays responsive. Messages: hash-messages.ts.
 */
import { wasmSha256, type Sha256Hasher } from '../../domain/crypto/sha256-hasher';
import {
  checkStoredFile,
  releaseBuffer,
  sha256AndCrc32OfFile,
  type FileDigest,
  type StoredCheck,
} from '../../domain/evidence/sha256-stream';
import { wasmCrc32 } from '../../domain/bundle/wasm-crc32';
import { fileSlices } from '../../domain/evidence/file-slices';
import { toHex } from '../../domain/crypto/bytes';
import type { FromHashWorker, ToHashWorker } from './hash-messages';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const PROGRESS_STEP_BYTES = 8 * 2 ** 20;

const post = (message: FromHashWorker) => scope.postMessage(message);
const reasonOf = (error: unknown) => (error instanceof Error ? error.name || error.message : String(error));

/**
 * SHA-256 (WebCrypto) and CRC-32 (WebAssembly) of a file read whole. The digest is started first: WebCrypto
 * hashes off this thread, so the CRC-32 here overlaps it instead of adding to capture's time.
 */
async function oneShotDigest(file: Blob): Promise<FileDigest> {
  const buffer = await file.arrayBuffer();
  const createCrc = await wasmCrc32();
  const digest = crypto.subtle.digest('SHA-256', buffer);
  const crc = createCrc();
  crc.update(new Uint8Array(buffer));
  const crc32 = crc.value();
  // This worker may take the next file (worker-sha256.ts keeps it): free the file's bytes now, not at the next
  // collection, so that the memory the page granted for it is really given back. WebCrypto hashes its copy.
  releaseBuffer(buffer);
  return { sha256: toHex(new Uint8Array(await digest)), crc32 };
}

/**
 * Evidence capture: the SHA-256 names the file; the CRC-32, from the same read, is stored with it so that
 * an export writes the stored file into the ZIP without reading it again (domain/bundle/zip-writer.ts).
 */
function hashFile(file: Blob, oneShotGranted: boolean): void {
  let last = 0;
  const onProgress = (bytesDone: number) => {
    if (bytesDone - last < PROGRESS_STEP_BYTES) return;
    last = bytesDone;
    post({ kind: 'progress', bytesDone });
  };
  const oneShot = oneShotGranted && typeof crypto.subtle !== 'undefined';
  const hashed = oneShot
    ? oneShotDigest(file)
    : wasmCrc32().then((crc) => sha256AndCrc32OfFile(file, wasmSha256, crc, onProgress));
  hashed
    .then(({ sha256, crc32 }) => post({ kind: 'hashed', sha256, crc32 }))
    .catch((error: unknown) => post({ kind: 'error', reason: reasonOf(error) }));
}

/** A stored entry of a bundle being imported: SHA-256 and CRC-32 from one read (see checkStoredFile). */
async function storedCheck(file: Blob, oneShot: boolean): Promise<StoredCheck> {
  return checkStoredFile(file, wasmSha256, await wasmCrc32(), oneShot ? file.size : -1);
}

function checkStored(file: Blob, oneShot: boolean): void {
  storedCheck(file, oneShot)
    .then((checked) => post({ kind: 'checked', ...checked }))
    .catch((error: unknown) => post({ kind: 'error', reason: reasonOf(error) }));
}

// Messages are handled in order; the hasher is created once, before the first chunk is hashed.
let stream: Promise<Sha256Hasher> | null = null;
let failed = false;

/** Feeds a posted Blob's bytes to the stream's hasher; later slices are read while one is hashed. */
async function hashBlob(hasher: Sha256Hasher, blob: Blob): Promise<void> {
  let done = 0;
  for await (const slice of fileSlices(blob)) {
    done += slice.byteLength;
    await hasher.update(slice);
  }
  if (done < blob.size) throw new Error('A stored file ended before its recorded size.');
}

function hashChunk(message: Exclude<ToHashWorker, { kind: 'file' | 'stored' }>): void {
  stream ??= wasmSha256();
  stream = stream.then(async (hasher) => {
    if (failed) return hasher;
    try {
      if (message.kind === 'chunk') {
        await hasher.update(message.bytes);
        post({ kind: 'ack', bytes: message.bytes.byteLength });
      } else if (message.kind === 'blob') await hashBlob(hasher, message.blob);
      else post({ kind: 'digest', sha256: await hasher.digestHex() });
    } catch (error) {
      failed = true;
      post({ kind: 'error', reason: reasonOf(error) });
    }
    return hasher;
  });
}

scope.onmessage = (event: MessageEvent<ToHashWorker>) => {
  if (event.data.kind === 'file') hashFile(event.data.file, event.data.oneShot);
  else if (event.data.kind === 'stored') checkStored(event.data.file, event.data.oneShot);
  else hashChunk(event.data);
};
