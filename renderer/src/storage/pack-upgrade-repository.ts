/**
 * Upgrading an assessment made here to a newer installed version of its pack. One transaction: the new
 * content, the evidence moved to the practices they now belong to, the header on the new PackRef with its
 * summary scored against the new pack, and one journal entry (field "pack", old and new PackRef and what
 * changed). A signed record (an imported assessment) is never upgraded — its record guard refuses — so a
 * bundle already made keeps naming the pack it was made on; the next export of an upgraded assessment is a
 * new revision on the new pack (revisionAfterChange), and the journal says where the answers came from.
 *
 * Edits still in the write-ahead log (pending-edits.ts: typed, not yet committed) are applied first, in the
 * same transaction and journaled, so the mapping moves them like any saved answer: a renamed practice's
 * edit lands on its new id, a split one's on each new id, a merged one's in the merged answer; an edit of a
 * removed practice stays in the journal but not in the upgraded content.
 */
import { AssessmentContent, type PackRef } from '../domain/assessment/model';
import {
  compareVersions,
  upgradeAssessment,
  upgradePathFrom,
  type UpgradeSummary,
} from '../domain/framework/upgrade-assessment';
import type { FrameworkPack } from '../domain/framework/pack-schema';
import { appendEntry } from '../domain/journal/journal';
import { failure, success, type Failure, type Result } from '../domain/result';
import { headerFor } from './assessment-repository';
import type { AirrDatabase } from './database';
import { revisionAfterChange } from './export-revision';
import { lastJournalRow } from './journal-rows';
import { findPack } from './pack-repository';
import { applyPendingEditsWithin, type KeyValueArea } from './pending-edits';
import { signedRecordRefusal } from './record-guard';
import { Refusal, refusalOrFailure, type StorageCode } from './storage-errors';

export type UpgradeStoreCode = StorageCode | 'pack-missing' | 'no-upgrade-path' | 'mapping-mismatch';

/** A preview of an upgrade (nothing written), or the reason it cannot be made. */
export type UpgradePreview = Result<UpgradeSummary, UpgradeStoreCode>;

/** The newest installed version of an assessment's pack that carries a mapping from its version. */
export async function upgradeTarget(db: AirrDatabase, from: PackRef): Promise<PackRef | undefined> {
  const candidates = await db.packs.where('id').equals(from.id).toArray();
  const targets = candidates
    .filter((row) => upgradePathFrom(row.pack, from))
    .sort((a, b) => compareVersions(b.version, a.version));
  const best = targets[0];
  return best ? { id: best.id, version: best.version } : undefined;
}

const missing = (ref: PackRef) =>
  new Refusal(
    failure(
      'pack-missing',
      `The framework pack ${ref.id} ${ref.version} is not installed on this device: nothing was changed.`,
    ),
  );

async function planUpgrade(db: AirrDatabase, assessmentId: string, to: PackRef) {
  const readOnly = await signedRecordRefusal(db, assessmentId);
  if (readOnly) throw new Refusal(readOnly);
  const [header, row] = await Promise.all([db.assessments.get(assessmentId), db.contents.get(assessmentId)]);
  if (!header || !row) throw new Refusal(failure('not-found', 'This assessment no longer exists.'));
  const fromRef = { id: header.packId, version: header.packVersion };
  const [fromPack, toPack]: (FrameworkPack | undefined)[] = await Promise.all([
    findPack(db, fromRef),
    findPack(db, to),
  ]);
  if (!fromPack) throw missing(fromRef);
  if (!toPack) throw missing(to);
  const outcome = upgradeAssessment(row.content, fromPack, toPack);
  if (!outcome.ok) throw new Refusal(outcome);
  const parsed = AssessmentContent.safeParse(outcome.value.content);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Refusal(
      failure(
        'invalid-change',
        `Not upgraded: the upgraded assessment would not be valid (${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}).`,
      ),
    );
  }
  return { ...outcome.value, header, toPack, content: parsed.data };
}

/** What upgrading would do, read in one transaction; nothing is written. */
export async function previewUpgrade(
  db: AirrDatabase,
  assessmentId: string,
  to: PackRef,
): Promise<UpgradePreview> {
  try {
    return await db.transaction('r', [db.assessments, db.contents, db.packs], async () =>
      success((await planUpgrade(db, assessmentId, to)).summary),
    );
  } catch (error) {
    return refusalOrFailure<Failure<UpgradeStoreCode>>(error);
  }
}

/**
 * Upgrades the assessment to `to`, all in one transaction, or changes nothing. Its value is the summary.
 * `pending` is the write-ahead log of edits, whose entries for this assessment are applied first.
 */
export async function upgradeToPack(
  db: AirrDatabase,
  assessmentId: string,
  to: PackRef,
  actor: string,
  now = new Date(),
  pending?: KeyValueArea,
): Promise<UpgradePreview> {
  const tables = [db.assessments, db.contents, db.journal, db.evidence, db.packs];
  let settle: (() => void) | undefined;
  try {
    const outcome = await db.transaction('rw', tables, async () => {
      if (pending) settle = (await applyPendingEditsWithin(db, pending, assessmentId)).settle;
      const { header, toPack, content, summary, evidenceTarget } = await planUpgrade(db, assessmentId, to);
      const at = now.toISOString();
      const evidence = await db.evidence.where('assessmentId').equals(assessmentId).toArray();
      for (const item of evidence) {
        const practiceId = evidenceTarget[item.practiceId];
        if (practiceId) await db.evidence.update(item.id, { practiceId });
      }
      const last = await lastJournalRow(db, assessmentId);
      const entry = appendEntry(last, {
        at,
        actor,
        field: 'pack',
        oldValue: summary.from,
        newValue: { ...summary.to, changes: { ...summary } },
      });
      await db.journal.add({ ...entry, assessmentId });
      await db.contents.put({ assessmentId, content });
      const revision = revisionAfterChange(header);
      const base = { ...header, packId: to.id, packVersion: to.version, updatedAt: at, revision };
      await db.assessments.put(headerFor(assessmentId, content, base, toPack));
      return success(summary);
    });
    // Local storage is outside the transaction: the log is emptied only once the upgrade has committed.
    settle?.();
    return outcome;
  } catch (error) {
    return refusalOrFailure<Failure<UpgradeStoreCode>>(error);
  }
}
