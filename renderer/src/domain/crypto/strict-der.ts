/**
 * A small strict DER reader for certificates, run before pkijs sees any byte. pkijs (asn1js) reads BER: it
 * accepts indefinite and non-minimal lengths and ignores whatever follows the first element. Each of those
 * lets the same certificate exist as many byte strings with different SHA-256 fingerprints (and lets one's
 * fingerprint disagree with the one `openssl x509 -fingerprint` prints), which makes a fingerprint cheap to
 * grind. Here every element must have a definite, minimal length that fits its parent exactly.
 */

/** One DER element: where its header and contents lie in the input. */
export type DerElement = {
  /** The identifier octet (only single-octet tags occur in certificates). */
  tag: number;
  start: number;
  contentStart: number;
  end: number;
};

export type DerProblem = 'truncated' | 'not-der' | 'too-deep';

const CONSTRUCTED = 0x20;
const SEQUENCE = 0x30;
const SET = 0x31;
/** Certificates nest about 7 levels deep; anything far beyond is not an assessor certificate. */
export const MAX_DER_DEPTH = 24;

/**
 * Reads the element header at `offset`, requiring the DER length form: short form below 128, otherwise the
 * fewest length octets without a leading zero; never the indefinite form.
 */
export function readElement(
  bytes: Uint8Array,
  offset: number,
  limit = bytes.length,
): DerElement | DerProblem {
  if (offset + 2 > limit) return 'truncated';
  const tag = bytes[offset];
  const first = bytes[offset + 1];
  if (tag === undefined || first === undefined) return 'truncated';
  // High-tag-number form (low five bits all set) does not occur in X.509.
  if ((tag & 0x1f) === 0x1f) return 'not-der';
  let length = first;
  let contentStart = offset + 2;
  if (first & 0x80) {
    const count = first & 0x7f;
    // 0x80 is the indefinite form; more than 3 length octets would mean a certificate over 16 MiB.
    if (count === 0 || count > 3) return 'not-der';
    if (contentStart + count > limit) return 'truncated';
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + (bytes[contentStart + i] ?? 0);
    if (bytes[contentStart] === 0 || length < 0x80) return 'not-der';
    contentStart += count;
  }
  const end = contentStart + length;
  if (end > limit) return 'truncated';
  return { tag, start: offset, contentStart, end };
}

/** The elements inside a constructed element, which must fill it exactly. */
export function childrenOf(bytes: Uint8Array, parent: DerElement): DerElement[] | DerProblem {
  const children: DerElement[] = [];
  let offset = parent.contentStart;
  while (offset < parent.end) {
    const child = readElement(bytes, offset, parent.end);
    if (typeof child === 'string') return child;
    children.push(child);
    offset = child.end;
  }
  return children;
}

/**
 * Checks a whole element tree: definite minimal lengths everywhere, children that exactly fill their
 * parent, and the primitive form for universal string types (DER forbids their constructed form). The
 * depth is bounded, so a hostile input cannot exhaust the stack.
 */
export function checkTree(bytes: Uint8Array, element: DerElement, depth = 0): DerProblem | null {
  if (depth > MAX_DER_DEPTH) return 'too-deep';
  const universal = (element.tag & 0xc0) === 0;
  // A SEQUENCE or SET tag without the constructed bit is malformed in BER and DER alike.
  if (!(element.tag & CONSTRUCTED)) return universal && (element.tag & 0x1e) === 0x10 ? 'not-der' : null;
  if (universal && element.tag !== SEQUENCE && element.tag !== SET) return 'not-der';
  const children = childrenOf(bytes, element);
  if (typeof children === 'string') return children;
  for (const child of children) {
    const problem = checkTree(bytes, child, depth + 1);
    if (problem) return problem;
  }
  return null;
}

/** The bytes of an element, header included. */
export function elementBytes(bytes: Uint8Array, element: DerElement): Uint8Array {
  return bytes.subarray(element.start, element.end);
}

/** The contents of an element, header excluded. */
export function contentBytes(bytes: Uint8Array, element: DerElement): Uint8Array {
  return bytes.subarray(element.contentStart, element.end);
}

/** Byte-wise equality. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
