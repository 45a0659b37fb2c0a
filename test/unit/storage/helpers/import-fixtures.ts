/** Databases, dumps and signed bundles for the import and trust repository tests. */
import 'fake-indexeddb/auto';
import { openDatabase, type AirrDatabase } from '../../../../renderer/src/storage/database';
import type { AssessmentDocument } from '../../../../renderer/src/domain/assessment/model';
import {
  contentFiles,
  evidenceFor,
  packFiles,
  signFiles,
  type TestSigner,
} from '../../domain/import/helpers/test-bundle';
import { sampleDocument } from '../../domain/import/helpers/sample-document';

let counter = 0;

export async function freshDb(): Promise<AirrDatabase> {
  const db = openDatabase(`airr-import-test-${++counter}-${Date.now()}`);
  await db.open();
  return db;
}

/** Every row of every table, blobs read as text, so two dumps compare with toEqual. */
export async function dump(db: AirrDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    const rows = (await table.toArray()) as Record<string, unknown>[];
    out[table.name] = await Promise.all(
      rows.map(async (row) => (row.blob instanceof Blob ? { ...row, blob: await row.blob.text() } : row)),
    );
  }
  return out;
}

/** A signed bundle of the sample assessment at a revision, with evidence files made from texts. */
export async function bundleAt(
  signer: TestSigner,
  revision: number,
  texts: string[] = ['photo of the HMI', 'policy text'],
  overrides: Partial<AssessmentDocument> = {},
): Promise<Uint8Array> {
  const evidence = await Promise.all(texts.map((text) => evidenceFor(text)));
  const document = sampleDocument({ revision, evidence: evidence.map((e) => e.meta), ...overrides });
  const files = await contentFiles(signer, { document, evidence: texts });
  return packFiles(await signFiles(files, signer));
}
