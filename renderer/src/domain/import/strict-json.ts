/**
 * JSON as the exporter writes it, checked before JSON.parse sees it: no key twice in one object (JSON.parse
 * keeps the last, other readers the first, so a duplicate lets two tools show different content) and no
 * nesting deeper than any assessment has. One pass over the text, no recursion, so the check itself is bounded.
 * Then the text must be canonical JSON (sorted keys, no whitespace), as the exporter writes every JSON file:
 * one document has one signed form.
 */
import { fromUtf8 } from '../crypto/bytes';
import { canonicalJson } from '../journal/canonical-json';
import { success } from '../result';
import { reject, type Verified, type VerifyFailure } from './verify-codes';

/** Deeper than any document the schemas accept (document → journal → entry → value of bounded depth). */
export const MAX_JSON_DEPTH = 40;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Index of the quote closing the string that opens at `start`, or -1. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === BACKSLASH) i++;
    else if (code === QUOTE) return i;
  }
  return -1;
}

/** The duplicate-key and depth check alone, for JSON that need not be canonical (e.g. a CycloneDX BOM). */
export function scanStrictJson(text: string, file: string): VerifyFailure | null {
  const where = { file, path: '$' };
  const stack: (Set<string> | null)[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') {
      const end = stringEnd(text, i);
      if (end < 0) return null; // JSON.parse reports the syntax error
      const keys = stack[stack.length - 1];
      if (keys && expectKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (keys.has(key)) {
          return reject(
            'duplicate-json-key',
            `${file} has the key ${JSON.stringify(key).slice(0, 80)} twice in one object.`,
            where,
          );
        }
        keys.add(key);
        expectKey = false;
      }
      i = end;
    } else if (char === '{' || char === '[') {
      stack.push(char === '{' ? new Set() : null);
      expectKey = char === '{';
      if (stack.length > MAX_JSON_DEPTH) {
        return reject('json-too-deep', `${file} nests more than ${MAX_JSON_DEPTH} levels deep.`, where);
      }
    } else if (char === '}' || char === ']') {
      stack.pop();
    } else if (char === ',') {
      expectKey = stack[stack.length - 1] instanceof Set;
    }
  }
  return null;
}

/** Parses signed JSON bytes strictly: UTF-8 without a BOM, no duplicate keys, bounded depth, canonical. */
export function parseStrictJson(bytes: Uint8Array, file: string): Verified<unknown> {
  const invalid = () => reject('schema-violation', `${file} is not valid UTF-8 JSON.`, { file, path: '$' });
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return invalid();
  let text: string;
  try {
    text = fromUtf8(bytes);
  } catch {
    return invalid();
  }
  let problem: VerifyFailure | null;
  try {
    problem = scanStrictJson(text, file);
  } catch {
    return invalid();
  }
  if (problem) return problem;
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch {
    return invalid();
  }
  let canonical: string | null;
  try {
    canonical = canonicalJson(json);
  } catch {
    canonical = null;
  }
  if (canonical !== text) {
    return reject(
      'non-canonical-json',
      `${file} is not in the canonical form the exporter writes (sorted keys, no whitespace).`,
      { file, path: '$' },
    );
  }
  return success(json);
}
