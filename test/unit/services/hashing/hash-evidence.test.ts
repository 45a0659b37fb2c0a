import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../../renderer/src/domain/import/crc32';
import { hashEvidenceFile } from '../../../../renderer/src/services/hashing/hash-evidence';

describe('evidence capture hash', () => {
  it('records the CRC-32 of the file beside its SHA-256, from the same read', async () => {
    // Larger than one 8 MiB read slice, so the running checksums cross slices.
    const bytes = new Uint8Array(9 * 2 ** 20 + 3).map((_, i) => (i * 31) % 253);
    const progress: number[] = [];
    const hashed = await hashEvidenceFile(new File([bytes], 'video.mp4'), (done) => progress.push(done));
    expect(hashed).toEqual({ ok: true, value: { sha256: bytesToHex(sha256(bytes)), crc32: crc32(bytes) } });
    expect(progress.at(-1)).toBe(bytes.length);
  });

  it('gives the standard check value for a short file', async () => {
    const hashed = await hashEvidenceFile(new File([new TextEncoder().encode('123456789')], 'check.txt'));
    expect(hashed.ok && hashed.value.crc32).toBe(0xcbf43926);
  });
});
