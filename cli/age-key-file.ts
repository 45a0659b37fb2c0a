/**
 * Reads an age identity file the way `age -i` does: the format `age-keygen` writes (`# created: …`,
 * `# public key: age1…`, then `AGE-SECRET-KEY-1…`), possibly several keys, blank lines and comments allowed.
 * Only native X25519 keys are supported; anything else is named, never passed on to fail as "wrong key".
 */

/** Far above any real key file (one key is 74 characters); a bound on what we read and split. */
export const MAX_KEY_FILE_BYTES = 64 * 1024;
const MAX_KEYS = 1000;

// Bech32: "AGE-SECRET-KEY-1" then 52 data characters (32 bytes) and a 6-character checksum.
const X25519_SECRET = /^AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}$/;

export type KeyFileResult = { ok: true; keys: string[] } | { ok: false; message: string };

export function parseAgeKeyFile(text: string): KeyFileResult {
  const keys: string[] = [];
  const lines = text.replace(/^\ufeff/, '').split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = (lines[index] ?? '').replace(/\r$/, '').trim();
    if (line === '' || line.startsWith('#')) continue;
    if (!X25519_SECRET.test(line)) {
      const what = line.startsWith('AGE-')
        ? 'is not a native X25519 age secret key (AGE-SECRET-KEY-1…), the only kind supported'
        : 'is neither a comment nor an age secret key (AGE-SECRET-KEY-1…)';
      return { ok: false, message: `Line ${index + 1} of the key file ${what}.` };
    }
    if (keys.length >= MAX_KEYS)
      return { ok: false, message: `The key file holds more than ${MAX_KEYS} keys.` };
    keys.push(line);
  }
  if (keys.length === 0)
    return { ok: false, message: 'The key file holds no age secret key (AGE-SECRET-KEY-1…).' };
  return { ok: true, keys };
}
