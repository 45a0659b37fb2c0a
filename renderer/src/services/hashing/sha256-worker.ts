/// <reference lib="webworker" />
/**
 * One SHA-256 job off the main thread: a whole file, read here (evidence capture; WebCrypto for files that
 * fit ONE_SHOT_MAX_BYTES, WebAssembly in slices above), a stored entry of a bundle being imported (SHA-256
 * and CRC-32, see checkStoredFile), or a stream of chunks posted by the page (an export's digest of its file).
 * Two workers hash on two cores while the page stays responsive. Messages: hash-messages.ts.
 */
import { wasmSha256, type Sha256Hasher } from '../../domain/crypto/sha256-hasher';
import { checkStoredFile, sha256OfFile, type StoredCheck } from '../../domain/evidence/sha256-stream';
import { wasmCrc32 } from '../../domain/bundle/wasm-crc32';
import { toHex } from '../../domain/crypto/bytes';
import type { FromHashWorker, ToHashWorker } from './hash-messages';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const PROGRESS_STEP_BYTES = 8 * 2 ** 20;

const post = (message: FromHashWorker) => scope.postMessage(message);
const reasonOf = (error: unknown) => (error instanceof Error ? error.name || error.message : String(error));

/**
 * Files up to this size are read whole and hashed by WebCrypto, which uses the CPU's SHA instructions: about
 * three times the speed of the WebAssembly hasher here, for at most this much memory per worker (two run at
 * once). WebCrypto has no incremental digest, so larger files (video) stream through WebAssembly instead.
 */
const ONE_SHOT_MAX_BYTES = 128 * 2 ** 20;

async function oneShotSha256(file: Blob): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return toHex(new Uint8Array(digest));
}

function hashFile(file: Blob): void {
  let last = 0;
  const onProgress = (bytesDone: number) => {
    if (bytesDone - last < PROGRESS_STEP_BYTES) return;
    last = bytesDone;
    post({ kind: 'progress', bytesDone });
  };
  const oneShot = file.size <= ONE_SHOT_MAX_BYTES && typeof crypto.subtle !== 'undefined';
  (oneShot ? oneShotSha256(file) : sha256OfFile(file, wasmSha256, { onProgress }))
    .then((sha256) => post({ kind: 'digest', sha256 }))
    .catch((error: unknown) => post({ kind: 'error', reason: reasonOf(error) }));
}

/** A stored entry of a bundle being imported: SHA-256 and CRC-32 from one read (see checkStoredFile). */
async function storedCheck(file: Blob): Promise<StoredCheck> {
  return checkStoredFile(file, wasmSha256, await wasmCrc32());
}

function checkStored(file: Blob): void {
  storedCheck(file)
    .then((checked) => post({ kind: 'checked', ...checked }))
    .catch((error: unknown) => post({ kind: 'error', reason: reasonOf(error) }));
}

// Messages are handled in order; the hasher is created once, before the first chunk is hashed.
let stream: Promise<Sha256Hasher> | null = null;
let failed = false;

function hashChunk(message: ToHashWorker): void {
  stream ??= wasmSha256();
  stream = stream.then(async (hasher) => {
    if (failed) return hasher;
    try {
      if (message.kind === 'chunk') {
        await hasher.update(message.bytes);
        post({ kind: 'ack', bytes: message.bytes.byteLength });
      } else post({ kind: 'digest', sha256: await hasher.digestHex() });
    } catch (error) {
      failed = true;
      post({ kind: 'error', reason: reasonOf(error) });
    }
    return hasher;
  });
}

scope.onmessage = (event: MessageEvent<ToHashWorker>) => {
  if (event.data.kind === 'file') hashFile(event.data.file);
  else if (event.data.kind === 'stored') checkStored(event.data.file);
  else hashChunk(event.data);
};
