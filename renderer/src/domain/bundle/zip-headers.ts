/**
 * The ZIP records the exporter writes, byte for byte. Below 4 GiB they are exactly what fflate's streaming Zip
 * writes (data descriptors, version 2.0, Unix rw-r--r--, no extra fields), so small bundles did not change when
 * the framing moved here. ZIP64 is written only where a value does not fit its 32-bit field, and then in one
 * form (the one the strict verifier, domain/import/zip-*.ts, accepts):
 * - an entry of 4 GiB or more has 0xFFFFFFFF sizes and a ZIP64 extra field of two zero sizes in its local
 *   header (they follow the data), a 24-byte data descriptor, and both sizes in its directory record's ZIP64
 *   extra field;
 * - a directory record whose local header starts at 4 GiB or later carries that offset there too;
 * - the end record sets 0xFFFF / 0xFFFFFFFF where the entry count, directory size or offset does not fit, and
 *   is then preceded by a ZIP64 end record and its locator.
 * The extra field holds exactly the values whose 32-bit field is 0xFFFFFFFF, in the order APPNOTE 4.5.3 gives.
 */
export const U16_MAX = 0xffff;
export const U32_MAX = 0xffff_ffff;
/** "Version needed": 2.0 (deflate), or 4.5 where a record uses ZIP64. */
export const VERSION_ZIP = 20;
export const VERSION_ZIP64 = 45;
/** "Version made by" is host 3 (Unix) in the high byte, so the mode bits mean what they say. */
const HOST_UNIX = 3 << 8;
const FLAG_DESCRIPTOR = 0x0008;
const FLAG_UTF8 = 0x0800;
const FILE_MODE = 0o100644 * 0x10000;
const EXTRA_ZIP64 = 0x0001;

/** One entry as the directory lists it. */
export type WrittenEntry = {
  name: Uint8Array;
  utf8: boolean;
  method: 0 | 8;
  dosTime: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
  /** Whether its sizes are ZIP64 (local extra field, 24-byte data descriptor). */
  zip64: boolean;
};

class Out {
  readonly bytes: Uint8Array;
  private readonly view: DataView;
  private at = 0;

  constructor(length: number) {
    this.bytes = new Uint8Array(length);
    this.view = new DataView(this.bytes.buffer);
  }

  u16(value: number): this {
    this.view.setUint16(this.at, value, true);
    this.at += 2;
    return this;
  }

  u32(value: number): this {
    this.view.setUint32(this.at, value >>> 0, true);
    this.at += 4;
    return this;
  }

  u64(value: number): this {
    return this.u32(value % 2 ** 32).u32(Math.floor(value / 2 ** 32));
  }

  raw(bytes: Uint8Array): this {
    this.bytes.set(bytes, this.at);
    this.at += bytes.length;
    return this;
  }
}

/** MS-DOS date and time in local time, as fflate (and zip tools) write them; years 1980–2099 only. */
export function dosTime(date: Date): number {
  const year = date.getFullYear() - 1980;
  if (year < 0 || year > 119) throw new Error('ZIP dates run from 1980 to 2099 only.');
  const days = (year << 9) | ((date.getMonth() + 1) << 5) | date.getDate();
  const time = (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1);
  return (days * 0x10000 + time) >>> 0;
}

const flagsOf = (entry: Pick<WrittenEntry, 'utf8'>) => FLAG_DESCRIPTOR | (entry.utf8 ? FLAG_UTF8 : 0);

/** The local header: CRC and sizes follow the data, in the data descriptor. */
export function localHeader(entry: Omit<WrittenEntry, 'crc' | 'compressedSize' | 'size'>): Uint8Array {
  const extra = entry.zip64 ? 20 : 0;
  const out = new Out(30 + entry.name.length + extra)
    .u32(0x04034b50)
    .u16(entry.zip64 ? VERSION_ZIP64 : VERSION_ZIP)
    .u16(flagsOf(entry))
    .u16(entry.method)
    .u32(entry.dosTime)
    .u32(0)
    .u32(entry.zip64 ? U32_MAX : 0)
    .u32(entry.zip64 ? U32_MAX : 0)
    .u16(entry.name.length)
    .u16(extra)
    .raw(entry.name);
  if (entry.zip64) out.u16(EXTRA_ZIP64).u16(16).u64(0).u64(0);
  return out.bytes;
}

/** The data descriptor after an entry's data: 8-byte sizes for a ZIP64 entry. */
export function dataDescriptor(entry: WrittenEntry): Uint8Array {
  const out = new Out(entry.zip64 ? 24 : 16).u32(0x08074b50).u32(entry.crc);
  return entry.zip64
    ? out.u64(entry.compressedSize).u64(entry.size).bytes
    : out.u32(entry.compressedSize).u32(entry.size).bytes;
}

/** The values of a directory record that go to its ZIP64 extra field, in APPNOTE order. */
function zip64Values(entry: WrittenEntry): number[] {
  const values = entry.zip64 ? [entry.size, entry.compressedSize] : [];
  if (entry.offset >= U32_MAX) values.push(entry.offset);
  return values;
}

/** One central directory record. */
export function centralRecord(entry: WrittenEntry): Uint8Array {
  const values = zip64Values(entry);
  const extra = values.length > 0 ? 4 + 8 * values.length : 0;
  const version = extra > 0 ? VERSION_ZIP64 : VERSION_ZIP;
  const out = new Out(46 + entry.name.length + extra)
    .u32(0x02014b50)
    .u16(HOST_UNIX | version)
    .u16(version)
    .u16(flagsOf(entry))
    .u16(entry.method)
    .u32(entry.dosTime)
    .u32(entry.crc)
    .u32(entry.zip64 ? U32_MAX : entry.compressedSize)
    .u32(entry.zip64 ? U32_MAX : entry.size)
    .u16(entry.name.length)
    .u16(extra)
    .u16(0)
    .u16(0)
    .u16(0)
    .u32(FILE_MODE)
    .u32(Math.min(entry.offset, U32_MAX))
    .raw(entry.name);
  if (extra > 0) {
    out.u16(EXTRA_ZIP64).u16(8 * values.length);
    for (const value of values) out.u64(value);
  }
  return out.bytes;
}

/**
 * The end of the archive for a directory of `count` records, `size` bytes long, starting at `start`: the end
 * record alone, or (when a value does not fit it) the ZIP64 end record, its locator and the end record.
 */
export function endRecords(count: number, size: number, start: number): Uint8Array {
  const needs = count >= U16_MAX || size >= U32_MAX || start >= U32_MAX;
  const zip64 = needs ? 56 + 20 : 0;
  const out = new Out(zip64 + 22);
  if (needs) {
    out
      .u32(0x06064b50)
      .u64(44)
      .u16(HOST_UNIX | VERSION_ZIP64)
      .u16(VERSION_ZIP64)
      .u32(0)
      .u32(0)
      .u64(count)
      .u64(count)
      .u64(size)
      .u64(start)
      .u32(0x07064b50)
      .u32(0)
      .u64(start + size)
      .u32(1);
  }
  const shownCount = Math.min(count, U16_MAX);
  return out
    .u32(0x06054b50)
    .u16(0)
    .u16(0)
    .u16(shownCount)
    .u16(shownCount)
    .u32(Math.min(size, U32_MAX))
    .u32(Math.min(start, U32_MAX))
    .u16(0).bytes;
}
