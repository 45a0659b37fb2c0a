/**
 * ZIP64 as the strict verifier reads it, on sparse archives of over 5 GiB (records real, data zeros made up on
 * read): the exporter's form is accepted, and each way a record can differ from it is refused with its code.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../../../renderer/src/domain/import/limits';
import type { VerifyCode } from '../../../../renderer/src/domain/import/verify-codes';
import { readZipDirectory } from '../../../../renderer/src/domain/import/zip-directory';
import { endRecords } from '../../../../renderer/src/domain/bundle/zip-headers';
import { patch, sparsePieces, sparseSource, type Piece } from './helpers/sparse-zip64';

type Pieces = Array<Piece & { dataAfter: number }>;

const GIB = 2 ** 30;

/** The pieces with the end records rebuilt for the directory as it now is (after a change to it). */
function withEnd(pieces: Pieces): Pieces {
  const centrals = pieces.filter((piece) => piece.kind === 'central');
  let start = 0;
  for (const piece of pieces) {
    if (piece.kind === 'central') break;
    start += piece.bytes.length + piece.dataAfter;
  }
  const size = centrals.reduce((n, piece) => n + piece.bytes.length, 0);
  return pieces.map((piece) =>
    piece.kind === 'end' ? { ...piece, bytes: endRecords(centrals.length, size, start) } : piece,
  );
}

/** Replaces the bytes of one record (by kind and entry name). */
function change(pieces: Pieces, kind: Piece['kind'], name: string, edit: (bytes: Uint8Array) => Uint8Array) {
  return pieces.map((piece) =>
    piece.kind === kind && piece.name === name ? { ...piece, bytes: edit(piece.bytes) } : piece,
  );
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A record (a local header of 30 bytes or a directory record of 46) with its extra field replaced. */
function withExtra(bytes: Uint8Array, headerSize: 30 | 46, extra: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  const lengthAt = headerSize === 30 ? 26 : 28;
  const nameLength = view.getUint16(lengthAt, true);
  const head = patch(bytes.subarray(0, headerSize + nameLength), lengthAt + 2, extra.length, 2);
  return concat(head, extra);
}

function zip64Block(...values: number[]): Uint8Array {
  const block = new Uint8Array(4 + 8 * values.length);
  const view = new DataView(block.buffer);
  view.setUint16(0, 1, true);
  view.setUint16(2, 8 * values.length, true);
  values.forEach((value, i) => view.setBigUint64(4 + 8 * i, BigInt(value), true));
  return block;
}

// Offsets in the end piece: ZIP64 end record, locator, end record.
const Z64 = { countDisk: 24, count: 32, size: 40, start: 48, recordSize: 4 };
const LOC = { offset: 64, disks: 72 };
const END = { countDisk: 84, count: 86, start: 92 };

async function codeOf(pieces: Pieces): Promise<VerifyCode | 'ok'> {
  const result = await readZipDirectory(sparseSource(pieces), DEFAULT_LIMITS);
  return result.ok ? 'ok' : result.code;
}

const base = sparsePieces();
// Central records: 46 bytes, then the name (central extra at 46 + name length); local: 30 + name.
const CENTRAL = 46 as const;
const LOCAL = 30 as const;

describe('a ZIP64 archive as the exporter writes it', () => {
  it('is accepted, with the sizes and offsets of its ZIP64 records', async () => {
    const source = sparseSource(base);
    expect(source.size).toBeGreaterThan(5 * GIB);
    const result = await readZipDirectory(source, DEFAULT_LIMITS);
    if (!result.ok) throw new Error(result.message);
    expect(result.value.map(({ name, size, compressedSize }) => [name, size, compressedSize])).toEqual([
      ['a.txt', 10, 10],
      ['big.bin', 5 * GIB, 5 * GIB],
      ['c.txt', 20, 20],
    ]);
    expect(result.value[2]?.dataStart).toBeGreaterThan(2 ** 32);
  });
});

describe('a ZIP64 variant the exporter never writes is refused with its own code', () => {
  const cases: Array<[string, () => Pieces, VerifyCode]> = [
    [
      'a directory record that defers its sizes without a ZIP64 extra field',
      () => withEnd(change(base, 'central', 'big.bin', (b) => withExtra(b, CENTRAL, new Uint8Array()))),
      'zip64-malformed',
    ],
    [
      'a ZIP64 extra field that holds fewer values than the record defers',
      () => withEnd(change(base, 'central', 'big.bin', (b) => withExtra(b, CENTRAL, zip64Block(5 * GIB)))),
      'zip64-malformed',
    ],
    [
      'two ZIP64 extra fields in one record',
      () =>
        withEnd(
          change(base, 'central', 'big.bin', (b) =>
            withExtra(b, CENTRAL, concat(zip64Block(5 * GIB, 5 * GIB), zip64Block(5 * GIB, 5 * GIB))),
          ),
        ),
      'zip64-malformed',
    ],
    [
      'a ZIP64 extra field next to another extra field',
      () =>
        withEnd(
          change(base, 'central', 'big.bin', (b) =>
            withExtra(b, CENTRAL, concat(zip64Block(5 * GIB, 5 * GIB), new Uint8Array([0x55, 0x54, 0, 0]))),
          ),
        ),
      'unexpected-extra-field',
    ],
    [
      'sizes deferred to ZIP64 that fit 32 bits',
      () =>
        withEnd(
          change(base, 'central', 'a.txt', (b) =>
            withExtra(patch(patch(b, 20, 0xffff_ffff, 4), 24, 0xffff_ffff, 4), CENTRAL, zip64Block(10, 10)),
          ),
        ),
      'zip64-unneeded',
    ],
    [
      'a ZIP64 extra field where no field is 0xFFFFFFFF',
      () => withEnd(change(base, 'central', 'a.txt', (b) => withExtra(b, CENTRAL, zip64Block(10, 10)))),
      'zip64-unneeded',
    ],
    [
      'an entry of 4 GiB or more without a ZIP64 extra field in its local header',
      () => change(base, 'local', 'big.bin', (b) => withExtra(b, LOCAL, new Uint8Array())),
      'zip64-mismatch',
    ],
    [
      'a ZIP64 extra field in the local header of a small entry',
      () => change(base, 'local', 'a.txt', (b) => withExtra(b, LOCAL, zip64Block(0, 0))),
      'zip64-mismatch',
    ],
    [
      'sizes in the local ZIP64 extra field of an entry that defers them',
      () => change(base, 'local', 'big.bin', (b) => withExtra(b, LOCAL, zip64Block(5 * GIB, 5 * GIB))),
      'size-mismatch',
    ],
    [
      'a 16-byte data descriptor after an entry of 4 GiB or more',
      () =>
        base.map((piece) =>
          piece.kind === 'descriptor' && piece.name === 'big.bin'
            ? { ...piece, bytes: piece.bytes.subarray(0, 16), dataAfter: 8 }
            : piece,
        ),
      'size-mismatch',
    ],
    [
      'a ZIP64 local header offset that points into the entry before',
      () =>
        change(base, 'central', 'c.txt', (b) => patch(b, CENTRAL + 'c.txt'.length + 4, 2 ** 32 + 4096, 8)),
      'zip-bomb',
    ],
    [
      'a ZIP64 end record that lists more entries than the end record',
      () => change(base, 'end', '', (b) => patch(patch(b, Z64.count, 4, 8), Z64.countDisk, 4, 8)),
      'zip64-mismatch',
    ],
    [
      'an end record that defers an entry count that fits 16 bits',
      () => change(base, 'end', '', (b) => patch(patch(b, END.count, 0xffff, 2), END.countDisk, 0xffff, 2)),
      'zip64-unneeded',
    ],
    [
      'a locator that points elsewhere than the ZIP64 end record',
      () => change(base, 'end', '', (b) => patch(b, LOC.offset, 2 ** 32, 8)),
      'zip64-mismatch',
    ],
    [
      'an end record that defers to ZIP64 records that are missing',
      () => change(base, 'end', '', (b) => b.subarray(76)),
      'zip64-malformed',
    ],
    [
      'a ZIP64 end record with an extensible data sector',
      () => change(base, 'end', '', (b) => patch(b, Z64.recordSize, 52, 8)),
      'zip64-unsupported',
    ],
    [
      'a locator for an archive of several disks',
      () => change(base, 'end', '', (b) => patch(b, LOC.disks, 2, 4)),
      'zip64-unsupported',
    ],
    [
      'a ZIP64 end record that lists more entries than any bundle may hold',
      () =>
        change(base, 'end', '', (b) =>
          patch(
            patch(patch(patch(b, Z64.count, 70_000, 8), Z64.countDisk, 70_000, 8), END.count, 0xffff, 2),
            END.countDisk,
            0xffff,
            2,
          ),
        ),
      'too-large',
    ],
  ];

  it.each(cases)('refuses %s', async (_, make, code) => {
    expect(await codeOf(make())).toBe(code);
  });

  it('refuses ZIP64 end records on an archive that needs none', async () => {
    const small = sparsePieces([
      { name: 'a.txt', size: 10 },
      { name: 'c.txt', size: 20 },
    ]);
    const end = small.at(-1)!.bytes;
    const view = new DataView(end.buffer, end.byteOffset);
    const [count, size, start] = [
      view.getUint16(10, true),
      view.getUint32(12, true),
      view.getUint32(16, true),
    ];
    // Built as if the directory started past 4 GiB, then given the real values in both records.
    let forced = endRecords(count, size, 2 ** 32);
    forced = patch(patch(forced, Z64.start, start, 8), END.start, start, 4);
    forced = patch(forced, LOC.offset, start + size, 8);
    expect(
      await codeOf(small.map((piece) => (piece.kind === 'end' ? { ...piece, bytes: forced } : piece))),
    ).toBe('zip64-unneeded');
  });
});
