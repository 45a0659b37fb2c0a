import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureDocument } from '../domain/report/report-fixture';
import { identityNamed, writeSignedBundle } from './cli-fixture';

const ROOT = resolve(__dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'airr-cli-'));
const bundle = join(dir, 'site.airr');
const tampered = join(dir, 'tampered.airr');
const byOther = join(dir, 'other-signer.airr');
const signerPem = join(dir, 'signer.pem');
const otherPem = join(dir, 'other.pem');

// Raw control bytes the output must never contain (a line feed is the only one the CLI itself writes).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

function airr(...args: string[]) {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'airr.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, out: `${run.stdout}${run.stderr}` };
}

/** Lines that start in column one: the only ones a script should read verdicts from. */
function headlines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '' && !line.startsWith(' '));
}

function jsonLines(text: string): Array<Record<string, unknown>> {
  return text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

beforeAll(async () => {
  const identity = await identityNamed('Dana Whitfield');
  const other = await identityNamed('Sam Okafor');
  await writeSignedBundle(identity, bundle);
  await writeSignedBundle(other, byOther);
  writeFileSync(signerPem, identity.certificate.pem);
  writeFileSync(otherPem, other.certificate.pem);
  const bytes = readFileSync(bundle);
  bytes[Math.floor(bytes.length / 2)]! ^= 0x01;
  writeFileSync(tampered, bytes);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('airr verify: exit status and verdicts', () => {
  it('exits 0 only when the bundle is verified and signed by a certificate given with --trust', () => {
    const { code, stdout } = airr('verify', bundle, '--trust', signerPem);
    expect(headlines(stdout)[0]).toBe(`VERIFIED, TRUSTED SIGNER: "${bundle}"`);
    expect(stdout).toMatch(/SHA-256\s+([0-9A-F]{2}:){31}[0-9A-F]{2}/);
    // The journal's hash chain is part of the verdict, as in the app's import preview.
    expect(stdout).toMatch(/^ {2}journal {4}intact, \d+ entr(y|ies)$/m);
    expect(stdout).toContain('trust      signed by a certificate given with --trust');
    expect(code).toBe(0);
  });

  it('exits 3 for an intact bundle when no --trust is given, and says trust was not checked', () => {
    const { code, stdout } = airr('verify', bundle);
    expect(headlines(stdout)[0]).toBe(`VERIFIED, TRUST NOT CHECKED: "${bundle}"`);
    expect(stdout).toContain('not checked: no --trust given');
    expect(code).toBe(3);
  });

  it('exits 3 when the signer is not among the --trust certificates', () => {
    const { code, stdout } = airr('verify', bundle, '--trust', otherPem);
    expect(headlines(stdout)[0]).toBe(`VERIFIED, SIGNER NOT TRUSTED: "${bundle}"`);
    expect(stdout).toContain('NOT signed by any certificate given with --trust');
    expect(code).toBe(3);
  });

  it('rejects a bundle with one byte changed, naming the code, and exits 1 even with --trust', () => {
    const { code, stdout } = airr('verify', tampered, '--trust', signerPem);
    expect(headlines(stdout)[0]).toMatch(/^REJECTED \([a-z-]+\): "/);
    expect(stdout).toMatch(/^ {2}reason {5}\S/m);
    expect(code).toBe(1);
  });

  it('prints its help with the exit status table and exits 0', () => {
    const { code, stdout } = airr('--help');
    expect(stdout).toContain('Usage: airr verify');
    for (const status of [
      '0  every bundle verified',
      '1  at least one bundle rejected',
      '2  usage error',
      '3  verified, but',
    ])
      expect(stdout).toContain(status);
    expect(code).toBe(0);
  });

  it('is what `npx airr` runs inside the project', () => {
    const out = execFileSync('npx', ['--no-install', 'airr', 'verify', bundle, '--trust', signerPem], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(out).toContain('VERIFIED, TRUSTED SIGNER');
  });
});

describe('airr verify: usage errors exit 2 and verify nothing', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['no command', [], /No command given/],
    ['an unknown command', ['check', bundle], /Unknown command "check"/],
    ['an unknown option', ['verify', '--trusted', signerPem, bundle], /Unknown option "--trusted"/],
    ['no bundle', ['verify', '--trust', signerPem], /No bundle given/],
    ['--trust without a file', ['verify', bundle, '--trust'], /--trust needs a file name/],
    [
      'a path that does not exist',
      ['verify', bundle, join(dir, 'missing.airr')],
      /missing\.airr" does not exist/,
    ],
    [
      'a --trust file that is not a certificate',
      ['verify', bundle, '--trust', bundle],
      /--trust certificate .* is not usable/,
    ],
    [
      'a --trust file that does not exist',
      ['verify', bundle, '--trust', join(dir, 'nope.pem')],
      /Cannot read the --trust certificate/,
    ],
  ];
  it.each(cases)('exits 2 for %s', (_name, args, message) => {
    const { code, stdout, stderr } = airr(...args);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('Usage: airr verify');
    expect(stdout).toBe('');
    expect(code).toBe(2);
  });

  it('escapes a hostile option or path in a usage error once, and prints no raw control byte', () => {
    const option = airr('verify', '--\u001b[2Kx', bundle);
    expect(option.stderr).toContain('Unknown option "--\\x1b[2Kx".');
    const path = airr('verify', join(dir, 'gone\n\u202eria.airr'));
    expect(path.stderr).toContain('gone\\n\\u{202e}ria.airr" does not exist');
    for (const run of [option, path]) {
      expect(run.out).not.toMatch(RAW_CONTROL);
      expect(run.code).toBe(2);
    }
  });

  it('exits 2 for a folder without bundles', () => {
    const empty = join(dir, 'empty');
    mkdirSync(empty, { recursive: true });
    writeFileSync(join(empty, 'notes.txt'), 'not a bundle');
    const { code, stderr, stdout } = airr('verify', empty);
    expect(stderr).toContain('has no *.airr or *.airr.age files');
    expect(stdout).toBe('');
    expect(code).toBe(2);
  });
});

describe('airr verify: sealed bundles and age-keygen key files', () => {
  const keyA = join(dir, 'key-a.txt');
  const keyB = join(dir, 'key-b.txt');
  const both = join(dir, 'keys.txt');
  const sealed = join(dir, 'site.airr.age');

  beforeAll(() => {
    // Real key files, exactly as the age-keygen binary writes them.
    execFileSync('age-keygen', ['-o', keyA], { stdio: 'ignore' });
    execFileSync('age-keygen', ['-o', keyB], { stdio: 'ignore' });
    const recipient = execFileSync('age-keygen', ['-y', keyB], { encoding: 'utf8' }).trim();
    execFileSync('age', ['-r', recipient, '-o', sealed, bundle]);
    writeFileSync(both, `${readFileSync(keyA, 'utf8')}\n${readFileSync(keyB, 'utf8')}`);
  });

  it('opens a bundle sealed with the age binary using the key file age-keygen wrote', () => {
    expect(readFileSync(keyB, 'utf8')).toMatch(
      /^# created: .+\n# public key: age1[0-9a-z]+\nAGE-SECRET-KEY-1[0-9A-Z]+\n$/,
    );
    const { code, stdout } = airr('verify', sealed, '--identity', keyB, '--trust', signerPem);
    expect(headlines(stdout)[0]).toBe(`VERIFIED, TRUSTED SIGNER: "${sealed}"`);
    expect(stdout).toContain('(opened with age)');
    expect(code).toBe(0);
  });

  it('tries every key in a file holding several, in age-keygen form', () => {
    const { code, stdout } = airr('verify', sealed, '--identity', both, '--trust', signerPem);
    expect(headlines(stdout)[0]).toBe(`VERIFIED, TRUSTED SIGNER: "${sealed}"`);
    expect(code).toBe(0);
  });

  it('rejects with wrong-key (exit 1) when no key in the file opens the bundle', () => {
    const { code, stdout } = airr('verify', sealed, '--identity', keyA);
    expect(headlines(stdout)[0]).toBe(`REJECTED (wrong-key): "${sealed}"`);
    expect(code).toBe(1);
  });

  it('names a sealed bundle cut short as sealed-damaged when a key in the file opens its header, as age -d does', () => {
    const cut = join(dir, 'cut.airr.age');
    const whole = readFileSync(sealed);
    writeFileSync(cut, whole.subarray(0, whole.length - 100));
    expect(spawnSync('age', ['-d', '-i', keyB, cut]).status).not.toBe(0);
    // The wrong key comes first in the file: the right one still gets to name the real cause.
    const { code, stdout } = airr('verify', cut, '--identity', both);
    expect(headlines(stdout)[0]).toBe(`REJECTED (sealed-damaged): "${cut}"`);
    expect(code).toBe(1);
  });

  it('exits 2 for a sealed bundle without --identity, and for a key file that holds no key', () => {
    const missing = airr('verify', bundle, sealed);
    expect(missing.stderr).toContain('is sealed with age: give its key file with --identity');
    expect(missing.stdout).toBe('');
    expect(missing.code).toBe(2);
    const notKeys = airr('verify', sealed, '--identity', signerPem);
    expect(notKeys.stderr).toMatch(/Line 1 of the key file is neither a comment nor an age secret key/);
    expect(notKeys.code).toBe(2);
  });
});

describe('airr verify: several bundles, a folder and --json', () => {
  const folder = join(dir, 'inbox');

  beforeAll(() => {
    mkdirSync(folder, { recursive: true });
    copyFileSync(bundle, join(folder, 'a-trusted.airr'));
    copyFileSync(byOther, join(folder, 'b-other.airr'));
    copyFileSync(tampered, join(folder, 'c-tampered.airr'));
    writeFileSync(join(folder, 'readme.txt'), 'ignored');
  });

  it('verifies a folder’s bundles in one run, prints a summary and exits with the worst status (1)', () => {
    const { code, stdout } = airr('verify', folder, '--trust', signerPem);
    const lines = headlines(stdout);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^VERIFIED, TRUSTED SIGNER: ".*a-trusted\.airr"$/);
    expect(lines[1]).toMatch(/^VERIFIED, SIGNER NOT TRUSTED: ".*b-other\.airr"$/);
    expect(lines[2]).toMatch(/^REJECTED \([a-z-]+\): ".*c-tampered\.airr"$/);
    expect(lines[3]).toBe(
      'SUMMARY: 3 bundles: 1 verified and trusted, 1 signer not trusted, 0 trust not checked, 1 rejected; exit 1',
    );
    expect(code).toBe(1);
  });

  it('exits 3 when the worst of several files is an untrusted signer, 0 when all are trusted', () => {
    expect(airr('verify', bundle, byOther, '--trust', signerPem).code).toBe(3);
    expect(airr('verify', bundle, byOther, '--trust', signerPem, '--trust', otherPem).code).toBe(0);
  });

  it('prints one JSON object per line with --json: a verdict per bundle, then the summary', () => {
    const { code, stdout } = airr('verify', '--json', folder, '--trust', signerPem);
    const [first, second, third, summary, ...rest] = jsonLines(stdout);
    expect(rest).toHaveLength(0);
    expect(first).toMatchObject({ type: 'verdict', outcome: 'trusted', exitCode: 0, sealed: false });
    expect(first?.file).toBe(join(folder, 'a-trusted.airr'));
    expect(first?.signer).toMatchObject({ name: 'Dana Whitfield' });
    expect((first?.signer as { fingerprint: string }).fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(first?.assessment).toMatchObject({
      id: fixtureDocument().id,
      revision: fixtureDocument().revision,
    });
    expect(second).toMatchObject({ outcome: 'signer-not-trusted', exitCode: 3 });
    expect(third).toMatchObject({ outcome: 'rejected', exitCode: 1 });
    expect(third?.code).toMatch(/^[a-z-]+$/);
    expect(summary).toEqual({
      type: 'summary',
      files: 3,
      trusted: 1,
      'signer-not-trusted': 1,
      'trust-not-checked': 0,
      rejected: 1,
      exitCode: 1,
    });
    expect(code).toBe(1);
  });
});

describe('airr verify: nothing from a bundle reaches the terminal raw', () => {
  // A forged verdict, a cursor-up and erase-line, an OSC title, a C1 CSI and a right-to-left override.
  const FAKE =
    '\nVERIFIED, TRUSTED SIGNER: "x.airr"\n  trust      signed by a certificate given with --trust';
  const siteName = `Pump station${FAKE}\u001b[1A\u001b[2K\u009b31m\u202etxt.exe`;
  const signerName = `Dana\r${FAKE}\u001b]0;owned\u0007\u2066`;
  const hostile = join(dir, `evil\n\u001b[32mVERIFIED, TRUSTED SIGNER: "ok.airr".airr`);

  beforeAll(async () => {
    const document = fixtureDocument();
    document.content.site.name = siteName;
    document.content.title = `Title\u0085${FAKE}`;
    await writeSignedBundle(await identityNamed(signerName), hostile, document, signerName);
  }, 60_000);

  function expectNothingRaw(text: string) {
    expect(text).not.toMatch(RAW_CONTROL);
    expect(text).not.toContain('\r');
  }

  it('escapes site, title, signer and file name so the only verdict line is the real one', () => {
    const { code, stdout, stderr } = airr('verify', hostile);
    expectNothingRaw(stdout + stderr);
    const lines = headlines(stdout);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^SUMMARY: 1 bundle: /);
    if (code === 1) {
      // A stricter verifier may refuse such names; then the refusal is the one verdict, escaped too.
      expect(lines[0]).toMatch(/^REJECTED \([a-z-]+\): "/);
      return;
    }
    expect(lines[0]).toBe(
      `VERIFIED, TRUST NOT CHECKED: "${join(dir, 'evil')}\\n\\x1b[32mVERIFIED, TRUSTED SIGNER: \\"ok.airr\\".airr"`,
    );
    expect(stdout).toContain('site "Pump station\\nVERIFIED, TRUSTED SIGNER: \\"x.airr\\"\\n');
    expect(stdout).toContain('\\x1b[1A\\x1b[2K\\x9b31m\\u{202e}txt.exe"');
    expect(stdout).toContain('signer     "Dana\\r\\nVERIFIED');
    expect(stdout).toContain('\\x1b]0;owned\\x07\\u{2066}"');
    expect(stdout).toContain('title      "Title\\x85\\n');
    expect(code).toBe(3);
  });

  it('keeps --json output free of raw control characters while the values round-trip exactly', () => {
    const { code, stdout } = airr('verify', '--json', hostile);
    expectNothingRaw(stdout);
    const [verdict, summary] = jsonLines(stdout);
    expect(verdict?.file).toBe(hostile);
    expect(summary).toMatchObject({ type: 'summary', files: 1 });
    if (verdict?.outcome === 'rejected') return expect(code).toBe(1);
    expect(verdict?.assessment).toMatchObject({ siteName, title: `Title\u0085${FAKE}` });
    expect(verdict?.signer).toMatchObject({ name: signerName });
    expect(code).toBe(3);
  });
});
