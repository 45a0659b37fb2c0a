/**
 * Signer continuity as a property: any sequence of imports of revisions 1–5 of one assessment, each signed by
 * one of three certificates that all carry the same name, some with a key-change decision, with signers
 * trusted at random in between. Whatever the sequence: a refused import changes no row of any table; the
 * current revision is always signed by the pinned certificate; the pin only ever moves with a recorded
 * decision, by exactly one change per move; and the first pinned certificate never changes.
 */
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { importBundle } from '../../../renderer/src/storage/import-pipeline';
import { addTrustedSigner } from '../../../renderer/src/storage/trust-repository';
import { makeSigner, type TestSigner } from '../domain/import/helpers/test-bundle';
import { SAMPLE_ID } from '../domain/import/helpers/sample-document';
import { bundleAt, dump, freshDb } from './helpers/import-fixtures';

const NOW = new Date('2025-06-01T00:00:00Z');
const REVISIONS = [1, 2, 3, 4, 5] as const;

let signers: TestSigner[];
/** bundles[signer][revision - 1]: built once, every run reuses them. */
let bundles: Uint8Array[][];

beforeAll(async () => {
  signers = await Promise.all([0, 1, 2].map(() => makeSigner('Ada Lovelace')));
  bundles = await Promise.all(
    signers.map((signer) => Promise.all(REVISIONS.map((revision) => bundleAt(signer, revision)))),
  );
}, 60_000);

const fp = (index: number) => signers[index]?.certificate.fingerprint.compact ?? '';

type Step =
  | { kind: 'trust'; signer: number }
  | { kind: 'import'; signer: number; revision: number; decide: boolean; keepOlder: boolean };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('trust' as const), signer: fc.integer({ min: 0, max: 2 }) }),
  fc.record({
    kind: fc.constant('import' as const),
    signer: fc.integer({ min: 0, max: 2 }),
    revision: fc.integer({ min: 1, max: 5 }),
    decide: fc.boolean(),
    keepOlder: fc.boolean(),
  }),
);

describe('signer continuity over any sequence of imports', () => {
  it('keeps the current revision signed by the pin, moves the pin only by a recorded decision, and refuses without writing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 8 }), async (steps) => {
        const db = await freshDb();
        let moves = 0;
        for (const action of steps) {
          if (action.kind === 'trust') {
            const signer = signers[action.signer];
            if (signer)
              await addTrustedSigner(
                db,
                signer.certificate.pem,
                `Key ${action.signer}`,
                signer.certificate.fingerprint.compact,
                NOW,
              );
            continue;
          }
          const pinBefore = await db.signerPins.get(SAMPLE_ID);
          const before = await dump(db);
          const bytes = bundles[action.signer]?.[action.revision - 1];
          if (!bytes) throw new Error('no bundle');
          const result = await importBundle(db, bytes, {
            now: NOW,
            keepOlderAsHistory: action.keepOlder,
            keyChange:
              action.decide && pinBefore
                ? {
                    pinnedFingerprint: pinBefore.fingerprint,
                    newFingerprint: fp(action.signer),
                    decidedBy: 'Sam',
                  }
                : undefined,
          });
          if (!result.ok || result.value.outcome === 'already-imported') {
            expect(await dump(db)).toEqual(before);
            continue;
          }
          const pin = await db.signerPins.get(SAMPLE_ID);
          const header = await db.assessments.get(SAMPLE_ID);
          expect(header?.signerFingerprint).toBe(pin?.fingerprint);
          if (pinBefore && pin?.fingerprint !== pinBefore.fingerprint) {
            moves += 1;
            expect(action.decide).toBe(true);
            expect(pin?.fingerprint).toBe(fp(action.signer));
            expect(await db.trustedSigners.get(fp(action.signer))).toBeDefined();
          }
          if (pinBefore) expect(pin?.firstFingerprint).toBe(pinBefore.firstFingerprint);
          expect(pin?.changes.filter((change) => change.kind === 'current')).toHaveLength(moves);
        }
        db.close();
      }),
      { numRuns: 30 },
    );
  }, 240_000);
});
