/**
 * The signer state every screen shows (own / trusted / unknown / changed), computed from a real database
 * after real imports, and the library's trust filter, which must agree with it row for row.
 */
import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAssessment } from '../../../renderer/src/storage/assessment-repository';
import { importBundle } from '../../../renderer/src/storage/import-pipeline';
import { countMatching, DEFAULT_QUERY, queryPage } from '../../../renderer/src/storage/library-query';
import {
  readSignerContext,
  readSignerState,
  readSignerStateOfRef,
  readSignerStates,
} from '../../../renderer/src/storage/signer-state';
import { addTrustedSigner, removeTrustedSigner } from '../../../renderer/src/storage/trust-repository';
import { makeSigner, type TestSigner } from '../domain/import/helpers/test-bundle';
import { SAMPLE_ID } from '../domain/import/helpers/sample-document';
import { bundleAt, freshDb } from './helpers/import-fixtures';

const NOW = new Date('2025-06-01T00:00:00Z');
const PACK = { id: 'dhs-ai-rr-2024', version: '1.0.0' };
const OTHER_ID = '00000000-0000-4000-8000-0000000000bb';

let ada: TestSigner;
let adaNewKey: TestSigner;
let stranger: TestSigner;

beforeAll(async () => {
  [ada, adaNewKey, stranger] = await Promise.all([
    makeSigner('Ada Lovelace'),
    makeSigner('Ada Lovelace'),
    makeSigner('Charles Babbage'),
  ]);
});

const fp = (signer: TestSigner) => signer.certificate.fingerprint.compact;

/** A local assessment, SAMPLE_ID moved from ada to her new key by a decision, and OTHER_ID by a stranger. */
async function library() {
  const db = await freshDb();
  const local = await createAssessment(
    db,
    { title: 'Own visit', siteName: 'Plant A', sector: 'energy' },
    PACK,
    'me',
    NOW,
  );
  if (!local.ok) throw new Error(local.message);
  await addTrustedSigner(db, ada.certificate.pem, 'Ada (Region 4)', ada.certificate.fingerprint.compact, NOW);
  await addTrustedSigner(
    db,
    adaNewKey.certificate.pem,
    'Ada (new laptop)',
    adaNewKey.certificate.fingerprint.compact,
    NOW,
  );
  const steps = [
    await importBundle(db, await bundleAt(ada, 2), { now: NOW }),
    await importBundle(db, await bundleAt(adaNewKey, 3), {
      now: NOW,
      keyChange: {
        pinnedFingerprint: fp(ada),
        newFingerprint: fp(adaNewKey),
        decidedBy: 'Sam',
      },
    }),
    await importBundle(db, await bundleAt(stranger, 1, ['a photo of the pump house'], { id: OTHER_ID }), {
      now: NOW,
    }),
  ];
  for (const step of steps) if (!step.ok) throw new Error(step.message);
  return { db, localId: local.value };
}

describe('signer state', () => {
  it('says own, changed and unknown for the three kinds of assessment, with names and fingerprints', async () => {
    const { db, localId } = await library();
    const headers = await db.assessments.toArray();
    const states = await readSignerStates(db, headers);
    expect(states.get(localId)).toEqual({
      kind: 'own',
      name: '',
      fingerprint: '',
      trustedLabel: null,
      first: null,
    });
    expect(states.get(SAMPLE_ID)).toEqual({
      kind: 'changed',
      name: 'Ada Lovelace',
      fingerprint: fp(adaNewKey),
      trustedLabel: 'Ada (new laptop)',
      first: { fingerprint: fp(ada), name: 'Ada Lovelace' },
    });
    expect(states.get(OTHER_ID)).toEqual({
      kind: 'unknown',
      name: 'Charles Babbage',
      fingerprint: fp(stranger),
      trustedLabel: null,
      first: null,
    });
    const sample = headers.find((header) => header.id === SAMPLE_ID);
    if (!sample) throw new Error('missing');
    expect(await readSignerState(db, sample)).toEqual(states.get(SAMPLE_ID));
  });

  it('names the signer of a history revision by that revision, not by the current one', async () => {
    const { db } = await library();
    expect(await readSignerStateOfRef(db, `${SAMPLE_ID}@2`)).toMatchObject({
      kind: 'trusted',
      fingerprint: fp(ada),
      trustedLabel: 'Ada (Region 4)',
    });
    expect(await readSignerStateOfRef(db, SAMPLE_ID)).toMatchObject({
      kind: 'changed',
      fingerprint: fp(adaNewKey),
    });
    expect(await readSignerStateOfRef(db, `${SAMPLE_ID}@9`)).toBeUndefined();
  });

  it('follows the trust store: a distrusted signer becomes unknown, a changed one says its key is not trusted', async () => {
    const { db } = await library();
    await removeTrustedSigner(db, fp(ada));
    await removeTrustedSigner(db, fp(adaNewKey));
    expect(await readSignerStateOfRef(db, `${SAMPLE_ID}@2`)).toMatchObject({
      kind: 'unknown',
      trustedLabel: null,
    });
    expect(await readSignerStateOfRef(db, SAMPLE_ID)).toMatchObject({ kind: 'changed', trustedLabel: null });
  });

  it('filters the library by the same states the column shows', async () => {
    const { db, localId } = await library();
    const context = await readSignerContext(db);
    const ids = async (trust: typeof DEFAULT_QUERY.trust) =>
      (await queryPage(db, { ...DEFAULT_QUERY, trust }, 0, 10, context.trusted, context.firstSigners)).map(
        (header) => header.id,
      );
    expect(await ids('changed')).toEqual([SAMPLE_ID]);
    expect(await ids('unknown')).toEqual([OTHER_ID]);
    expect(await ids('local')).toEqual([localId]);
    expect(await ids('trusted')).toEqual([]);
    expect(
      await countMatching(
        db,
        { ...DEFAULT_QUERY, trust: 'changed', text: 'water' },
        context.trusted,
        context.firstSigners,
      ),
    ).toBe(1);
  });
});
