import { BUNDLE_FILES } from '../bundle/manifest';
import { parseSha256Sums, type Sha256Entry } from '../bundle/sha256-sums';
import { fromUtf8 } from '../crypto/bytes';
import { evidenceHashOf } from './bundle-layout';
import { reject, shownName, type VerifyFailure } from './verify-codes';
import { isFailure, sha256Hex } from './zip-entry';

const SELF = new Set<string>([BUNDLE_FILES.sums, BUNDLE_FILES.sumsSignature]);

/** Parses the (already signature-checked) SHA256SUMS and checks it lists exactly the other files present. */
export function checkFileList(sums: Uint8Array, present: readonly string[]): Sha256Entry[] | VerifyFailure {
  const where = { file: BUNDLE_FILES.sums };
  let text: string;
  try {
    text = fromUtf8(sums);
  } catch {
    return reject('schema-violation', 'SHA256SUMS is not UTF-8 text.', where);
  }
  const parsed = parseSha256Sums(text);
  if (!parsed.ok) return reject('schema-violation', parsed.message, where);
  const listed = new Set(parsed.value.map((entry) => entry.path));
  const selfListed = parsed.value.find((entry) => SELF.has(entry.path));
  if (selfListed) {
    return reject('schema-violation', `SHA256SUMS lists ${selfListed.path}, which it cannot cover.`, where);
  }
  const unlisted = present.find((name) => !SELF.has(name) && !listed.has(name));
  if (unlisted) {
    return reject('unlisted-file', `${shownName(unlisted)} is in the bundle but not in SHA256SUMS.`, {
      file: unlisted,
    });
  }
  const names = new Set(present);
  const missing = parsed.value.find((entry) => !names.has(entry.path));
  if (missing) {
    return reject('missing-file', `SHA256SUMS lists ${shownName(missing.path)}, which the bundle lacks.`, {
      file: missing.path,
    });
  }
  return parsed.value;
}

/**
 * Reads and hashes every listed file; an evidence file must also hash to the value in its own name.
 * Returns the verified contents by path.
 */
export async function hashFiles(
  listed: readonly Sha256Entry[],
  read: (path: string) => Uint8Array<ArrayBuffer> | VerifyFailure,
): Promise<Map<string, Uint8Array<ArrayBuffer>> | VerifyFailure> {
  const contents = new Map<string, Uint8Array<ArrayBuffer>>();
  for (const entry of listed) {
    const bytes = read(entry.path);
    if (isFailure(bytes)) return bytes;
    const actual = await sha256Hex(bytes);
    const named = evidenceHashOf(entry.path);
    if (actual !== entry.sha256 || (named !== null && named !== actual)) {
      return reject('hash-mismatch', `${shownName(entry.path)} does not match its SHA-256 in SHA256SUMS.`, {
        file: entry.path,
      });
    }
    contents.set(entry.path, bytes);
  }
  return contents;
}
