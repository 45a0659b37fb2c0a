import type { Page } from '@playwright/test';

/**
 * Every record of every object store of the app's IndexedDB, read in the page with the plain IndexedDB API
 * (not through the app). A Blob at any depth becomes `{ $blob: type, hex: bytes }`, so two dumps compare
 * byte for byte with toEqual.
 */
export function dumpDatabase(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async () => {
    const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    const plain = async (value: unknown): Promise<unknown> => {
      if (value instanceof Blob) {
        return { $blob: value.type, hex: hex(new Uint8Array(await value.arrayBuffer())) };
      }
      if (Array.isArray(value)) return Promise.all(value.map(plain));
      if (value && typeof value === 'object') {
        const out: Record<string, unknown> = {};
        for (const [key, field] of Object.entries(value)) out[key] = await plain(field);
        return out;
      }
      return value;
    };
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
      out[name] = (await plain(rows)) as unknown[];
    }
    db.close();
    return out;
  });
}
