/**
 * CRC-32 (ISO-HDLC, the ZIP checksum), computed incrementally so that a stored or inflated entry is checked as
 * its bytes come, the way `unzip` checks it. Slicing by four tables: evidence files may be gigabytes.
 */
const TABLES: readonly Uint32Array[] = (() => {
  const tables = Array.from({ length: 4 }, () => new Uint32Array(256));
  const [t0, t1, t2, t3] = tables as [Uint32Array, Uint32Array, Uint32Array, Uint32Array];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t0[n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++) {
    t1[n] = (t0[t0[n]! & 0xff]! ^ (t0[n]! >>> 8)) >>> 0;
    t2[n] = (t0[t1[n]! & 0xff]! ^ (t1[n]! >>> 8)) >>> 0;
    t3[n] = (t0[t2[n]! & 0xff]! ^ (t2[n]! >>> 8)) >>> 0;
  }
  return tables;
})();

/** Running CRC-32: feed chunks with update, read the checksum with value. */
export class Crc32 {
  private crc = 0xffffffff;

  update(bytes: Uint8Array): void {
    const [t0, t1, t2, t3] = TABLES as [Uint32Array, Uint32Array, Uint32Array, Uint32Array];
    let crc = this.crc;
    let i = 0;
    const end4 = bytes.length - (bytes.length % 4);
    for (; i < end4; i += 4) {
      crc ^= bytes[i]! | (bytes[i + 1]! << 8) | (bytes[i + 2]! << 16) | (bytes[i + 3]! << 24);
      crc = t3[crc & 0xff]! ^ t2[(crc >>> 8) & 0xff]! ^ t1[(crc >>> 16) & 0xff]! ^ t0[crc >>> 24]!;
    }
    for (; i < bytes.length; i++) crc = t0[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
    this.crc = crc;
  }

  value(): number {
    return (this.crc ^ 0xffffffff) >>> 0;
  }
}

/** CRC-32 of bytes in one call. */
export function crc32(bytes: Uint8Array): number {
  const crc = new Crc32();
  crc.update(bytes);
  return crc.value();
}
