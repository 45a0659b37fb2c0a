/**
 * The Store is what every data-layer hook reads through (useLiveQuery over its bound functions) and what the
 * autosave and evidence code write through. These tests drive it as the hooks do: Dexie's liveQuery over the
 * same bound function, so a write that the hook would not see fails here.
 */
import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { createStore, type Store } from '../../../renderer/src/data/store';
import { readLibraryPage } from '../../../renderer/src/data/library-hooks';
import { DEFAULT_QUERY } from '../../../renderer/src/storage/library-query';
import { openDatabase } from '../../../renderer/src/storage/database';
import { contentField, setField } from '../../../renderer/src/storage/content-binding';
import { emptyContent } from '../../../renderer/src/domain/assessment/model';

const TITLE = contentField(emptyContent(), 'title');
import { makeIdentity } from '../domain/bundle/bundle-fixture';

const PACK = { id: 'dhs-ai-rr-2024', version: '1.0.0' };
let counter = 0;

async function freshStore(): Promise<Store> {
  const db = openDatabase(`airr-data-store-${++counter}-${Date.now()}`);
  await db.open();
  return createStore(db);
}

async function created(store: Store, siteName = 'Plant A', title = 'Visit'): Promise<string> {
  const result = await store.createAssessment({ title, siteName, sector: 'energy' }, PACK, 'tester');
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

/** Subscribes like useLiveQuery and resolves with the first emitted value that passes `until`. */
function watch<T>(query: () => Promise<T>) {
  const seen: T[] = [];
  const waiters: Array<{ until: (value: T) => boolean; resolve: (value: T) => void }> = [];
  const subscription = liveQuery(query).subscribe({
    next: (value) => {
      seen.push(value);
      for (const waiter of [...waiters])
        if (waiter.until(value)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(value);
        }
    },
    error: (error: unknown) => {
      throw error;
    },
  });
  const next = (until: (value: T) => boolean) =>
    new Promise<T>((resolve) => {
      const already = seen.find(until);
      if (already !== undefined) resolve(already);
      else waiters.push({ until, resolve });
    });
  return { next, stop: () => subscription.unsubscribe() };
}

function evidenceRow(id: string, practiceId: string, text: string) {
  return {
    id,
    practiceId,
    name: `${id}.txt`,
    type: 'text/plain',
    size: text.length,
    sha256: id.padEnd(64, '0'),
    capturedAt: '2026-03-01T00:00:00.000Z',
    blob: new Blob([text]),
  };
}

describe('the data layer store', () => {
  it('shows a committed content change to a live reader of the assessment (the wizard hook)', async () => {
    const store = await freshStore();
    const id = await created(store);
    const live = watch(() => store.getLoadedAssessment(id));
    const first = await live.next((value) => value !== null);
    expect(first?.header.revision).toBe(1);
    expect(first?.content.title).toBe('Visit');

    const saved = await store.applyChange(id, setField(TITLE, 'Second visit'), 'tester');
    // Not exported yet: still revision 1 (export-revision.ts); the live reader sees the new content.
    expect(saved).toEqual({ ok: true, value: 1 });
    const after = await live.next((value) => value?.content.title === 'Second visit');
    expect(after?.header.revision).toBe(1);
    // The library lists and searches the header, so it must follow the content.
    expect(after?.header.title).toBe('Second visit');
    expect(await store.queryPage({ ...DEFAULT_QUERY, text: 'second' }, 0, 10)).toHaveLength(1);
    live.stop();
  });

  it('primes the library page it reads from the database, for the first render to take once', async () => {
    const store = await freshStore();
    await created(store, 'Plant A', 'First');
    await created(store, 'Plant B', 'Second');
    await store.primeLibraryPage(DEFAULT_QUERY, 0, 25);
    const primed = store.takePrimedLibraryPage(DEFAULT_QUERY, 0, 25);
    expect(primed?.map((row) => row.id)).toEqual(
      (await store.queryPage(DEFAULT_QUERY, 0, 25)).map((row) => row.id),
    );
    expect(primed).toHaveLength(2);
    expect(store.takePrimedLibraryPage(DEFAULT_QUERY, 0, 25)).toBeUndefined();
  });

  it('reads an unknown assessment as null, not as an error or an empty one', async () => {
    const store = await freshStore();
    expect(await store.getLoadedAssessment('no-such-id')).toBeNull();
  });

  it('shows evidence added and removed through the store to a live reader, in revision 1 until it is exported', async () => {
    const store = await freshStore();
    const id = await created(store);
    const live = watch(() => store.getLoadedAssessment(id));
    const added = await store.addEvidence(id, evidenceRow('e1', 'CIO-SE-1', 'photo'), 'tester');
    expect(added.ok).toBe(true);
    const withFile = await live.next((value) => value?.evidence.length === 1);
    expect(withFile?.evidence[0]?.name).toBe('e1.txt');

    expect((await store.removeEvidence(id, 'e1', 'tester')).ok).toBe(true);
    const without = await live.next((value) => value?.evidence.length === 0);
    // Not exported yet, so both changes are part of revision 1 (export-revision.ts).
    expect(without?.header.revision).toBe(1);
    live.stop();
  });

  it('finds a trusted signer whatever the case and colons of the fingerprint it is asked for', async () => {
    const store = await freshStore();
    const identity = await makeIdentity();
    // addTrustedSigner is bound lazily (certificate code loads on first use), and must still reach this database.
    const added = await store.addTrustedSigner(
      identity.record.certificatePem,
      'Dana',
      identity.record.fingerprint,
    );
    if (!added.ok) throw new Error(added.message);
    const hex = identity.record.fingerprint;
    const colon = hex.toUpperCase().match(/../g)!.join(':');
    expect((await store.findTrustedSigner(colon))?.label).toBe('Dana');
    expect((await store.findTrustedSigner(hex.toUpperCase()))?.label).toBe('Dana');
    expect(await store.findTrustedSigner('00'.repeat(32))).toBeUndefined();
    expect(await store.trustedFingerprints()).toEqual(new Set([hex]));
  });

  it('reads one library page and its count together, and both follow a new assessment live', async () => {
    const store = await freshStore();
    for (let index = 0; index < 3; index += 1) await created(store, `Site ${index}`, `Visit ${index}`);
    const live = watch(() => readLibraryPage(store, DEFAULT_QUERY, 0, 2, new Set()));
    const first = await live.next((page) => page.total === 3);
    expect(first.rows).toHaveLength(2);
    await created(store, 'Site 3', 'Visit 3');
    const after = await live.next((page) => page.total === 4);
    expect(after.rows).toHaveLength(2);
    expect(after.rows[0]?.title).toBe('Visit 3');
    const second = await readLibraryPage(store, DEFAULT_QUERY, 1, 2, new Set());
    expect(second.rows.map((row) => row.title)).toEqual(['Visit 1', 'Visit 0']);
    live.stop();
  });

  it('gives the portfolio only the latest assessment of each site, site names compared case-blind', async () => {
    const store = await freshStore();
    const older = await created(store, 'North Dam', 'Old');
    const newer = await created(store, 'north dam ', 'New');
    const other = await created(store, 'South Plant', 'Only');
    // Touch `newer` last so it is the most recent of its site whatever the clock did.
    await store.applyChange(newer, setField(TITLE, 'New!'), 'tester');
    const latest = await store.latestPerSite();
    expect(latest.map((item) => item.id).sort()).toEqual([newer, other].sort());
    expect(latest.map((item) => item.id)).not.toContain(older);
  });

  it('lists the assessments of a site for the compare picker by exact site name', async () => {
    const store = await freshStore();
    const a = await created(store, 'North Dam', 'A');
    const b = await created(store, 'North Dam', 'B');
    await created(store, 'South Plant', 'C');
    expect((await store.listBySite('North Dam')).map((row) => row.id).sort()).toEqual([a, b].sort());
    expect(await store.listRevisions(a)).toEqual([]);
    expect(await store.getSignedReport(a)).toBeUndefined();
  });
});
