/**
 * Reads an age identity file the way `age -i` does: the format `age-keygen` writes (`# created: …`,
 * `# public key: age1…`, then `AGE-SECRET-KEY-1…`), possibly several keys, blank lines and comments allowed.
 * Only native X25519 keys are supported; anything else is named, never passed on to fail as "wrong key".
 */
import { failure, success, type Result } from '../renderer/src/domain/result';

/** Far above any real key file (one key is 74 characters); a bound on what we read and split. */
export const MAX_KEY_FILE_BYTES = 64 * 1024;
const MAX_KEYS = 1000;

// Bech32: "AGE-SECRET-KEY-1" then 52 data characters (32 bytes) and a 6-character checksum.
const X25519_SECRET = /^AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}$/;

/** Why a key file is refused. */
export type KeyFileCode = 'unsupported-key' | 'not-a-key' | 'too-many-keys' | 'no-key';
/** The file's X25519 secret keys, in order. */
export type KeyFileResult = Result<string[], KeyFileCode>;

export function parseAgeKeyFile(text: string): KeyFileResult {
  const keys: string[] = [];
  const lines = text.replace(/^\ufeff/, '').split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = (lines[index] ?? '').replace(/\r$/, '').trim();
    if (line === '' || line.startsWith('#')) continue;
    if (!X25519_SECRET.test(line)) {
      const where = `Line ${index + 1} of the key file`;
      return line.startsWith('AGE-')
        ? failure(
            'unsupported-key',
            `${where} is not a native X25519 age secret key (AGE-SECRET-KEY-1…), the only kind supported.`,
          )
        : failure('not-a-key', `${where} is neither a comment nor an age secret key (AGE-SECRET-KEY-1…).`);
    }
    if (keys.length >= MAX_KEYS)
      return failure('too-many-keys', `The key file holds more than ${MAX_KEYS} keys.`);
    keys.push(line);
  }
  if (keys.length === 0)
    return failure('no-key', 'The key file holds no age secret key (AGE-SECRET-KEY-1…).');
  return success(keys);
}
