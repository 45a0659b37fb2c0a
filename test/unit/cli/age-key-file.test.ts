import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAgeKeyFile } from '../../../cli/age-key-file';

function keygen(): string {
  const dir = mkdtempSync(join(tmpdir(), 'airr-keygen-'));
  try {
    execFileSync('age-keygen', ['-o', join(dir, 'key.txt')], { stdio: 'ignore' });
    return readFileSync(join(dir, 'key.txt'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('parseAgeKeyFile', () => {
  it('reads the key out of a file written by age-keygen, skipping its comment lines', () => {
    const file = keygen();
    const secret = /^AGE-SECRET-KEY-1.+$/m.exec(file)?.[0];
    expect(parseAgeKeyFile(file)).toEqual({ ok: true, value: [secret] });
  });

  it('reads every key of a file holding several, with CRLF line ends and blank lines', () => {
    const files = [keygen(), keygen()];
    const parsed = parseAgeKeyFile(files.join('\n').replace(/\n/g, '\r\n'));
    expect(parsed.ok && parsed.value).toHaveLength(2);
  });

  it('names the line that is not a key instead of failing later as a wrong key', () => {
    expect(parseAgeKeyFile('# comment\nage1notasecret\n')).toEqual({
      ok: false,
      code: 'not-a-key',
      message: 'Line 2 of the key file is neither a comment nor an age secret key (AGE-SECRET-KEY-1…).',
    });
    expect(parseAgeKeyFile('AGE-PLUGIN-YUBIKEY-1QQQ\n')).toMatchObject({
      ok: false,
      code: 'unsupported-key',
    });
    expect(parseAgeKeyFile('# only comments\n')).toEqual({
      ok: false,
      code: 'no-key',
      message: 'The key file holds no age secret key (AGE-SECRET-KEY-1…).',
    });
  });

  it('refuses a file holding more keys than any real one as too-many-keys', () => {
    const secret = /^AGE-SECRET-KEY-1.+$/m.exec(keygen())?.[0] ?? '';
    expect(parseAgeKeyFile(`${secret}\n`.repeat(1001))).toMatchObject({ ok: false, code: 'too-many-keys' });
  });
});
