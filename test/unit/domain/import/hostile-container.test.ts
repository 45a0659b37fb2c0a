/**
 * Named hostile-container cases: each is a valid, properly signed bundle except for one ZIP-level property the
 * exporter never writes, and each must be refused with its own code. The raw writer's defaults produce the
 * exporter's exact records (checked first), so every case differs from an accepted bundle in one field only.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { verifyBundle } from '../../../../renderer/src/domain/import/verify-bundle';
import type { VerifyCode } from '../../../../renderer/src/domain/import/verify-codes';
import { concat, timestampExtra, zip64Extra, type RawEntry, type RawZipOptions } from './helpers/raw-zip';
import { makeSigner, packRaw, validBundle, type BundleFile, type TestSigner } from './helpers/test-bundle';
import { options } from './helpers/verify-options';

let signer: TestSigner;
let valid: { files: BundleFile[]; bytes: Uint8Array };

beforeAll(async () => {
  signer = await makeSigner();
  valid = await validBundle(signer);
});

async function codeOf(bytes: Uint8Array): Promise<VerifyCode | 'ok'> {
  const verdict = await verifyBundle(bytes, options());
  return verdict.ok ? 'ok' : verdict.code;
}

/** The valid files packed raw, with one entry (by name) changed. */
function withEntry(name: string, change: Partial<RawEntry>, archive: RawZipOptions = {}): Uint8Array {
  return packRaw(
    valid.files.map((file) => (file.name === name ? { ...file, ...change } : file)),
    archive,
  );
}

const UNIX = 0x10000;

describe('a canonical container', () => {
  it('is what the exporter writes, and the raw writer writes the same records', async () => {
    expect(await codeOf(valid.bytes)).toBe('ok');
    expect(await codeOf(packRaw(valid.files))).toBe('ok');
  });
});

describe('the container is refused, each way with its own code', () => {
  it.each<[string, Partial<RawEntry>, VerifyCode]>([
    ['a wrong CRC-32', { crc: 0x12345678 }, 'crc-mismatch'],
    ['a data descriptor with another size', { descriptorSize: 3 }, 'size-mismatch'],
    ['a declared size larger than the data', { declaredSize: 20_000 }, 'size-mismatch'],
    ['a stored entry with two sizes', { method: 0, declaredSize: 5 }, 'size-mismatch'],
    ['a data descriptor with another CRC-32', { descriptorCrc: 1 }, 'header-mismatch'],
    ['another name in the local header', { localName: 'assessment.jsoN' }, 'header-mismatch'],
    ['other flags in the local header', { localFlags: 0 }, 'header-mismatch'],
    ['sizes repeated in the local header', { localSizes: true }, 'header-mismatch'],
    ['a symbolic link', { externalAttributes: 0o120777 * UNIX }, 'symlink-entry'],
    ['a setuid file', { externalAttributes: 0o104644 * UNIX }, 'special-mode-bits'],
    ['a setgid file', { externalAttributes: 0o102644 * UNIX }, 'special-mode-bits'],
    ['an executable file', { externalAttributes: 0o100755 * UNIX }, 'unexpected-file-mode'],
    ['a world-writable file', { externalAttributes: 0o100666 * UNIX }, 'unexpected-file-mode'],
    [
      'a file with no Unix mode (made on DOS)',
      { madeBy: 0x0014, externalAttributes: 0 },
      'unexpected-file-mode',
    ],
    ['a directory mode', { externalAttributes: 0o040755 * UNIX }, 'directory-entry'],
    ['the traditional encryption flag', { flags: 0x0009 }, 'encrypted-entry'],
    ['the strong encryption flag', { flags: 0x0049 }, 'encrypted-entry'],
    ['the encryption flag in the local header only', { localFlags: 0x0009 }, 'encrypted-entry'],
    ['AES compression method 99', { method: 99 }, 'encrypted-entry'],
    ['bzip2 compression', { method: 12 }, 'unsupported-compression'],
    ['the UTF-8 name flag', { flags: 0x0808 }, 'unexpected-zip-flags'],
    [
      'sizes in the local header instead of a data descriptor',
      { flags: 0, localSizes: true },
      'unexpected-zip-flags',
    ],
    ['a ZIP64 extra field in the directory', { centralExtra: zip64Extra(10, 10) }, 'zip64-unneeded'],
    ['a ZIP64 extra field in the local header', { localExtra: zip64Extra(10, 10) }, 'zip64-mismatch'],
    [
      'a timestamp extra field, as zip writes it',
      { centralExtra: timestampExtra() },
      'unexpected-extra-field',
    ],
    [
      'a timestamp extra field in the local header',
      { localExtra: timestampExtra() },
      'unexpected-extra-field',
    ],
    ['a file comment', { comment: 'hello' }, 'zip-comment'],
    ['bytes between two entries', { gapBefore: 7 }, 'zip-gap'],
  ])('refuses %s on assessment.json', async (_what, change, code) => {
    expect(await codeOf(withEntry('assessment.json', change))).toBe(code);
  });

  it('refuses a directory entry, which the exporter never writes', async () => {
    const files = [{ name: 'evidence/', bytes: new Uint8Array() }, ...valid.files];
    expect(await codeOf(packRaw(files.map((f) => ({ ...f, method: 0 }))))).toBe('directory-entry');
  });

  it('refuses an archive comment', async () => {
    expect(await codeOf(packRaw(valid.files, { comment: 'looks harmless' }))).toBe('zip-comment');
  });

  it('refuses bytes before the first entry, whether or not the offsets were moved to match', async () => {
    const prefix = new TextEncoder().encode('#!/bin/sh\nexit 0\n');
    expect(await codeOf(packRaw(valid.files, { prefix }))).toBe('zip-prefix');
    expect(await codeOf(packRaw(valid.files, { prefix, prefixUnshifted: true }))).toBe('zip-prefix');
    expect(await codeOf(concat([prefix, valid.bytes]))).toBe('zip-prefix');
    // An archive in front of another: the file's end record belongs to the second one.
    expect(await codeOf(concat([valid.bytes, valid.bytes]))).toBe('zip-prefix');
  });

  it('refuses bytes after the end record', async () => {
    expect(await codeOf(concat([valid.bytes, new Uint8Array([0])]))).toBe('zip-trailing-bytes');
    expect(await codeOf(packRaw(valid.files, { trailing: new Uint8Array(1000) }))).toBe('zip-trailing-bytes');
  });

  it('refuses bytes between the last entry and the directory', async () => {
    // The directory offset is moved on by the gap, so only the unaccounted bytes are wrong.
    const bytes = valid.bytes;
    const end = bytes.length - 22;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const start = view.getUint32(end + 16, true);
    const gapped = concat([bytes.subarray(0, start), new Uint8Array(5), bytes.subarray(start)]);
    new DataView(gapped.buffer).setUint32(gapped.length - 22 + 16, start + 5, true);
    expect(await codeOf(gapped)).toBe('zip-gap');
  });

  it('refuses a ZIP64 end-of-directory locator that is not one', async () => {
    const locator = new Uint8Array(20);
    new DataView(locator.buffer).setUint32(0, 0x07064b50, true);
    const end = valid.bytes.length - 22;
    const bytes = concat([valid.bytes.subarray(0, end), locator, valid.bytes.subarray(end)]);
    expect(await codeOf(bytes)).toBe('zip64-malformed');
  });
});
