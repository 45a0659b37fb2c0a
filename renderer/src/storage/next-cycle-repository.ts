/**
 * Starting a site's next cycle: one transaction writes the new header, its content, the first journal entry
 * (saying where it started from) and the plans it inherits into the remediation layer, each journalled in
 * that layer's own chain. The previous assessment, local or a signed import, is only read.
 */
import { AssessmentContent } from '../domain/assessment/model';
import { nextCycle, type CycleMode } from '../domain/assessment/next-cycle';
import { appendEntry } from '../domain/journal/journal';
import { failure, success, type Result } from '../domain/result';
import type { AirrDatabase } from './database';
import { headerFor } from './assessment-repository';
import { listPlans, planOf } from './remediation-repository';
import { findPack } from './pack-repository';
import type { RemediationJournalRow } from './remediation-rows';
import { Refusal, refusalOrFailure, type StorageCode, type StorageFailure } from './storage-errors';

async function readPrevious(db: AirrDatabase, previousId: string) {
  const [header, row, planRows] = await Promise.all([
    db.assessments.get(previousId),
    db.contents.get(previousId),
    listPlans(db, previousId),
  ]);
  if (!header || !row) throw new Refusal(failure('not-found', 'This assessment no longer exists.'));
  const plans = new Map(planRows.map((plan) => [plan.findingId, planOf(plan)]));
  return { header, previous: { id: previousId, revision: header.revision, content: row.content, plans } };
}

/** Creates the next cycle of `previousId` in the given mode; its value is the new assessment's id. */
export async function startNextCycle(
  db: AirrDatabase,
  previousId: string,
  mode: CycleMode,
  actor: string,
  now = new Date(),
): Promise<Result<string, StorageCode>> {
  const id = crypto.randomUUID();
  const at = now.toISOString();
  const tables = [db.assessments, db.contents, db.journal, db.remediation, db.remediationJournal, db.packs];
  try {
    return await db.transaction('rw', tables, async () => {
      const { header, previous } = await readPrevious(db, previousId);
      const next = nextCycle(previous, mode, now);
      const parsed = AssessmentContent.safeParse(next.content);
      if (!parsed.success)
        throw new Refusal(
          failure('invalid-change', parsed.error.issues[0]?.message ?? 'Invalid assessment.'),
        );
      const content = parsed.data;
      const entry = appendEntry(undefined, {
        at,
        actor,
        field: 'assessment',
        oldValue: null,
        newValue: {
          title: content.title,
          site: content.site.name,
          sector: content.sector,
          startedFrom: { assessmentId: previous.id, revision: previous.revision, mode },
        },
      });
      const pack = await findPack(db, { id: header.packId, version: header.packVersion });
      await db.assessments.add(
        headerFor(
          id,
          content,
          {
            createdAt: at,
            updatedAt: at,
            revision: 1,
            packId: header.packId,
            packVersion: header.packVersion,
            source: 'local',
            signerFingerprint: '',
          },
          pack,
        ),
      );
      await db.contents.add({ assessmentId: id, content });
      await db.journal.add({ ...entry, assessmentId: id });
      let prev: RemediationJournalRow | undefined;
      for (const plan of next.plans) {
        await db.remediation.put({ ...plan, assessmentId: id, updatedAt: at });
        const carried = appendEntry(prev, {
          at,
          actor,
          field: plan.findingId,
          oldValue: null,
          newValue: { carriedFrom: previous.id, status: plan.status },
        });
        prev = { ...carried, assessmentId: id };
        await db.remediationJournal.add(prev);
      }
      return success(id);
    });
  } catch (error) {
    return refusalOrFailure<StorageFailure>(error);
  }
}
