/**
 * Property-based rejection corpus: random damage to a valid bundle must end in a known failure code, never an
 * exception and never a verdict with different content. 200 runs in all, to keep CI fast.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { toHex } from '../../../../renderer/src/domain/crypto/bytes';
import { verifyBundle } from '../../../../renderer/src/domain/import/verify-bundle';
import { VERIFY_CODES } from '../../../../renderer/src/domain/import/verify-codes';
import type { Verdict, VerifiedEvidence } from '../../../../renderer/src/domain/import/verify-types';
import { canonicalJsonBytes, makeSigner, packFiles, packRaw, validBundle } from './helpers/test-bundle';
import type { BundleFile, TestSigner } from './helpers/test-bundle';
import { options } from './helpers/verify-options';
import { schemaBreakingBundle, schemaEdit } from './helpers/schema-edits';

let signer: TestSigner;
let valid: { files: BundleFile[]; bytes: Uint8Array };

beforeAll(async () => {
  signer = await makeSigner();
  valid = await validBundle(signer);
});

async function safely(bytes: Uint8Array): Promise<Verdict> {
  // verifyBundle promises never to throw; a throw here fails the property.
  return verifyBundle(bytes, options());
}

function expectRejected(verdict: Verdict): void {
  expect(verdict.ok ? 'accepted' : VERIFY_CODES.includes(verdict.code)).toBe(true);
}

/** Rejected, or accepted with exactly the signed content (the change hit unsigned ZIP metadata). */
/** An evidence file's verified bytes: a range of the bundle it was verified in, or bytes read whole. */
function evidenceBytes(file: VerifiedEvidence, bundle: Uint8Array): Uint8Array {
  return file.content.kind === 'bytes'
    ? file.content.bytes
    : bundle.subarray(file.content.start, file.content.end);
}

function expectRejectedOrUnchanged(verdict: Verdict, bundle: Uint8Array): boolean {
  if (!verdict.ok) {
    expect(VERIFY_CODES).toContain(verdict.code);
    return true;
  }
  const original = new Map(valid.files.map((f) => [f.name, toHex(f.bytes)]));
  expect(toHex(verdict.value.reportPdf)).toBe(original.get('report.pdf'));
  for (const file of verdict.value.evidence)
    expect(toHex(evidenceBytes(file, bundle))).toBe(original.get(file.path));
  expect(toHex(canonicalJsonBytes(verdict.value.document))).toBe(original.get('assessment.json'));
  return false;
}

describe('verifyBundle under random damage', () => {
  it('rejects or ignores random bit flips anywhere in the file (60 runs)', async () => {
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.integer({ min: 0, max: 7 }), async (at, bit) => {
        const bytes = valid.bytes.slice();
        const index = at % bytes.length;
        bytes[index] = (bytes[index] ?? 0) ^ (1 << bit);
        if (expectRejectedOrUnchanged(await safely(bytes), bytes)) rejected++;
      }),
      { numRuns: 60 },
    );
    expect(rejected).toBeGreaterThan(40);
  });

  it('rejects truncation at any offset (40 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), async (at) => {
        expectRejected(await safely(valid.bytes.subarray(0, at % valid.bytes.length)));
      }),
      { numRuns: 40 },
    );
  });

  it('accepts entries in any order, and rejects any renamed entry (30 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(valid.files, { minLength: valid.files.length }),
        fc.nat(),
        fc.string({ minLength: 1, maxLength: 12 }),
        async (order, which, suffix) => {
          expect((await safely(packFiles(order))).ok).toBe(true);
          const renamed = order.map((f, i) =>
            i === which % order.length ? { ...f, name: f.name + suffix } : f,
          );
          expectRejected(await safely(packRaw(renamed)));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('rejects entries whose declared size is a lie (20 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.integer({ min: 1, max: 0xfffffffe }), async (which, size) => {
        const index = which % valid.files.length;
        fc.pre(size !== valid.files[index]?.bytes.length);
        expectRejected(
          await safely(packRaw(valid.files.map((f, i) => (i === index ? { ...f, declaredSize: size } : f)))),
        );
      }),
      { numRuns: 20 },
    );
  });

  it('rejects traversal and absolute names wherever they appear (20 runs)', async () => {
    const unsafe = fc.constantFrom(
      '../x',
      '/abs',
      'a/../../b',
      'C:\\x',
      'evidence/../../etc/passwd',
      '\\\\srv\\s',
      './x',
    );
    await fc.assert(
      fc.asyncProperty(unsafe, fc.nat(), fc.boolean(), async (name, which, replaceIt) => {
        const index = which % valid.files.length;
        const files = replaceIt
          ? valid.files.map((f, i) => (i === index ? { ...f, name } : f))
          : [
              ...valid.files.slice(0, index),
              { name, bytes: new Uint8Array([1]) },
              ...valid.files.slice(index),
            ];
        const verdict = await safely(packRaw(files));
        expect(verdict.ok ? 'accepted' : verdict.code).toBe('unsafe-path');
      }),
      { numRuns: 20 },
    );
  });

  it('rejects schema-breaking edits to signed JSON as schema violations, not signature failures (30 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(...schemaEdit, async (name, path, value) => {
        const bytes = await schemaBreakingBundle(valid.files, signer, name, path, value);
        fc.pre(bytes !== null);
        const verdict = await safely(bytes);
        expect(verdict.ok ? 'accepted' : verdict.code).toMatch(/^(schema-violation|unknown-format-version)$/);
      }),
      { numRuns: 30 },
    );
  });
});
