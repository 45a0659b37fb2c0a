/**
 * Property-based hostile bundles: random departures from the exporter's exact form, each class refused with its
 * own code and never accepted. Runs are few per property (a few hundred in all) to keep CI fast.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { toHex, utf8 } from '../../../../renderer/src/domain/crypto/bytes';
import { signDetached } from '../../../../renderer/src/domain/crypto/sign';
import { verifyBundle } from '../../../../renderer/src/domain/import/verify-bundle';
import type { VerifyCode } from '../../../../renderer/src/domain/import/verify-codes';
import { concat, crc32, REGULAR_FILE, type RawEntry } from './helpers/raw-zip';
import {
  canonicalJsonBytes,
  makeSigner,
  packFiles,
  packRaw,
  reportFor,
  signFiles,
  validBundle,
  type BundleFile,
  type TestSigner,
} from './helpers/test-bundle';
import { options } from './helpers/verify-options';

let signer: TestSigner;
let valid: { files: BundleFile[]; bytes: Uint8Array };

beforeAll(async () => {
  signer = await makeSigner();
  valid = await validBundle(signer);
});

async function codeOf(bytes: Uint8Array): Promise<VerifyCode | 'ok'> {
  const verdict = await verifyBundle(bytes, options());
  return verdict.ok ? 'ok' : verdict.code;
}

const fileOf = (name: string) => valid.files.find((f) => f.name === name)?.bytes ?? new Uint8Array();
const replace = (files: readonly BundleFile[], name: string, bytes: Uint8Array) =>
  files.map((f) => (f.name === name ? { name, bytes } : f));
const anyEntry = fc.nat();
const withEntry = (index: number, change: Partial<RawEntry>) =>
  packRaw(valid.files.map((f, i) => (i === index % valid.files.length ? { ...f, ...change } : f)));

describe('random container departures', () => {
  it('any mode other than rw-r--r-- is refused by its class (40 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(anyEntry, fc.integer({ min: 0, max: 0xffff }), async (index, mode) => {
        fc.pre(mode !== 0o100644);
        const code = await codeOf(withEntry(index, { externalAttributes: mode * 0x10000 }));
        const type = mode & 0o170000;
        const expected: VerifyCode =
          type === 0o120000
            ? 'symlink-entry'
            : type === 0o040000
              ? 'directory-entry'
              : mode & 0o7000
                ? 'special-mode-bits'
                : 'unexpected-file-mode';
        expect(code).toBe(expected);
      }),
      { numRuns: 40 },
    );
  });

  it('any flags but bit 3 are refused, encryption bits as encrypted-entry (30 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(anyEntry, fc.integer({ min: 0, max: 0xffff }), async (index, flags) => {
        fc.pre(flags !== 0x0008);
        const code = await codeOf(withEntry(index, { flags }));
        expect(code).toBe(flags & 0x41 ? 'encrypted-entry' : 'unexpected-zip-flags');
      }),
      { numRuns: 30 },
    );
  });

  it('any wrong CRC-32 is refused as crc-mismatch (20 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(anyEntry, fc.integer({ min: 0, max: 0xffffffff }), async (index, crc) => {
        const file = valid.files[index % valid.files.length];
        fc.pre(file !== undefined && crc32(file.bytes) !== crc);
        expect(await codeOf(withEntry(index, { crc }))).toBe('crc-mismatch');
      }),
      { numRuns: 20 },
    );
  });

  it('any extra field is refused (20 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyEntry,
        fc.integer({ min: 2, max: 0xffff }),
        fc.uint8Array({ maxLength: 40 }),
        fc.boolean(),
        async (index, id, data, local) => {
          const extra = concat([new Uint8Array([id & 0xff, id >> 8, data.length & 0xff, 0]), data]);
          const code = await codeOf(
            withEntry(index, local ? { localExtra: extra } : { centralExtra: extra }),
          );
          expect(code).toBe('unexpected-extra-field');
        },
      ),
      { numRuns: 20 },
    );
  });

  it('any unaccounted bytes (prefix, gap, trailing) are refused (30 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('prefix', 'gap', 'trailing'),
        fc.integer({ min: 1, max: 4096 }),
        anyEntry,
        async (where, length, index) => {
          const junk = new Uint8Array(length).fill(0x20);
          const position = 1 + (index % (valid.files.length - 1));
          const bytes =
            where === 'gap'
              ? withEntry(position, { gapBefore: length })
              : packRaw(valid.files, where === 'prefix' ? { prefix: junk } : { trailing: junk });
          const expected = { prefix: 'zip-prefix', gap: 'zip-gap', trailing: 'zip-trailing-bytes' }[where];
          expect(await codeOf(bytes)).toBe(expected);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('the default raw records are accepted, so each refusal above is the change alone', async () => {
    expect(await codeOf(packRaw(valid.files.map((f) => ({ ...f, externalAttributes: REGULAR_FILE }))))).toBe(
      'ok',
    );
  });
});

describe('random non-canonical signature encodings', () => {
  /** Re-encodes the DER signature with padding, long-form lengths and trailing bytes as chosen. */
  function reencode(der: Uint8Array, padR: number, padS: number, longForm: boolean, trailing: number) {
    const rLength = der[3] ?? 0;
    const r = der.subarray(4, 4 + rLength);
    const s = der.subarray(6 + rLength, 6 + rLength + (der[5 + rLength] ?? 0));
    const integer = (value: Uint8Array, pad: number) => [
      0x02,
      value.length + pad,
      ...new Array<number>(pad).fill(0),
      ...value,
    ];
    const body = [...integer(r, padR), ...integer(s, padS)];
    const head = longForm ? [0x30, 0x81, body.length] : [0x30, body.length];
    return new Uint8Array([...head, ...body, ...new Array<number>(trailing).fill(0)]);
  }

  it('are all refused as non-canonical-signature (25 runs)', async () => {
    const der = fileOf('SHA256SUMS.sig');
    await fc.assert(
      fc.asyncProperty(
        fc.nat(3),
        fc.nat(3),
        fc.boolean(),
        fc.nat(3),
        async (padR, padS, longForm, trailing) => {
          fc.pre(padR + padS + trailing > 0 || longForm);
          const signature = reencode(der, padR, padS, longForm, trailing);
          expect(await codeOf(packFiles(replace(valid.files, 'SHA256SUMS.sig', signature)))).toBe(
            'non-canonical-signature',
          );
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('random SHA256SUMS departures, properly signed', () => {
  const text = () => new TextDecoder().decode(fileOf('SHA256SUMS'));
  const signedSums = async (sums: string) =>
    packFiles(
      replace(
        replace(valid.files, 'SHA256SUMS', utf8(sums)),
        'SHA256SUMS.sig',
        await signDetached(signer.privateKey, utf8(sums)),
      ),
    );

  it('a carriage return anywhere is refused as sha256sums-line-ending (15 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), async (at) => {
        const sums = text();
        const i = at % sums.length;
        expect(await codeOf(await signedSums(sums.slice(0, i) + '\r' + sums.slice(i)))).toBe(
          'sha256sums-line-ending',
        );
      }),
      { numRuns: 15 },
    );
  });

  it('any line repeated is refused as sha256sums-duplicate, any swap as sha256sums-unsorted (20 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), fc.boolean(), async (a, b, duplicate) => {
        const lines = text().split('\n').slice(0, -1);
        const i = a % lines.length;
        const j = b % lines.length;
        fc.pre(duplicate || i !== j);
        const edited = [...lines];
        if (duplicate) edited.splice(i, 0, lines[i] ?? '');
        else [edited[i], edited[j]] = [lines[j] ?? '', lines[i] ?? ''];
        expect(await codeOf(await signedSums(edited.join('\n') + '\n'))).toBe(
          duplicate ? 'sha256sums-duplicate' : 'sha256sums-unsorted',
        );
      }),
      { numRuns: 20 },
    );
  });
});

describe('random duplicate keys in signed JSON', () => {
  it('a key repeated in any object of assessment.json is refused as duplicate-json-key (20 runs)', async () => {
    const text = new TextDecoder().decode(fileOf('assessment.json'));
    const objects = [...text.matchAll(/\{/g)].map((m) => m.index);
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.string({ minLength: 1, maxLength: 8 }), async (which, key) => {
        const at = (objects[which % objects.length] ?? 0) + 1;
        const empty = text[at] === '}';
        const pair = `${JSON.stringify(key)}:1,${JSON.stringify(key)}:2${empty ? '' : ','}`;
        const edited = utf8(text.slice(0, at) + pair + text.slice(at));
        const sha = toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(edited))));
        const manifest = JSON.parse(new TextDecoder().decode(fileOf('manifest.json'))) as Record<
          string,
          unknown
        >;
        let files = replace(valid.files, 'assessment.json', edited);
        files = replace(files, 'manifest.json', canonicalJsonBytes({ ...manifest, assessmentSha256: sha }));
        files = replace(files, 'report.pdf', await reportFor(signer, sha));
        expect(await codeOf(packFiles(await signFiles(files, signer)))).toBe('duplicate-json-key');
      }),
      { numRuns: 20 },
    );
  });
});
