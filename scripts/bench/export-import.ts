// Export and import speed in Node, on the same domain code the renderer runs: evidence of AIRR_BENCH_MB
// (default 1024) megabytes is streamed into a signed bundle, then the bundle is verified; each is set
// against `sha256sum` over the same bytes. Run by scripts/bench.mjs through tsx.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  createReadStream,
  createWriteStream,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { writeBundle } from '../../renderer/src/domain/bundle/build-bundle';
import type { EvidenceSource } from '../../renderer/src/domain/bundle/bundle-input';
import { verifyBundle } from '../../renderer/src/domain/import/verify-bundle';
import { BUILT_IN_PACK } from '../../renderer/src/domain/framework/builtin-pack';
import { bundleInput, makeIdentity } from '../../test/unit/domain/bundle/bundle-fixture';

const TOTAL_MB = Number(process.env.AIRR_BENCH_MB ?? 1024);
const FILE_MB = 64;

function peakRssSampler(): { stop: () => number } {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  return { stop: () => (clearInterval(timer), Math.max(peak, process.memoryUsage().rss)) };
}

function sha256sumSeconds(files: string[]): number {
  const start = performance.now();
  execFileSync('sha256sum', files, { stdio: 'ignore', maxBuffer: 1 << 26 });
  return (performance.now() - start) / 1000;
}

const mbps = (bytes: number, seconds: number) => bytes / 2 ** 20 / seconds;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'airr-bench-export-'));
  try {
    const files: Array<{ path: string; sha256: string; size: number }> = [];
    for (let index = 0; index * FILE_MB < TOTAL_MB; index += 1) {
      const size = Math.min(FILE_MB, TOTAL_MB - index * FILE_MB) * 2 ** 20;
      const bytes = randomBytes(size);
      const path = join(dir, `evidence-${index}.bin`);
      writeFileSync(path, bytes);
      files.push({ path, size, sha256: createHash('sha256').update(bytes).digest('hex') });
    }
    const evidenceBytes = files.reduce((sum, file) => sum + file.size, 0);
    const identity = await makeIdentity();
    const base = await bundleInput(identity, (fixture) => ({
      ...fixture,
      evidence: files.map((file, index) => ({
        id: `bench-${index}`,
        practiceId: 'CIO-SE-1',
        name: `evidence-${index}.bin`,
        type: 'application/octet-stream',
        size: file.size,
        sha256: file.sha256,
        capturedAt: fixture.createdAt,
      })),
    }));
    const document = base.document;
    const evidence: EvidenceSource[] = files.map((file) => ({
      sha256: file.sha256,
      ext: 'bin',
      size: file.size,
      open: () => createReadStream(file.path, { highWaterMark: 4 * 2 ** 20 }),
    }));

    const shaEvidence = sha256sumSeconds(files.map((file) => file.path));
    const bundlePath = join(dir, 'bench.airr');
    const out = createWriteStream(bundlePath);
    const sampler = peakRssSampler();
    const rssBefore = process.memoryUsage().rss;
    const start = performance.now();
    const result = await writeBundle(
      { ...base, document, evidence },
      (chunk) =>
        new Promise<void>((resolve, reject) =>
          out.write(chunk, (error) => (error ? reject(error) : resolve())),
        ),
    );
    await new Promise<void>((resolve) => out.end(resolve));
    const exportSeconds = (performance.now() - start) / 1000;
    const exportPeak = sampler.stop();
    if (!result.ok) throw new Error(result.message);

    const shaBundle = sha256sumSeconds([bundlePath]);
    const bundleBytes = statSync(bundlePath).size;
    const bytes = readFileSync(bundlePath);
    const verifyStart = performance.now();
    const verdict = await verifyBundle(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      knownPacks: [BUILT_IN_PACK],
      trustedFingerprints: new Set(),
    });
    const verifySeconds = (performance.now() - verifyStart) / 1000;
    if (!verdict.ok) throw new Error(verdict.message);

    const rows: Array<[string, string]> = [
      [
        `evidence`,
        `${files.length} files, ${(evidenceBytes / 2 ** 20).toFixed(0)} MB of incompressible bytes`,
      ],
      ['sha256sum over the evidence', `${mbps(evidenceBytes, shaEvidence).toFixed(0)} MB/s`],
      [
        'export: hash + zip + sign, streamed to disk',
        `${mbps(evidenceBytes, exportSeconds).toFixed(0)} MB/s (${exportSeconds.toFixed(1)} s)`,
      ],
      ['export ÷ sha256sum (target ≥ 0.5)', (shaEvidence / exportSeconds).toFixed(2)],
      [
        'export: peak resident memory (process, before → peak)',
        `${(rssBefore / 2 ** 20).toFixed(0)} → ${(exportPeak / 2 ** 20).toFixed(0)} MB`,
      ],
      ['sha256sum over the bundle', `${mbps(bundleBytes, shaBundle).toFixed(0)} MB/s`],
      [
        'import: verify everything (bundle in memory)',
        `${mbps(bundleBytes, verifySeconds).toFixed(0)} MB/s (${verifySeconds.toFixed(1)} s)`,
      ],
      ['import ÷ sha256sum (target ≥ 0.5)', (shaBundle / verifySeconds).toFixed(2)],
    ];
    console.log(JSON.stringify(rows));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
