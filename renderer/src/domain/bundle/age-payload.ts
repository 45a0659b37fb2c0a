/**
 * The payload of an age file (age-encryption.org/v1, "STREAM"): the plaintext in 64 KiB chunks, each sealed
 * with ChaCha20-Poly1305 under the payload key, the nonce an 11-byte big-endian chunk counter and a last-chunk
 * flag byte. Chunks are independent given their counter, so the work is cut into jobs of whole chunks that a
 * {@link PayloadCipher} may run anywhere (the page's thread, a pool of workers) while their outputs are emitted
 * in order. The header stays with the age library (seal.ts).
 */
import sodium from 'libsodium-wrappers';

/** Plaintext bytes per STREAM chunk, and the Poly1305 tag each chunk gains. */
export const AGE_CHUNK_BYTES = 64 * 1024;
export const AGE_TAG_BYTES = 16;
/**
 * Plaintext per job: 64 chunks (4 MiB). Large enough that handing a job to a worker costs little and that each
 * sealed job reaches the browser download as a Blob part of its own (smaller writes are gathered by copying).
 */
export const AGE_JOB_BYTES = 64 * AGE_CHUNK_BYTES;
/** Jobs handed out but not yet emitted: keeps two workers busy while memory stays at tens of MiB. */
const MAX_JOBS_IN_FLIGHT = 4;

/**
 * Whole chunks starting at chunk number `counter`. Only the `final` job's last chunk may be short (or, when
 * it is the only chunk of an empty file, empty); every other job holds a positive multiple of 64 KiB.
 */
export type PayloadJob = { counter: number; bytes: Uint8Array<ArrayBuffer>; final: boolean };

/**
 * A job whose plaintext is a slice of a Blob (the plain bundle with stored evidence inside by reference):
 * whatever seals it reads the slice itself, so the bytes need not pass through the caller's thread.
 */
export type BlobPayloadJob = { counter: number; blob: Blob; final: boolean };

/**
 * Seals jobs under one payload key; `dispose` lets go of whatever it runs on. `sealBlob`, where present,
 * reads the job's slice itself (a worker, so the plaintext is not copied to it). The ciphertext comes back as
 * bytes, not a Blob: a Blob made for it would keep its bytes in the browser's blob store until the page's
 * garbage collector drops the Blob, which in a page that allocates little comes late (a sealed export of
 * 512 MB grew the browser process by 345 MB that way, its output spooled to disk), while bytes count towards
 * the page's collections.
 */
export type PayloadCipher = {
  seal(job: PayloadJob): Promise<Uint8Array>;
  sealBlob?(job: BlobPayloadJob): Promise<Uint8Array>;
  dispose(): void;
};

/** Makes a cipher for one file's payload key (32 bytes). */
export type CreatePayloadCipher = (payloadKey: Uint8Array) => Promise<PayloadCipher>;

/** Ciphertext size of one job: its bytes plus one tag per chunk (an empty final job is one chunk). */
export function sealedJobBytes(plaintextBytes: number): number {
  return plaintextBytes + Math.max(1, Math.ceil(plaintextBytes / AGE_CHUNK_BYTES)) * AGE_TAG_BYTES;
}

/** Seals one job with libsodium (WebAssembly); `ready` must have resolved. Shared by the thread and workers. */
export function sealJobWithSodium(payloadKey: Uint8Array, job: PayloadJob): Uint8Array<ArrayBuffer> {
  const { bytes, counter, final } = job;
  const chunks = Math.max(1, Math.ceil(bytes.length / AGE_CHUNK_BYTES));
  const out = new Uint8Array(sealedJobBytes(bytes.length));
  const nonce = new Uint8Array(12);
  for (let i = 0; i < chunks; i++) {
    // Bytes 0–10: the chunk number, big-endian (a JavaScript number fills the low 7 of them exactly).
    let n = counter + i;
    for (let at = 10; at >= 0; at--) {
      nonce[at] = n % 256;
      n = Math.floor(n / 256);
    }
    nonce[11] = final && i === chunks - 1 ? 1 : 0;
    const start = i * AGE_CHUNK_BYTES;
    const piece = bytes.subarray(start, Math.min(bytes.length, start + AGE_CHUNK_BYTES));
    const sealed = sodium.crypto_aead_chacha20poly1305_ietf_encrypt(piece, null, null, nonce, payloadKey);
    out.set(sealed, i * (AGE_CHUNK_BYTES + AGE_TAG_BYTES));
  }
  return out;
}

/** libsodium on the calling thread: the default, and what runs where there are no workers (Node, tests). */
export const sodiumPayloadCipher: CreatePayloadCipher = async (payloadKey) => {
  await sodium.ready;
  const key = payloadKey.slice();
  return {
    seal: (job) => Promise.resolve(sealJobWithSodium(key, job)),
    dispose: () => key.fill(0),
  };
};

/**
 * Encrypts `plaintext` as an age payload. A full job is handed out only once the next byte has arrived, so
 * the job that holds the last chunk is always the one flagged final, even when the size is a multiple of
 * 64 KiB. Output chunks are emitted in order; leaving early disposes the cipher.
 */
export async function* agePayload(
  plaintext: AsyncIterable<Uint8Array>,
  cipher: PayloadCipher,
): AsyncGenerator<Uint8Array> {
  const queue: Promise<Uint8Array>[] = [];
  let buffer = new Uint8Array(AGE_JOB_BYTES);
  let filled = 0;
  let counter = 0;
  const handOut = (final: boolean) => {
    const job = cipher.seal({ counter, bytes: buffer.subarray(0, filled), final });
    // Awaited in order below; handled now so a failure meanwhile is not reported as unhandled.
    job.catch(() => undefined);
    queue.push(job);
    counter += filled / AGE_CHUNK_BYTES;
    buffer = new Uint8Array(AGE_JOB_BYTES);
    filled = 0;
  };
  try {
    for await (const chunk of plaintext) {
      for (let at = 0; at < chunk.length;) {
        if (filled === AGE_JOB_BYTES) {
          handOut(false);
          while (queue.length >= MAX_JOBS_IN_FLIGHT) yield await (queue.shift() as Promise<Uint8Array>);
        }
        const taken = Math.min(AGE_JOB_BYTES - filled, chunk.length - at);
        buffer.set(chunk.subarray(at, at + taken), filled);
        filled += taken;
        at += taken;
      }
    }
    handOut(true);
    while (queue.length > 0) yield await (queue.shift() as Promise<Uint8Array>);
  } finally {
    cipher.dispose();
  }
}

/** Seals a Blob job where the cipher cannot read it itself: read here, then sealed as bytes. */
async function sealBlobJob(cipher: PayloadCipher, job: BlobPayloadJob): Promise<Uint8Array> {
  if (cipher.sealBlob) return cipher.sealBlob(job);
  const bytes = new Uint8Array(await job.blob.arrayBuffer());
  return cipher.seal({ counter: job.counter, bytes, final: job.final });
}

/**
 * The age payload of a plaintext that is one Blob, cut into jobs of whole chunks at known offsets; each job
 * goes to the cipher as a slice (nothing read here), and the outputs come back in order, at most
 * MAX_JOBS_IN_FLIGHT at a time. The last job is the final one (an empty Blob is one empty final chunk).
 */
export async function* agePayloadOfBlob(plaintext: Blob, cipher: PayloadCipher): AsyncGenerator<Uint8Array> {
  const queue: Promise<Uint8Array>[] = [];
  const jobs = Math.max(1, Math.ceil(plaintext.size / AGE_JOB_BYTES));
  try {
    for (let index = 0; index < jobs; index++) {
      const start = index * AGE_JOB_BYTES;
      const blob = plaintext.slice(start, Math.min(plaintext.size, start + AGE_JOB_BYTES));
      const job = sealBlobJob(cipher, {
        counter: index * (AGE_JOB_BYTES / AGE_CHUNK_BYTES),
        blob,
        final: index === jobs - 1,
      });
      // Awaited in order below; handled now so a failure meanwhile is not reported as unhandled.
      job.catch(() => undefined);
      queue.push(job);
      while (queue.length >= MAX_JOBS_IN_FLIGHT) yield await (queue.shift() as Promise<Uint8Array>);
    }
    while (queue.length > 0) yield await (queue.shift() as Promise<Uint8Array>);
  } finally {
    cipher.dispose();
  }
}
