/**
 * A bundle past 4 GiB, end to end on real files: a sparse 5 GiB evidence file (zeros, no disk used) is exported
 * through the domain code, streamed to disk and never held in memory, then checked with the stock tools
 * (`unzip -t`, `sha256sum -c SHA256SUMS` on the unzipped tree) and with our own verifier, read slice by slice
 * by the command-line tool. Slow by nature (every byte is hashed and CRC'd several times), so it has a file
 * of its own; it needs about 11 GiB of free space in the temporary directory while it runs.
 */
import { createHash } from 'node:crypto';
import { createReadStream, statSync, truncateSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceSource } from '../../../../renderer/src/domain/bundle/bundle-input';
import { verifyFile } from '../../../../cli/file-verdict';
import { run, shell, tempDir } from '../crypto/stock-tools';
import { bundleInput, makeIdentity, writeBundleFile } from './bundle-fixture';

const SIZE = 5 * 2 ** 30;
const CHUNK = 8 * 2 ** 20;
const SLOW = 15 * 60_000;

const temp = tempDir('zip64');
const video = temp.path('walk-down.mp4');
const bundle = temp.path('assessment.airr');
let videoSha256 = '';

async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The file in chunks, as the desktop read path hands evidence over. */
async function* fileChunks(path: string): AsyncGenerator<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    for (;;) {
      const chunk = new Uint8Array(CHUNK);
      const { bytesRead } = await handle.read(chunk, 0, CHUNK, null);
      if (bytesRead === 0) return;
      yield chunk.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

beforeAll(async () => {
  writeFileSync(video, '');
  truncateSync(video, SIZE);
  videoSha256 = await sha256OfFile(video);
  const identity = await makeIdentity();
  const input = await bundleInput(identity, (document) => ({
    ...document,
    evidence: [
      ...document.evidence,
      {
        id: 'ev-walk-down',
        practiceId: 'CIO-SE-1',
        name: 'walk-down.mp4',
        type: 'video/mp4',
        size: SIZE,
        sha256: videoSha256,
        capturedAt: '2026-03-03T12:30:00.000Z',
      },
    ],
  }));
  const source: EvidenceSource = {
    sha256: videoSha256,
    ext: 'mp4',
    size: SIZE,
    open: () => fileChunks(video),
  };
  const written = await writeBundleFile({ ...input, evidence: [...input.evidence, source] }, bundle);
  if (!written.ok) throw new Error(written.message);
}, SLOW);
afterAll(() => temp.remove());

describe('a bundle with 5 GiB of evidence', () => {
  it('is a ZIP64 archive: its end record is preceded by a ZIP64 end record and locator', async () => {
    const size = statSync(bundle).size;
    expect(size).toBeGreaterThan(SIZE);
    const handle = await open(bundle, 'r');
    const tail = Buffer.alloc(98);
    await handle.read(tail, 0, 98, size - 98);
    await handle.close();
    expect(tail.readUInt32LE(0)).toBe(0x06064b50);
    expect(tail.readUInt32LE(56)).toBe(0x07064b50);
    expect(tail.readUInt32LE(76)).toBe(0x06054b50);
  });

  it(
    'passes unzip -t',
    () => {
      const tested = run('unzip', ['-tq', bundle]);
      expect(tested.output).toContain('No errors detected');
      expect(tested.status).toBe(0);
    },
    SLOW,
  );

  it(
    'unzips to a tree that passes sha256sum -c SHA256SUMS, the 5 GiB file included',
    () => {
      shell('mkdir -p out', temp.dir);
      expect(shell('unzip -q ../assessment.airr', temp.path('out')).status).toBe(0);
      const checked = shell('sha256sum -c SHA256SUMS', temp.path('out'));
      expect(checked.stdout).toContain(`evidence/${videoSha256}.mp4: OK`);
      expect(checked.output).not.toContain('FAILED');
      expect(checked.status).toBe(0);
      shell('rm -rf out', temp.dir);
    },
    SLOW,
  );

  it(
    'is accepted by our verifier, read from the file slice by slice by the command-line tool',
    async () => {
      const verdict = await verifyFile(bundle, { trusted: null, keys: [] });
      expect(verdict).toMatchObject({ outcome: 'trust-not-checked' });
    },
    SLOW,
  );
});
