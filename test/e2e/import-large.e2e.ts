import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { ImportPage } from './pages/import-page';
import { makeAssessor, writeLargeBundle } from './support/bundle-factory';

const MIB = 2 ** 20;

test('a bundle with 300 MiB of evidence is verified from the file, accepted and stored byte for byte', async ({
  page,
}) => {
  test.setTimeout(600_000);
  const dir = mkdtempSync(join(tmpdir(), 'airr-large-import-'));
  const path = join(dir, 'walkdown.airr');
  const evidence = await writeLargeBundle(await makeAssessor(), path, {
    id: randomUUID(),
    revision: 1,
    evidenceSizes: [200 * MIB, 100 * MIB + 12_345],
  });
  expect(statSync(path).size).toBeGreaterThan(300 * MIB);

  const importer = new ImportPage(page);
  await importer.open();
  await importer.chooseFile(path);
  await expect(importer.verdict()).toHaveText('Verified · unknown signer', { timeout: 300_000 });
  await importer.accept();
  await expect(importer.result()).toContainText('Revision 1 was imported.', { timeout: 300_000 });

  // Read back what IndexedDB holds, outside the app, and hash it in the page.
  const stored = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('airr-assessor');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    const rows = await new Promise<Array<{ sha256: string; size: number; blob: Blob }>>((resolve, reject) => {
      const request = db.transaction('evidence').objectStore('evidence').getAll();
      request.onsuccess = () =>
        resolve(request.result as Array<{ sha256: string; size: number; blob: Blob }>);
      request.onerror = () => reject(new Error(String(request.error)));
    });
    db.close();
    const hex = (bytes: ArrayBuffer) =>
      Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');
    return Promise.all(
      rows.map(async (row) => ({
        recorded: row.sha256,
        size: row.blob.size,
        actual: hex(await crypto.subtle.digest('SHA-256', await row.blob.arrayBuffer())),
      })),
    );
  });
  expect(stored.sort((a, b) => a.size - b.size)).toEqual(
    evidence
      .map((meta) => ({ recorded: meta.sha256, size: meta.size, actual: meta.sha256 }))
      .sort((a, b) => a.size - b.size),
  );
  rmSync(dir, { recursive: true, force: true });
});
