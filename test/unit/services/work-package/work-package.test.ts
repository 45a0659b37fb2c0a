/**
 * Work packages through the services, on three real databases (fake-indexeddb): a lead and two assessors,
 * each with their own identity (real ECDSA keys) and trust store. Hand-out and return go through the real
 * export and the real verifier; the merge through the merge core and applyMerge.
 */
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { createIdentity, type IdentityRecord } from '../../../../renderer/src/domain/crypto/identity';
import { answeredByFromJournal } from '../../../../renderer/src/domain/merge/resolve';
import { applyChange, getJournal } from '../../../../renderer/src/storage/assessment-repository';
import { addEvidence } from '../../../../renderer/src/storage/evidence-repository';
import { loadStoredAssessment } from '../../../../renderer/src/storage/assessment-document';
import { answerField, setField } from '../../../../renderer/src/storage/content-binding';
import { emptyContent } from '../../../../renderer/src/domain/assessment/model';
import { openDatabase, type AirrDatabase } from '../../../../renderer/src/storage/database';
import { prepareImport } from '../../../../renderer/src/storage/import-pipeline';
import { storeVerifiedBundle } from '../../../../renderer/src/storage/import-repository';
import { saveIdentity } from '../../../../renderer/src/storage/identity-repository';
import { addTrustedSigner } from '../../../../renderer/src/storage/trust-repository';
import { storeWorkingCopy, workingCopyOf } from '../../../../renderer/src/storage/work-package-repository';
import { handOut, returnToLead } from '../../../../renderer/src/services/work-package/hand-out';
import {
  applyReturnMerge,
  prepareReturnMerge,
} from '../../../../renderer/src/services/work-package/merge-return';
import type { ExportSigner } from '../../../../renderer/src/services/export/prepare-export';
import { fakePlatform, joined } from '../export/fake-platform';
import { at, localAssessment } from '../../storage/helpers/local-assessment';

const CONTENT = emptyContent();
const status = (practice: string, value: 'implemented' | 'not-implemented' | 'partial') =>
  setField(answerField(CONTENT, practice, 'status'), value);
const notes = (practice: string, value: string) => setField(answerField(CONTENT, practice, 'notes'), value);
let counter = 0;

type Person = { db: AirrDatabase; signer: ExportSigner; record: IdentityRecord };

async function person(name: string, db?: AirrDatabase): Promise<Person> {
  const own = db ?? openDatabase(`airr-wp-${name}-${++counter}-${Math.random()}`);
  await own.open();
  const identity = await createIdentity({
    name,
    organization: 'CISA Region 4',
    email: '',
    passphrase: 'a long enough passphrase',
  });
  if (!identity.ok) throw new Error(identity.message);
  const saved = await saveIdentity(own, identity.value.record);
  if (!saved.ok) throw new Error(saved.message);
  const { record, signingKey } = identity.value;
  return { db: own, record, signer: { record, signingKey } };
}

async function trust(who: Person, whom: Person): Promise<void> {
  const added = await addTrustedSigner(who.db, whom.record.certificatePem, '', whom.record.fingerprint);
  if (!added.ok) throw new Error(added.message);
}

/** The value of a result that must succeed. */
async function must<T>(result: Promise<{ ok: true; value: T } | { ok: false; message: string }>): Promise<T> {
  const done = await result;
  if (!done.ok) throw new Error(done.message);
  return done.value;
}

const request = (from: Person, assessmentId: string) => {
  const { platform, saved } = fakePlatform();
  return {
    saved,
    base: {
      platform,
      assessmentId,
      signer: from.signer,
      seal: null,
      signal: new AbortController().signal,
      onProgress: () => undefined,
      onWriting: () => undefined,
    },
  };
};

/** The bytes of the one bundle a request wrote. */
function bytesOf(saved: ReturnType<typeof request>['saved']): Uint8Array {
  const [file] = saved;
  if (!file || file.state !== 'committed') throw new Error('nothing was saved');
  return joined(file);
}

async function prepared(db: AirrDatabase, bytes: Uint8Array) {
  const result = await prepareImport(db, bytes, {}, at(500));
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result.value;
}

async function dump(db: AirrDatabase) {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    const rows = (await table.toArray()) as Record<string, unknown>[];
    out[table.name] = rows.map((row) =>
      Object.fromEntries(Object.entries(row).filter(([, v]) => !(v instanceof Blob))),
    );
  }
  return out;
}

/** A lead with an assessment, two assessors, everyone trusting everyone. */
async function team() {
  const { db, id } = await localAssessment();
  const lead = await person('Lena Lead', db);
  const ann = await person('Ann Assessor');
  const bob = await person('Bob Assessor');
  for (const [a, b] of [
    [lead, ann],
    [lead, bob],
    [ann, lead],
    [bob, lead],
  ] as const)
    await trust(a, b);
  await must(applyChange(lead.db, id, status('CIO-SE-1', 'partial'), 'Lena Lead', at(1)));
  return { lead, ann, bob, id };
}

async function handedOutTo(lead: Person, to: Person, id: string, areas: ('SE' | 'DD')[]) {
  const out = request(lead, id);
  const result = await must(
    handOut(lead.db, { ...out.base, assignee: to.record.fingerprint, scope: { areas } }),
  );
  const opened = await must(storeWorkingCopy(to.db, await prepared(to.db, bytesOf(out.saved))));
  return { packageId: result.packageId, row: opened };
}

async function returned(from: Person, id: string): Promise<Uint8Array> {
  const back = request(from, id);
  await must(returnToLead(from.db, back.base));
  return bytesOf(back.saved);
}

describe('work packages', () => {
  it('hands out a signed package that opens as an editable working copy with its journal frozen', async () => {
    const { lead, ann, id } = await team();
    const { packageId, row } = await handedOutTo(lead, ann, id, ['SE']);
    const leadHeader = await lead.db.assessments.get(id);
    const leadJournal = await getJournal(lead.db, id);
    expect(leadHeader?.frozenJournalSeq).toBe(leadJournal.at(-1)?.seq);
    expect(await lead.db.workPackages.get(packageId)).toMatchObject({
      side: 'lead',
      state: 'handed-out',
      assigneeFingerprint: ann.record.fingerprint,
      assigneeName: 'Ann Assessor',
      baseHead: leadJournal.at(-1)?.hash,
      scope: { areas: ['SE'] },
    });
    expect(row).toMatchObject({ packageId, side: 'assignee', state: 'working' });
    const copy = await ann.db.assessments.get(id);
    expect(copy).toMatchObject({ source: 'local', frozenJournalSeq: leadJournal.at(-1)?.seq });
    expect(await getJournal(ann.db, id)).toEqual(leadJournal);
    // Editable: the working copy takes a change (a signed record would refuse it as read-only).
    await must(applyChange(ann.db, id, notes('CIO-SE-1', 'Seen on site'), 'Ann Assessor', at(2)));
    // The base entry was frozen, so the edit did not fold into it.
    expect((await getJournal(ann.db, id)).slice(0, leadJournal.length)).toEqual(leadJournal);
  });

  it('hands out a sealed package that only the assessor’s age key opens', async () => {
    const { lead, ann, id } = await team();
    const key = await generateX25519Identity();
    const out = request(lead, id);
    await must(
      handOut(lead.db, {
        ...out.base,
        seal: { recipients: [await identityToRecipient(key)] },
        assignee: ann.record.fingerprint,
        scope: { roles: ['CIO'] },
      }),
    );
    const sealed = bytesOf(out.saved);
    expect(new TextDecoder().decode(sealed.subarray(0, 21))).toBe('age-encryption.org/v1');
    expect(await prepareImport(ann.db, sealed, {}, at(500))).toMatchObject({
      ok: false,
      code: 'key-required',
    });
    const opened = await prepareImport(ann.db, sealed, { identity: key }, at(500));
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.value.verdict.manifest.workPackage).toMatchObject({
      role: 'hand-out',
      scope: { roles: ['CIO'] },
    });
    const copy = await must(storeWorkingCopy(ann.db, opened.value));
    expect(copy.scope).toEqual({ roles: ['CIO'] });
  });

  it('refuses to hand out to a signer who is not trusted here, writing nothing', async () => {
    const { lead, id } = await team();
    const stranger = await person('Eve Stranger');
    const out = request(lead, id);
    const before = await dump(lead.db);
    const result = await handOut(lead.db, { ...out.base, assignee: stranger.record.fingerprint, scope: {} });
    expect(result).toMatchObject({ ok: false, code: 'assignee-not-trusted' });
    expect(out.saved).toEqual([]);
    expect(await dump(lead.db)).toEqual(before);
  });

  it('opens a hand-out only on the assignee’s device, and never stores it as a signed record', async () => {
    const { lead, ann, bob, id } = await team();
    const out = request(lead, id);
    await must(handOut(lead.db, { ...out.base, assignee: ann.record.fingerprint, scope: {} }));
    const bundle = await prepared(bob.db, bytesOf(out.saved));
    const before = await dump(bob.db);
    expect(await storeWorkingCopy(bob.db, bundle)).toMatchObject({ ok: false, code: 'not-assigned-here' });
    expect(await storeVerifiedBundle(bob.db, bundle)).toMatchObject({ ok: false, code: 'work-package' });
    expect(await dump(bob.db)).toEqual(before);
  });

  it('merges two returns three-way: one real conflict resolved, journaled, and who answered each practice', async () => {
    const { lead, ann, bob, id } = await team();
    const forAnn = await handedOutTo(lead, ann, id, ['SE']);
    const forBob = await handedOutTo(lead, bob, id, ['DD']);
    // Parallel edits: the lead and Ann both set CIO-SE-1's status (the conflict); Bob answers CIO-DD-1.
    await must(applyChange(lead.db, id, status('CIO-SE-1', 'implemented'), 'Lena Lead', at(30)));
    await must(applyChange(ann.db, id, status('CIO-SE-1', 'not-implemented'), 'Ann Assessor', at(40)));
    await must(applyChange(ann.db, id, notes('CIO-SE-1', 'No monitoring'), 'Ann Assessor', at(41)));
    await must(applyChange(bob.db, id, status('CIO-DD-1', 'implemented'), 'Bob Assessor', at(50)));
    const annReturn = await returned(ann, id);
    const bobReturn = await returned(bob, id);
    expect((await workingCopyOf(ann.db, id))?.state).toBe('returned');

    const annMerge = await must(prepareReturnMerge(lead.db, await prepared(lead.db, annReturn)));
    expect(annMerge.pkg.packageId).toBe(forAnn.packageId);
    expect(annMerge.merge.conflicts).toHaveLength(1);
    expect(annMerge.merge.conflicts[0]).toMatchObject({
      key: 'answers.CIO-SE-1.status',
      base: 'partial',
      ours: { value: 'implemented', actor: 'Lena Lead' },
      theirs: { value: 'not-implemented', actor: 'Ann Assessor' },
    });
    expect(annMerge.merge.auto.map((c) => c.key)).toEqual(['answers.CIO-SE-1.notes']);
    await must(applyReturnMerge(lead.db, annMerge, { all: 'theirs' }, 'Lena Lead', at(60)));

    const bobMerge = await must(prepareReturnMerge(lead.db, await prepared(lead.db, bobReturn)));
    expect(bobMerge.pkg.packageId).toBe(forBob.packageId);
    expect(bobMerge.merge.conflicts).toEqual([]);
    await must(applyReturnMerge(lead.db, bobMerge, {}, 'Lena Lead', at(61)));

    const merged = (await loadStoredAssessment(lead.db, id))?.document;
    expect(merged?.content.answers['CIO-SE-1']).toMatchObject({
      status: 'not-implemented',
      notes: 'No monitoring',
    });
    expect(merged?.content.answers['CIO-DD-1']?.status).toBe('implemented');
    const journal = await getJournal(lead.db, id);
    const resolution = journal.find((e) => e.field === 'merge.answers.CIO-SE-1.status');
    expect(resolution).toMatchObject({
      actor: 'Lena Lead',
      oldValue: { ours: { value: 'implemented' }, theirs: { value: 'not-implemented' } },
    });
    expect(answeredByFromJournal(journal)).toMatchObject({
      'CIO-SE-1': 'Ann Assessor',
      'CIO-DD-1': 'Bob Assessor',
    });
    expect((await lead.db.workPackages.get(forAnn.packageId))?.mergedReturns).toHaveLength(1);

    // The same return again: nothing asked, nothing written.
    const before = await dump(lead.db);
    const again = await must(prepareReturnMerge(lead.db, await prepared(lead.db, annReturn)));
    expect(again.mergedBefore).toBe(true);
    expect(again.merge.conflicts).toEqual([]);
    const applied = await must(applyReturnMerge(lead.db, again, {}, 'Lena Lead', at(70)));
    expect(applied.appended).toBe(0);
    expect(await dump(lead.db)).toEqual(before);
  });

  it('refuses a return signed by someone who is not the package’s assignee, storing nothing', async () => {
    const { lead, ann, bob, id } = await team();
    const forAnn = await handedOutTo(lead, ann, id, ['SE']);
    const forBob = await handedOutTo(lead, bob, id, ['DD']);
    // Bob passes his working copy off as Ann's package: a return properly signed by Bob, naming Ann's package.
    await bob.db.workPackages.delete(forBob.packageId);
    await bob.db.workPackages.add({ ...forBob.row, packageId: forAnn.packageId });
    await must(applyChange(bob.db, id, status('CIO-SE-1', 'implemented'), 'Bob Assessor', at(50)));
    const forged = await prepared(lead.db, await returned(bob, id));
    expect(forged.verdict.manifest.workPackage?.packageId).toBe(forAnn.packageId);
    const before = await dump(lead.db);
    const result = await prepareReturnMerge(lead.db, forged);
    expect(result).toMatchObject({ ok: false, code: 'return-wrong-signer' });
    expect(result.ok ? '' : result.message).toBe(
      'This return is signed by Bob Assessor, not by Ann Assessor the work was handed out to, so it cannot be merged. Nothing was stored.',
    );
    expect(await storeVerifiedBundle(lead.db, forged)).toMatchObject({ ok: false, code: 'work-package' });
    expect(await dump(lead.db)).toEqual(before);
  });

  it('refuses a return of a package this device did not hand out', async () => {
    const { lead, ann, id } = await team();
    await handedOutTo(lead, ann, id, ['SE']);
    const other = await person('Other Lead');
    await trust(other, ann);
    const bundle = await prepared(other.db, await returned(ann, id));
    expect(await prepareReturnMerge(other.db, bundle)).toMatchObject({ ok: false, code: 'unknown-package' });
  });

  it('refuses a return whose file of evidence does not hash to its recorded SHA-256, changing and noting nothing', async () => {
    const { lead, ann, id } = await team();
    const { packageId } = await handedOutTo(lead, ann, id, ['SE']);
    const bytes = 'photo of the panel';
    await must(
      addEvidence(
        ann.db,
        id,
        {
          id: 'e1',
          practiceId: 'CIO-SE-1',
          name: 'panel.jpg',
          type: 'image/jpeg',
          size: bytes.length,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          capturedAt: at(40).toISOString(),
          blob: new Blob([bytes]),
        },
        'Ann Assessor',
        at(40),
      ),
    );
    const merge = await must(prepareReturnMerge(lead.db, await prepared(lead.db, await returned(ann, id))));
    expect(merge.merge.auto.map((c) => c.key)).toEqual(['evidence.e1']);
    const before = await dump(lead.db);
    // Same size, other bytes: only the SHA-256 shows the file is not the one recorded.
    const altered = { ...merge, evidenceFiles: new Map([['e1', new Blob(['photo of the panal'])]]) };
    const refused = await applyReturnMerge(lead.db, altered, {}, 'Lena Lead', at(60));
    expect(refused).toMatchObject({ ok: false, code: 'evidence-altered' });
    expect(await dump(lead.db)).toEqual(before);
    expect((await lead.db.workPackages.get(packageId))?.mergedReturns).toEqual([]);
    // The file as returned merges, and the return is noted with it.
    await must(applyReturnMerge(lead.db, merge, {}, 'Lena Lead', at(61)));
    expect(await (await lead.db.evidence.get('e1'))?.blob.text()).toBe(bytes);
    expect((await lead.db.workPackages.get(packageId))?.mergedReturns).toEqual([merge.bundleDigest]);
  });

  it('hands the same assessment out again to the same assessor only once a return was merged, and the returned copy takes the new package', async () => {
    const { lead, ann, id } = await team();
    const first = await handedOutTo(lead, ann, id, ['SE']);
    // A second live package to Ann: refused, nothing written.
    const early = request(lead, id);
    const before = await dump(lead.db);
    const refused = await handOut(lead.db, { ...early.base, assignee: ann.record.fingerprint, scope: {} });
    expect(refused).toMatchObject({ ok: false, code: 'package-live' });
    expect(refused.ok || refused.message).toContain('Ann Assessor still holds the work package');
    expect(early.saved).toEqual([]);
    expect(await dump(lead.db)).toEqual(before);

    await must(applyChange(ann.db, id, status('CIO-SE-1', 'implemented'), 'Ann Assessor', at(40)));
    const merge = await must(prepareReturnMerge(lead.db, await prepared(lead.db, await returned(ann, id))));
    await must(applyReturnMerge(lead.db, merge, {}, 'Lena Lead', at(50)));

    // Second round: Ann's returned copy is replaced by the new package, which carries the merged journal.
    const second = await handedOutTo(lead, ann, id, ['DD']);
    expect(second.packageId).not.toBe(first.packageId);
    expect((await ann.db.workPackages.toArray()).map((row) => [row.packageId, row.state])).toEqual([
      [second.packageId, 'working'],
    ]);
    expect(await getJournal(ann.db, id)).toEqual(await getJournal(lead.db, id));
    expect((await loadStoredAssessment(ann.db, id))?.document.content.answers['CIO-SE-1']?.status).toBe(
      'implemented',
    );
    await must(applyChange(ann.db, id, status('CIO-DD-1', 'partial'), 'Ann Assessor', at(60)));
    const again = await must(prepareReturnMerge(lead.db, await prepared(lead.db, await returned(ann, id))));
    expect(again.pkg.packageId).toBe(second.packageId);
    await must(applyReturnMerge(lead.db, again, {}, 'Lena Lead', at(70)));
    expect((await loadStoredAssessment(lead.db, id))?.document.content.answers['CIO-DD-1']?.status).toBe(
      'partial',
    );
  });

  it('opens a second package of an assessment only over a working copy whose work all went back, storing nothing otherwise', async () => {
    const { lead, ann, id } = await team();
    const out = request(lead, id);
    await must(handOut(lead.db, { ...out.base, assignee: ann.record.fingerprint, scope: {} }));
    const handOutBytes = bytesOf(out.saved);
    await must(storeWorkingCopy(ann.db, await prepared(ann.db, handOutBytes)));
    const opened = await dump(ann.db);
    expect(await storeWorkingCopy(ann.db, await prepared(ann.db, handOutBytes))).toMatchObject({
      ok: false,
      code: 'package-already-open',
    });
    expect(await dump(ann.db)).toEqual(opened);

    // Ann returns, then goes on editing: that edit has not gone back to the lead.
    const firstReturn = await returned(ann, id);
    await must(applyChange(ann.db, id, notes('CIO-SE-1', 'After the return'), 'Ann Assessor', at(45)));
    const merge = await must(prepareReturnMerge(lead.db, await prepared(lead.db, firstReturn)));
    await must(applyReturnMerge(lead.db, merge, {}, 'Lena Lead', at(50)));
    const next = request(lead, id);
    await must(handOut(lead.db, { ...next.base, assignee: ann.record.fingerprint, scope: {} }));
    const nextBundle = await prepared(ann.db, bytesOf(next.saved));
    const held = await dump(ann.db);
    const result = await storeWorkingCopy(ann.db, nextBundle);
    expect(result).toMatchObject({ ok: false, code: 'working-copy-not-returned' });
    expect(result.ok || result.message).toContain('holds work not yet returned to the lead');
    expect(await dump(ann.db)).toEqual(held);

    // Returned again, the copy gives way to the new package.
    await returned(ann, id);
    expect(await storeWorkingCopy(ann.db, nextBundle)).toMatchObject({ ok: true });
  });
});
