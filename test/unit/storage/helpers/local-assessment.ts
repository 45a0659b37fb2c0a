import 'fake-indexeddb/auto';
import { openDatabase, type AirrDatabase } from '../../../../renderer/src/storage/database';
import { createAssessment } from '../../../../renderer/src/storage/assessment-repository';

let counter = 0;

/** A fresh database holding one new local assessment. */
export async function localAssessment(): Promise<{ db: AirrDatabase; id: string }> {
  const db = openDatabase(`airr-local-${++counter}-${Date.now()}-${Math.random()}`);
  await db.open();
  const created = await createAssessment(
    db,
    { title: 'Visit', siteName: 'Plant A', sector: 'energy' },
    { id: 'dhs-ai-rr-2024', version: '1.0.0' },
    'tester',
    new Date('2030-01-01T08:00:00Z'),
  );
  if (!created.ok) throw new Error(created.message);
  return { db, id: created.value };
}

/** `minutes` after the assessment was created. */
export function at(minutes: number): Date {
  return new Date(Date.parse('2030-01-01T08:00:00Z') + minutes * 60_000);
}
