/**
 * The early script opens the app's database while the app loads; it must never create, hold back or change
 * it. Run against fake-indexeddb with Dexie opening the real schema, as the app does.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { DATABASE_NAME, openDatabase } from '../../../renderer/src/storage/database';
import { WARMED_DATABASE, warmDatabase } from '../../../renderer/src/warm-database';

/** Resolves once every request the factory has queued so far has settled. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('the early database warm-up', () => {
  it('opens the database the app opens', () => {
    expect(WARMED_DATABASE).toBe(DATABASE_NAME);
  });

  it('leaves a first start alone: no database is created, and the app creates its own at its version', async () => {
    const factory = new IDBFactory();
    warmDatabase(factory, 1_000);
    await settle();
    expect(await factory.databases()).toEqual([]);
    Dexie.dependencies.indexedDB = factory;
    const db = openDatabase();
    await db.open();
    expect(db.verno).toBeGreaterThan(1);
    expect(db.tables.map((table) => table.name)).toContain('assessments');
    db.close();
  });

  it('holds an open connection that gives way when the app upgrades the database', async () => {
    const factory = new IDBFactory();
    Dexie.dependencies.indexedDB = factory;
    const older = new Dexie(DATABASE_NAME);
    older.version(1).stores({ assessments: 'id' });
    await older.open();
    older.close();
    warmDatabase(factory, 60_000);
    await settle();
    // The app's open upgrades from version 1; a connection that did not close would block it for good.
    const db = openDatabase();
    await db.open();
    expect(db.verno).toBeGreaterThan(1);
    db.close();
  });
});
