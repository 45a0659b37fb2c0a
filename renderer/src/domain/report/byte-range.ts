/**
 * Fills a PDF signature placeholder in place. The placeholder (pdf-lib via @signpdf/placeholder-pdf-lib) is
 * `/ByteRange [0 /********** /********** /**********]` followed by `/Contents <…>`; we compute the real
 * ByteRange on the Uint8Array ourselves rather than use @signpdf/signpdf, which relies on Node's global
 * Buffer and does not run in the renderer.
 */
import { utf8 } from '../crypto/bytes';

const BYTE_RANGE_PLACEHOLDER = /\/ByteRange\s*\[\s*0\s+\/\*+\s+\/\*+\s+\/\*+\s*\]/g;

export type PreparedPdf = {
  /** The PDF with the real ByteRange written in; Contents still holds the placeholder. */
  pdf: Uint8Array;
  /** [start, length, start, length] as written. */
  byteRange: [number, number, number, number];
  /** Hex digits available for the signature between `<` and `>`. */
  capacity: number;
};

/** Writes the ByteRange; throws when there is not exactly one placeholder. */
export function fillByteRange(input: Uint8Array): PreparedPdf {
  // windows-1252 maps every byte to one UTF-16 unit, so string offsets are byte offsets.
  const text = new TextDecoder('windows-1252').decode(input);
  const matches = [...text.matchAll(BYTE_RANGE_PLACEHOLDER)];
  const match = matches[0];
  if (matches.length !== 1 || !match)
    throw new Error('Expected exactly one signature placeholder in the PDF.');
  const contentsAt = text.indexOf('/Contents', match.index + match[0].length);
  const open = text.indexOf('<', contentsAt);
  const close = text.indexOf('>', open);
  if (contentsAt < 0 || open < 0 || close < 0) throw new Error('The signature placeholder has no /Contents.');
  const byteRange: PreparedPdf['byteRange'] = [0, open, close + 1, input.length - (close + 1)];
  const written = `/ByteRange [${byteRange.join(' ')}]`;
  if (written.length > match[0].length)
    throw new Error('The PDF is too large for the ByteRange placeholder.');
  const pdf = input.slice();
  pdf.set(utf8(written.padEnd(match[0].length, ' ')), match.index);
  return { pdf, byteRange, capacity: close - open - 1 };
}

/** The two signed spans of the PDF (everything except the Contents hex string). */
export function signedSpans(prepared: PreparedPdf): [Uint8Array, Uint8Array] {
  const [, firstLength, secondStart, secondLength] = prepared.byteRange;
  return [
    prepared.pdf.subarray(0, firstLength),
    prepared.pdf.subarray(secondStart, secondStart + secondLength),
  ];
}

/** Writes the DER signature as hex into the Contents placeholder, zero-padded to its full width. */
export function embedSignature(prepared: PreparedPdf, der: Uint8Array): Uint8Array {
  let hex = '';
  for (const byte of der) hex += byte.toString(16).padStart(2, '0');
  if (hex.length > prepared.capacity) {
    throw new Error(`The signature (${der.length} bytes) does not fit the placeholder.`);
  }
  const pdf = prepared.pdf.slice();
  pdf.set(utf8(hex.padEnd(prepared.capacity, '0')), prepared.byteRange[1] + 1);
  return pdf;
}
