import 'fake-indexeddb/auto';
import { describe, it, expect } from 'vitest';
import { Dexie } from 'dexie';
import { migration001Initial } from '../../../renderer/src/storage/migrations/001-initial';
import { openDatabase } from '../../../renderer/src/storage/database';

let counter = 0;
const freshName = () => `airr-migration-test-${++counter}-${Date.now()}`;

describe('storage migrations', () => {
  it('upgrades a v1 database: headers gain a revision and a content record carrying title, site and sector', async () => {
    const name = freshName();
    const v1 = new Dexie(name);
    migration001Initial(v1);
    await v1.open();
    await v1.table('assessments').add({
      id: 'a1',
      title: 'Legacy visit',
      siteName: 'Dam 7',
      sector: 'dams',
      status: 'draft',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-02T00:00:00.000Z',
    });
    v1.close();

    const current = openDatabase(name);
    await current.open();
    expect(current.verno).toBe(2);
    const header = await current.assessments.get('a1');
    expect(header?.revision).toBe(1);
    expect(header?.title).toBe('Legacy visit');
    const content = await current.contents.get('a1');
    expect(content?.content.title).toBe('Legacy visit');
    expect(content?.content.site.name).toBe('Dam 7');
    expect(content?.content.sector).toBe('dams');
    expect(await current.assessments.where('revision').equals(1).count()).toBe(1);
    current.close();
  });

  it('keeps the current schema as recorded (a change here needs a new migration file)', async () => {
    const db = openDatabase(freshName());
    await db.open();
    const schema = Object.fromEntries(
      db.tables
        .map(
          (table) =>
            [
              table.name,
              [table.schema.primKey.src, ...table.schema.indexes.map((index) => index.src)].join(', '),
            ] as const,
        )
        .sort(([a], [b]) => a.localeCompare(b)),
    );
    expect({ version: db.verno, schema }).toMatchInlineSnapshot();
    db.close();
  });
});
