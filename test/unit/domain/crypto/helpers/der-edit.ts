/**
 * Test-only DER surgery on certificates: split one into tbsCertificate, signatureAlgorithm and signature,
 * and put the parts back together (optionally with a non-minimal length), so tests can forge, re-sign and
 * re-encode certificates the way an attacker would. Independent of the app's own DER reader on purpose.
 */

function lengthOctets(length: number, minimum = 0): number[] {
  if (length < 0x80 && minimum === 0) return [length];
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest & 0xff);
  while (bytes.length < minimum) bytes.unshift(0);
  return [0x80 | bytes.length, ...bytes];
}

/** A TLV with the minimal length form, or with `longLength` length octets (non-minimal when needless). */
export function tlv(tag: number, content: Uint8Array, longLength = 0): Uint8Array {
  const header = [tag, ...lengthOctets(content.length, longLength)];
  const out = new Uint8Array(header.length + content.length);
  out.set(header);
  out.set(content, header.length);
  return out;
}

export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** Reads one TLV (definite lengths only) at offset: its whole bytes, content and end. */
export function readTlv(
  bytes: Uint8Array,
  offset = 0,
): { tag: number; whole: Uint8Array; content: Uint8Array; end: number } {
  const tag = bytes[offset] ?? 0;
  let length = bytes[offset + 1] ?? 0;
  let start = offset + 2;
  if (length & 0x80) {
    const count = length & 0x7f;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + (bytes[start + i] ?? 0);
    start += count;
  }
  const end = start + length;
  return { tag, whole: bytes.subarray(offset, end), content: bytes.subarray(start, end), end };
}

export type CertificateSplit = { tbs: Uint8Array; algorithm: Uint8Array; signature: Uint8Array };

/** The three parts of a DER certificate; `signature` is the DER ECDSA-Sig-Value inside the BIT STRING. */
export function splitCertificate(der: Uint8Array): CertificateSplit {
  const outer = readTlv(der);
  const tbs = readTlv(outer.content, 0);
  const algorithm = readTlv(outer.content, tbs.end);
  const value = readTlv(outer.content, algorithm.end);
  return { tbs: tbs.whole, algorithm: algorithm.whole, signature: value.content.subarray(1) };
}

/** A certificate from its parts, with the outer length written in `longLength` octets when asked. */
export function joinCertificate(parts: CertificateSplit, longLength = 0): Uint8Array {
  const bits = tlv(0x03, concat(new Uint8Array([0]), parts.signature));
  return tlv(0x30, concat(parts.tbs, parts.algorithm, bits), longLength);
}

/** The tbsCertificate's fields as whole TLVs, so one of them can be replaced. */
export function tbsFields(tbs: Uint8Array): Uint8Array[] {
  const content = readTlv(tbs).content;
  const fields: Uint8Array[] = [];
  for (let offset = 0; offset < content.length;) {
    const field = readTlv(content, offset);
    fields.push(field.whole);
    offset = field.end;
  }
  return fields;
}

/** A tbsCertificate rebuilt from fields. */
export function joinTbs(fields: Uint8Array[]): Uint8Array {
  return tlv(0x30, concat(...fields));
}
