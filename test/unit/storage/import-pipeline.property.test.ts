/**
 * Property-based rejection corpus for the WHOLE import pipeline (importBundle) against a real database that
 * already holds a local assessment and an earlier imported revision of the bundle's assessment. Whatever the
 * damage, importBundle must not throw. A rejection must carry a known code and a message and leave every
 * table exactly as it was, blobs included. An acceptance (damage to unsigned ZIP metadata, entries in another
 * order) must store exactly the signed document and evidence and touch nothing else. About 125 runs in all.
 */
import 'fake-indexeddb/auto';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentDocument } from '../../../renderer/src/domain/assessment/model';
import { sealBytes } from '../../../renderer/src/domain/bundle/seal';
import { toHex } from '../../../renderer/src/domain/crypto/bytes';
import { SEALED_CODES, VERIFY_CODES } from '../../../renderer/src/domain/import/verify-codes';
import { loadDocument } from '../../../renderer/src/storage/assessment-document';
import { createAssessment } from '../../../renderer/src/storage/assessment-repository';
import type { AirrDatabase } from '../../../renderer/src/storage/database';
import { importBundle } from '../../../renderer/src/storage/import-pipeline';
import type { SealedKey } from '../../../renderer/src/domain/import/open-sealed';
import {
  makeSigner,
  packFiles,
  packRaw,
  validBundle,
  type BundleFile,
  type TestSigner,
} from '../domain/import/helpers/test-bundle';
import { schemaBreakingBundle, schemaEdit } from '../domain/import/helpers/schema-edits';
import { SAMPLE_ID } from '../domain/import/helpers/sample-document';
import { bundleAt, freshDb } from './helpers/import-fixtures';

const NOW = new Date('2025-06-01T00:00:00Z');
const PACK = { id: 'dhs-ai-rr-2024', version: '1.0.0' };

/** Every code a refused import may carry: verification, sealed-file opening, and the import plan's refusals. */
const KNOWN_CODES: readonly string[] = [
  ...VERIFY_CODES,
  ...SEALED_CODES,
  'local-conflict',
  'revision-conflict',
  'older-revision',
  'signer-changed',
];

let signer: TestSigner;
/** The bundle under attack: revision 3 of SAMPLE_ID, written by the app's exporter. */
let valid: { files: BundleFile[]; bytes: Uint8Array };
/** Revision 2 of SAMPLE_ID, with other evidence, imported into every database before the attack. */
let older: Uint8Array;
let identity: string;
let sealed: Uint8Array;

beforeAll(async () => {
  signer = await makeSigner();
  valid = await validBundle(signer);
  older = await bundleAt(signer, 2, ['an older photo of the HMI']);
  identity = await generateX25519Identity();
  const result = await sealBytes(valid.bytes, { recipients: [await identityToRecipient(identity)] });
  if (!result.ok) throw new Error(result.message);
  sealed = result.value;
});

/** A database with one local assessment and revision 2 of SAMPLE_ID imported. */
async function seeded(): Promise<{ db: AirrDatabase; localId: string }> {
  const db = await freshDb();
  const local = await createAssessment(
    db,
    { title: 'Local visit', siteName: 'Plant A', sector: 'energy' },
    PACK,
    'tester',
    NOW,
  );
  if (!local.ok) throw new Error(local.message);
  const imported = await importBundle(db, older, { now: NOW });
  if (!imported.ok || imported.value.outcome !== 'added')
    throw new Error(`seeding failed: ${JSON.stringify(imported)}`);
  return { db, localId: local.value };
}

/** The seeded database, shared while runs leave it untouched (asserted), seeded afresh after an acceptance. */
let shared: { db: AirrDatabase; localId: string } | null = null;
async function database(): Promise<{ db: AirrDatabase; localId: string }> {
  shared ??= await seeded();
  return shared;
}
function discardDatabase(): void {
  shared?.db.close();
  shared = null;
}

type Dump = Record<string, Record<string, unknown>[]>;

/** Every row of every table, in key order; blobs as type, size and content, so dumps compare strictly. */
async function snapshot(db: AirrDatabase): Promise<Dump> {
  const out: Dump = {};
  for (const table of db.tables) {
    const rows = (await table.toArray()) as Record<string, unknown>[];
    out[table.name] = await Promise.all(
      rows.map(async (row) => {
        // Blobs (evidence files, signed reports) compare by content: toStrictEqual sees no fields on a Blob.
        const fields = await Promise.all(
          Object.entries(row).map(async ([name, value]) => {
            if (!(value instanceof Blob)) return [name, value] as const;
            const hex = toHex(new Uint8Array(await value.arrayBuffer()));
            return [name, { type: value.type, size: value.size, hex }] as const;
          }),
        );
        return Object.fromEntries(fields);
      }),
    );
  }
  return out;
}

/** The dump without the rows of one assessment. */
function without(dump: Dump, assessmentId: string): Dump {
  return Object.fromEntries(
    Object.entries(dump).map(([name, rows]) => [
      name,
      rows.filter((row) => (row.assessmentId ?? row.id) !== assessmentId),
    ]),
  );
}

function fileBytes(name: string): Uint8Array {
  const file = valid.files.find((f) => f.name === name);
  if (!file) throw new Error(`The valid bundle has no ${name}.`);
  return file.bytes;
}

function originalDocument(): AssessmentDocument {
  return JSON.parse(new TextDecoder().decode(fileBytes('assessment.json'))) as AssessmentDocument;
}

/**
 * The document with evidence in capture order, ties by id: storage lists evidence that way, whatever order a
 * bundle lists it in, so the order of the list is the one thing an import may change.
 */
function normalized(document: AssessmentDocument | undefined): unknown {
  if (!document) return document;
  const key = (meta: AssessmentDocument['evidence'][number]) => `${meta.capturedAt}\u0000${meta.id}`;
  return {
    ...document,
    evidence: [...document.evidence].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)),
  };
}

const tally = new Map<string, number>();

/**
 * Runs damaged bytes through importBundle and checks the property. Returns the code, or 'ok'.
 * A throw from importBundle propagates and fails the property with fast-check's counterexample.
 */
async function attempt(bytes: Uint8Array, key: SealedKey = {}): Promise<string> {
  const { db, localId } = await database();
  const before = await snapshot(db);
  const previous = await loadDocument(db, SAMPLE_ID);
  const result = await importBundle(db, bytes, { now: NOW, key });
  const outcome = result.ok ? 'ok' : result.code;
  tally.set(outcome, (tally.get(outcome) ?? 0) + 1);
  if (!result.ok) {
    expect(KNOWN_CODES).toContain(result.code);
    expect(result.message.trim()).not.toBe('');
    expect(await snapshot(db)).toStrictEqual(before);
    return result.code;
  }
  // Accepted: the database changed, so later runs get a fresh one.
  try {
    expect(result).toMatchObject({
      ok: true,
      value: { outcome: 'updated', assessmentId: SAMPLE_ID, revision: 3 },
    });
    await expectStoredExactly(db, before, previous, localId);
  } finally {
    discardDatabase();
  }
  return 'ok';
}

/** After an acceptance: SAMPLE_ID holds exactly the signed revision 3, and nothing else changed. */
async function expectStoredExactly(
  db: AirrDatabase,
  before: Dump,
  previous: AssessmentDocument | undefined,
  localId: string,
): Promise<void> {
  const after = await snapshot(db);
  // What was signed is what is stored: the document...
  expect(normalized(await loadDocument(db, SAMPLE_ID))).toStrictEqual(normalized(originalDocument()));
  // ...and every evidence blob, byte for byte, with the type the document gives it.
  const evidence = after.evidence?.filter((row) => row.assessmentId === SAMPLE_ID) ?? [];
  expect(evidence.map((row) => row.sha256).sort()).toStrictEqual(
    originalDocument()
      .evidence.map((meta) => meta.sha256)
      .sort(),
  );
  for (const row of evidence) {
    const meta = originalDocument().evidence.find((m) => m.sha256 === row.sha256);
    const path = valid.files.find((f) => f.name.startsWith(`evidence/${String(row.sha256)}`))?.name ?? '';
    expect(row.blob).toStrictEqual({ type: meta?.type, size: meta?.size, hex: toHex(fileBytes(path)) });
  }
  // ...and the signed report, as it came, for the facility manager to save or print.
  const report = after.reports?.find((row) => row.assessmentId === SAMPLE_ID);
  expect(report?.revision).toBe(3);
  expect(report?.pdf).toStrictEqual({
    type: 'application/pdf',
    size: fileBytes('report.pdf').length,
    hex: toHex(fileBytes('report.pdf')),
  });
  // The replaced revision 2 is kept as history, as it was.
  const history = await db.revisions.get([SAMPLE_ID, 2]);
  expect(normalized(history?.document)).toStrictEqual(normalized(previous));
  // Nothing else moved: the local assessment and anything not about SAMPLE_ID are exactly as before.
  expect(without(after, SAMPLE_ID)).toStrictEqual(without(before, SAMPLE_ID));
  expect(after.assessments?.some((row) => row.id === localId)).toBe(true);
}

function flipBits(bytes: Uint8Array, flips: readonly (readonly [number, number])[]): Uint8Array {
  const copy = bytes.slice();
  for (const [at, bit] of flips) {
    const index = at % copy.length;
    copy[index] = (copy[index] ?? 0) ^ (1 << bit);
  }
  return copy;
}

const flips = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 3 });

describe('importBundle under random damage, against a database that holds data', () => {
  it('rejects random bit flips anywhere without writing, or stores exactly the signed content (35 runs)', async () => {
    const codes: string[] = [];
    await fc.assert(
      fc.asyncProperty(flips, async (where) => {
        codes.push(await attempt(flipBits(valid.bytes, where)));
      }),
      { numRuns: 35 },
    );
    expect(codes.filter((code) => code !== 'ok').length).toBeGreaterThan(20);
  });

  it('rejects bit flips in a sealed bundle without writing (10 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(flips, async (where) => {
        await attempt(flipBits(sealed, where), { identity });
      }),
      { numRuns: 10 },
    );
  });

  it('rejects truncation at any offset without writing (20 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), async (at) => {
        expect(await attempt(valid.bytes.subarray(0, at % valid.bytes.length))).not.toBe('ok');
      }),
      { numRuns: 20 },
    );
  });

  it('rejects any renamed entry without writing (15 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.boolean(),
        fc.string({ minLength: 1, maxLength: 12 }),
        async (which, append, text) => {
          const index = which % valid.files.length;
          const original = valid.files[index]?.name ?? '';
          const name = append ? original + text : text;
          fc.pre(name !== original);
          const files = valid.files.map((f, i) => (i === index ? { ...f, name } : f));
          expect(await attempt(packRaw(files))).not.toBe('ok');
        },
      ),
      { numRuns: 15 },
    );
  });

  it('stores exactly the signed content when the entries come in another order (10 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray([...valid.files.keys()], { minLength: valid.files.length }),
        async (order) => {
          await attempt(packFiles(order.map((i) => valid.files[i] as BundleFile)));
        },
      ),
      { numRuns: 10 },
    );
  });

  it('rejects entries whose declared size is a lie, however large, without writing (10 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.oneof(fc.integer({ min: 1, max: 0xfffffffe }), fc.constantFrom(0xffffffff, 0x7fffffff, 1 << 30)),
        async (which, size) => {
          const index = which % valid.files.length;
          fc.pre(size !== valid.files[index]?.bytes.length);
          const files = valid.files.map((f, i) => (i === index ? { ...f, declaredSize: size } : f));
          expect(await attempt(packRaw(files))).not.toBe('ok');
        },
      ),
      { numRuns: 10 },
    );
  });

  it('rejects traversal and absolute names as unsafe paths without writing (10 runs)', async () => {
    const unsafe = fc.constantFrom('../x', '/abs', 'a/../../b', 'C:\\x', 'evidence/../../etc/passwd');
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
        expect(await attempt(packRaw(files))).toBe('unsafe-path');
      }),
      { numRuns: 10 },
    );
  });

  it('rejects schema-breaking edits to properly re-signed JSON without writing (15 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(...schemaEdit, async (name, path, value) => {
        const bytes = await schemaBreakingBundle(valid.files, signer, name, path, value);
        fc.pre(bytes !== null);
        expect(await attempt(bytes)).toMatch(/^(schema-violation|unknown-format-version)$/);
      }),
      { numRuns: 15 },
    );
  });

  it('refuses properly signed bundles the import plan rejects, without writing', async () => {
    const { localId } = await database();
    const local = await bundleAt(signer, 1, undefined, { id: localId });
    const conflicting = await bundleAt(signer, 2, ['a different photo']);
    const oldest = await bundleAt(signer, 1);
    expect(await attempt(local)).toBe('local-conflict');
    expect(await attempt(conflicting)).toBe('revision-conflict');
    expect(await attempt(oldest)).toBe('older-revision');
    // The untouched bundle itself is accepted, which shows the refusals above are not an artefact.
    expect(await attempt(valid.bytes)).toBe('ok');
  });

  it('saw both rejections and acceptances', () => {
    // Printed so a reviewer can see the spread of codes the corpus reached.
    console.info('import pipeline corpus outcomes', Object.fromEntries(tally));
    expect(tally.get('ok') ?? 0).toBeGreaterThan(0);
    expect([...tally.keys()].filter((code) => code !== 'ok').length).toBeGreaterThan(4);
  });
});
