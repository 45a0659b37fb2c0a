// SHA-256 in Chromium, on what the app hashes (evidence at capture, a bundle while it is written): the
// pure-JavaScript hasher the app used before, the WebAssembly one it uses now (on the page and in its
// workers, one file and two at once), WebCrypto over one whole buffer (fast, but it cannot stream), and
// sha256sum on the same number of bytes for scale. Median of three runs each.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from './browser.mjs';

const MIB = 2 ** 20;
const SIZE_MIB = Number(process.env.AIRR_BENCH_HASH_MB ?? 128);

function sha256sumSeconds(bytes) {
  const dir = mkdtempSync(join(tmpdir(), 'airr-bench-hash-'));
  try {
    writeFileSync(join(dir, 'data'), bytes);
    const runs = [0, 1, 2].map(() => {
      const start = performance.now();
      execFileSync('sha256sum', [join(dir, 'data')]);
      return (performance.now() - start) / 1000;
    });
    return median(runs);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchHashing(context, moduleUrl) {
  const page = await context.newPage();
  await page.goto(`${moduleUrl}index.html`);
  const figures = await page.evaluate(async (size) => {
    const { sha256 } = await import('/@id/@noble/hashes/sha2.js');
    const { wasmSha256 } = await import('/src/domain/crypto/sha256-hasher.ts');
    const { hashFileInWorker, workerSha256 } = await import('/src/services/hashing/worker-sha256.ts');
    const bytes = new Uint8Array(size);
    for (let at = 0; at < size; at += 65_536) crypto.getRandomValues(bytes.subarray(at, at + 65_536));
    const blob = new Blob([bytes]);
    const inChunks = async (update) => {
      for (let at = 0; at < size; at += 8 * 2 ** 20) await update(bytes.subarray(at, at + 8 * 2 ** 20));
    };
    const timed = async (run) => {
      const times = [];
      for (let index = 0; index < 3; index += 1) {
        const start = performance.now();
        await run();
        times.push((performance.now() - start) / 1000);
      }
      return times.sort((a, b) => a - b)[1];
    };
    return {
      noble: await timed(async () => {
        const hash = sha256.create();
        await inChunks((chunk) => hash.update(chunk));
        hash.digest();
      }),
      wasm: await timed(async () => {
        const hash = await wasmSha256();
        await inChunks((chunk) => hash.update(chunk));
        await hash.digestHex();
      }),
      workerFile: await timed(() => hashFileInWorker(blob)),
      workerTwoFiles: await timed(() => Promise.all([hashFileInWorker(blob), hashFileInWorker(blob)])),
      workerStream: await timed(async () => {
        const hash = await workerSha256();
        await inChunks((chunk) => hash.update(chunk));
        await hash.digestHex();
      }),
      webCrypto: await timed(() => crypto.subtle.digest('SHA-256', bytes)),
    };
  }, SIZE_MIB * MIB);
  await page.close();
  const reference = sha256sumSeconds(new Uint8Array(SIZE_MIB * MIB).fill(7));
  const row = (label, seconds, bytes = SIZE_MIB) => [
    label,
    `${seconds.toFixed(2)} s (${(reference / (seconds * (SIZE_MIB / bytes))).toFixed(2)}× sha256sum)`,
  ];
  return [
    row(`@noble/hashes (JavaScript), page thread, ${SIZE_MIB} MiB`, figures.noble),
    row(`hash-wasm (WebAssembly), page thread, ${SIZE_MIB} MiB`, figures.wasm),
    row(`hash-wasm in a worker, a ${SIZE_MIB} MiB file read in slices`, figures.workerFile),
    row(`hash-wasm in workers, two ${SIZE_MIB} MiB files at once`, figures.workerTwoFiles, 2 * SIZE_MIB),
    row(`hash-wasm in a worker, ${SIZE_MIB} MiB posted in chunks (export)`, figures.workerStream),
    row(`WebCrypto digest of one ${SIZE_MIB} MiB buffer (cannot stream)`, figures.webCrypto),
    [`sha256sum, ${SIZE_MIB} MiB file (reference)`, `${reference.toFixed(2)} s`],
  ];
}
