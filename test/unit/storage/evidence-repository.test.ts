import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createAssessment } from '../../../renderer/src/storage/assessment-repository';
import { openDatabase } from '../../../renderer/src/storage/database';
import { addEvidence, removeEvidence } from '../../../renderer/src/storage/evidence-repository';

const PACK = { id: 'dhs-ai-rr-2024', version: '1.0.0' };
let counter = 0;

async function fresh() {
  const db = openDatabase(`airr-evidence-${++counter}-${Date.now()}`);
  await db.open();
  const created = await createAssessment(
    db,
    { title: 'Visit', siteName: 'Plant', sector: 'energy' },
    PACK,
    't',
  );
  if (!created.ok) throw new Error(created.message);
  return { db, id: created.value };
}

function row(id: string, sha: string) {
  return {
    id,
    practiceId: 'CIO-SE-1',
    name: `${id}.txt`,
    type: 'text/plain',
    size: 4,
    sha256: sha.repeat(64),
    capturedAt: '2026-03-01T00:00:00.000Z',
    blob: new Blob(['text']),
  };
}

describe('evidence repository refusals', () => {
  it('refuses evidence for an assessment that does not exist as not-found, storing nothing', async () => {
    const { db } = await fresh();
    const result = await addEvidence(db, 'no-such-assessment', row('e1', 'a'), 't');
    expect(result).toEqual({ ok: false, code: 'not-found', message: 'This assessment no longer exists.' });
    expect(await db.evidence.count()).toBe(0);
  });

  it('refuses the same file twice on one practice as duplicate-evidence, keeping the first', async () => {
    const { db, id } = await fresh();
    expect((await addEvidence(db, id, row('e1', 'b'), 't')).ok).toBe(true);
    const again = await addEvidence(db, id, row('e2', 'b'), 't');
    expect(again).toMatchObject({ ok: false, code: 'duplicate-evidence' });
    expect((await db.evidence.toArray()).map((stored) => stored.id)).toEqual(['e1']);
  });

  it('refuses to remove a file that is not attached to that assessment as not-found', async () => {
    const { db, id } = await fresh();
    expect(await removeEvidence(db, id, 'missing', 't')).toMatchObject({ ok: false, code: 'not-found' });
  });
});
