/**
 * docs/VERIFY-BUNDLE.md's manual check, run as written: the commands of its "Before unpacking" block, line by
 * line, with stock unzip/zipinfo, against an exported bundle (nothing printed where nothing must be) and
 * against bundles with a symbolic link, a setuid file and an unlisted file (each caught). Also keeps the
 * document's table of refusal codes in step with verify-codes.ts.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { utf8 } from '../../../../renderer/src/domain/crypto/bytes';
import {
  SEALED_CODES,
  VERIFY_CODES,
  VERIFY_SENTENCES,
} from '../../../../renderer/src/domain/import/verify-codes';
import { makeSigner, packRaw, validBundle, type BundleFile } from './helpers/test-bundle';

const DOC = readFileSync(resolve(__dirname, '../../../../docs/VERIFY-BUNDLE.md'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'airr-manual-'));
let files: BundleFile[];
let exported: Uint8Array;

/** The command lines of the "Before unpacking" section's code block. */
function documentedCommands(): string[] {
  const section = DOC.slice(DOC.indexOf('## 2. Before unpacking'), DOC.indexOf('## 3.'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block.split('\n').filter((line) => line.trim() !== '');
}

/** Runs each documented line in a folder holding assessment.airr; returns what each printed. */
function runCheck(bundle: Uint8Array): string[] {
  const work = mkdtempSync(join(dir, 'run-'));
  writeFileSync(join(work, 'assessment.airr'), bundle);
  return documentedCommands().map((line) =>
    execFileSync('bash', ['-c', `${line}\ntrue`], {
      cwd: work,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
}

beforeAll(async () => {
  const valid = await validBundle(await makeSigner());
  files = valid.files;
  exported = valid.bytes;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the manual check in docs/VERIFY-BUNDLE.md', () => {
  it('has the five documented commands', () => {
    expect(documentedCommands().map((line) => line.split(' ')[0])).toEqual([
      'unzip',
      'zipinfo',
      'zipinfo',
      '{',
      'diff',
    ]);
  });

  it('passes an exported bundle: CRCs fine, and the mode and listing checks print nothing', () => {
    const [test, modes, , , diff] = runCheck(exported);
    expect(test).toMatch(/No errors detected/);
    expect(modes).toBe('');
    expect(diff).toBe('');
  });

  it('shows a symbolic link and a setuid file in the mode check', () => {
    const link = packRaw(
      files.map((f) => (f.name === 'report.pdf' ? { ...f, externalAttributes: 0o120777 * 0x10000 } : f)),
    );
    expect(runCheck(link)[1]).toMatch(/^lrwxrwxrwx .*report\.pdf$/m);
    const setuid = packRaw(
      files.map((f) => (f.name === 'signer.pem' ? { ...f, externalAttributes: 0o104755 * 0x10000 } : f)),
    );
    expect(runCheck(setuid)[1]).toMatch(/^-rwsr-xr-x .*signer\.pem$/m);
  });

  it('shows an archive comment in the mode check', () => {
    expect(runCheck(packRaw(files, { comment: 'run me' }))[1]).toContain('run me');
  });

  it('shows a file that SHA256SUMS does not list in the diff', () => {
    const extra = `evidence/${'e'.repeat(64)}.txt`;
    const output = runCheck(packRaw([...files, { name: extra, bytes: utf8('smuggled') }]));
    expect(output[4]).toContain(`< ${extra}`);
  });
});

describe('the refusal code table in docs/VERIFY-BUNDLE.md', () => {
  it.each([...VERIFY_CODES, ...SEALED_CODES] as const)('lists %s with its sentence', (code) => {
    const row = DOC.split('\n').find((line) => line.startsWith(`| \`${code}\` `));
    expect(row?.replace(/\s+/g, ' ')).toContain(VERIFY_SENTENCES[code].replace(/\s+/g, ' '));
  });
});
