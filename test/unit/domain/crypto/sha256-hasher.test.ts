import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { wasmSha256 } from '../../../../renderer/src/domain/crypto/sha256-hasher';

describe('the WebAssembly SHA-256', () => {
  it('gives the digest Node gives, whatever the chunking', async () => {
    const bytes = randomBytes(3 * 65_536 + 17);
    const expected = createHash('sha256').update(bytes).digest('hex');
    for (const step of [1, 63, 64, 1000, bytes.length]) {
      const hasher = await wasmSha256();
      for (let at = 0; at < bytes.length; at += step) await hasher.update(bytes.subarray(at, at + step));
      expect(await hasher.digestHex(), `chunks of ${step}`).toBe(expected);
    }
  });

  it('keeps two hashers apart', async () => {
    const [a, b] = await Promise.all([wasmSha256(), wasmSha256()]);
    await a.update(new TextEncoder().encode('first'));
    await b.update(new TextEncoder().encode('second'));
    expect(await a.digestHex()).toBe(createHash('sha256').update('first').digest('hex'));
    expect(await b.digestHex()).toBe(createHash('sha256').update('second').digest('hex'));
  });

  it('hashes nothing to the SHA-256 of the empty string', async () => {
    const hasher = await wasmSha256();
    expect(await hasher.digestHex()).toBe(createHash('sha256').digest('hex'));
  });
});
