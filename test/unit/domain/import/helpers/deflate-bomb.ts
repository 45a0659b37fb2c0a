/**
 * A hand-made deflate stream of zeros that expands about 1000 times: dynamic-Huffman blocks in which "copy 258
 * bytes from 1 back" costs two bits. 4 GiB of zeros fit in about 4.2 MB, the bomb of issue 9. Every block is
 * a whole number of bytes, so one block repeated makes the stream as long as wanted without bit shifting.
 */
class Bits {
  private readonly bytes: number[] = [];
  private bit = 0;

  /** A header field or extra bits: least significant bit first. */
  value(value: number, count: number): this {
    for (let i = 0; i < count; i++) this.push((value >> i) & 1);
    return this;
  }

  /** A Huffman code, given as its bit string: most significant bit first. */
  code(bits: string): this {
    for (const bit of bits) this.push(bit === '1' ? 1 : 0);
    return this;
  }

  private push(bit: number): void {
    if (this.bit === 0) this.bytes.push(0);
    if (bit) this.bytes[this.bytes.length - 1]! |= 1 << this.bit;
    this.bit = (this.bit + 1) % 8;
  }

  done(): Uint8Array {
    if (this.bit !== 0) throw new Error('block is not a whole number of bytes');
    return new Uint8Array(this.bytes);
  }
}

// Code-length alphabet: 18 (run of zeros) = "0", 1 = "10", 2 = "11".
// Literal/length alphabet: 285 (length 258) = "0", literal 0 = "10", end of block = "11". Distance 1 = "0".
const ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];
const CODE_LENGTH_LENGTHS: Record<number, number> = { 18: 1, 1: 2, 2: 2 };

function header(bits: Bits): void {
  bits.value(0, 1).value(2, 2); // not final, dynamic Huffman
  bits
    .value(286 - 257, 5)
    .value(1 - 1, 5)
    .value(19 - 4, 4);
  for (const symbol of ORDER) bits.value(CODE_LENGTH_LENGTHS[symbol] ?? 0, 3);
  bits.code('11'); // literal 0: length 2
  bits.code('0').value(138 - 11, 7); // 1..138 unused
  bits.code('0').value(117 - 11, 7); // 139..255 unused
  bits.code('11'); // 256 (end of block): length 2
  bits.code('0').value(28 - 11, 7); // 257..284 unused
  bits.code('10'); // 285: length 1
  bits.code('10'); // distance 0: length 1
}

/** One block: an optional literal zero, then `copies` copies of 258 bytes (106 header bits + data). */
function block(copies: number, literal: boolean): Uint8Array {
  const bits = new Bits();
  header(bits);
  if (literal) bits.code('10');
  for (let i = 0; i < copies; i++) bits.code('0').code('0');
  bits.code('11');
  return bits.done();
}

const FIRST_COPIES = 1; // 106 + 2 + 2 + 2 = 112 bits
const COPIES = 1_048_578; // 106 + 2 * COPIES + 2 is a multiple of 8
const FINAL_EMPTY_STORED = new Uint8Array([0x01, 0x00, 0x00, 0xff, 0xff]);

/** A raw deflate stream that inflates to at least `minBytes` zeros, and how many exactly. */
export function zeroBomb(minBytes: number): { stream: Uint8Array; inflatesTo: number } {
  const first = block(FIRST_COPIES, true);
  const body = block(COPIES, false);
  const perBlock = COPIES * 258;
  const blocks = Math.max(0, Math.ceil((minBytes - 1 - FIRST_COPIES * 258) / perBlock));
  const stream = new Uint8Array(first.length + blocks * body.length + FINAL_EMPTY_STORED.length);
  stream.set(first, 0);
  for (let i = 0; i < blocks; i++) stream.set(body, first.length + i * body.length);
  stream.set(FINAL_EMPTY_STORED, first.length + blocks * body.length);
  return { stream, inflatesTo: 1 + FIRST_COPIES * 258 + blocks * perBlock };
}
