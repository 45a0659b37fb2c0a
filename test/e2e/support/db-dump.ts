import type { Page } from '@playwright/test';

/**
 * Every record of every object store of the app's IndexedDB, read in the page with the plain IndexedDB API
 * (not through the app), blobs reduced to their size and text, so that two dumps compare with toEqual.
 */
export function dumpDatabase(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('airr-assessor');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    const out: Record<string, unknown[]> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(new Error(String(request.error)));
      });
      out[name] = await Promise.all(
        rows.map(async (row) => {
          const record = row as Record<string, unknown>;
          return record.blob instanceof Blob ? { ...record, blob: await record.blob.text() } : record;
        }),
      );
    }
    db.close();
    return out;
  });
}
