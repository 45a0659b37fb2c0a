/**
 * Bundles written by the release before the strict verifier (format version 1, revision = change count,
 * report.pdf without the machine-readable digest keyword) still verify and import in order. The fixtures in
 * test/fixtures/legacy/ were exported by that release's own domain code (commit cc12099) and are never
 * regenerated: they stand for files already on removable media at sites.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyBundle } from '../../../../renderer/src/domain/import/verify-bundle';
import { importBundle } from '../../../../renderer/src/storage/import-pipeline';
import { options } from './helpers/verify-options';
import { freshDb } from '../../storage/helpers/import-fixtures';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/legacy');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

describe('bundles from the previous release', () => {
  it('verify with every check, including the digest their report prints on its pages', async () => {
    for (const [name, revision] of [
      ['format-v1-r67.airr', 67],
      ['format-v1-r71.airr', 71],
    ] as const) {
      const verdict = await verifyBundle(fixture(name), options({ now: new Date('2025-03-01T00:00:00Z') }));
      expect(verdict.ok, name).toBe(true);
      if (!verdict.ok) continue;
      expect(verdict.value.manifest.formatVersion).toBe(1);
      expect(verdict.value.document.revision).toBe(revision);
      expect(verdict.value.journal.intact).toBe(true);
    }
  });

  it('import in revision order: the later one becomes current and the earlier one history', async () => {
    const db = await freshDb();
    expect(await importBundle(db, fixture('format-v1-r67.airr'))).toMatchObject({
      ok: true,
      value: { outcome: 'added' },
    });
    expect(await importBundle(db, fixture('format-v1-r71.airr'))).toMatchObject({
      ok: true,
      value: { outcome: 'updated', revision: 71 },
    });
    const [header] = await db.assessments.toArray();
    expect(header?.revision).toBe(71);
    expect((await db.revisions.toArray()).map((row) => row.revision)).toEqual([67]);
    db.close();
  });
});
